import { expect, test } from 'vitest';
import { levelLabel, nameHistory, nameInYear } from '../../src/lib/departments/names.ts';
import { DepartmentSchema } from '../../src/schemas/department.ts';

const renamed = DepartmentSchema.parse({
  name: '洪江市人民代表大会常务委员会办公室',
  shortName: '洪江市人大常委会办公室',
  level: 'district-county',
  division: '县级市',
  formerNames: [{ name: '黔阳县人民代表大会常务委员会办公室', shortName: '黔阳县人大常委会办公室', until: 1996 }],
  region: { province: '湖南省', city: '怀化市', county: '洪江市' },
});

test('a renamed body lists its names with their years, the current one last', () => {
  expect(nameHistory(renamed)).toEqual([
    { name: '黔阳县人民代表大会常务委员会办公室', shortName: '黔阳县人大常委会办公室', years: '至 1996 年度', current: false },
    { name: '洪江市人民代表大会常务委员会办公室', shortName: '洪江市人大常委会办公室', years: '1997 年度起', current: true },
  ]);
});

test('a disclosure names the body as it was called in its fiscal year', () => {
  expect(nameInYear(renamed, 1995)).toBe('黔阳县人民代表大会常务委员会办公室');
  expect(nameInYear(renamed, 2024)).toBe('洪江市人民代表大会常务委员会办公室');
});

test('the level shows the kind of division where the file states it', () => {
  expect(levelLabel(renamed)).toBe('区县级（县级市）');
});
