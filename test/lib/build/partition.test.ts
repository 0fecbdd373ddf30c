import { describe, expect, test } from 'vitest';
import { figuresGlob } from '../../../src/lib/build/build-scope.ts';
import { statedPreviousYears } from '../../../src/lib/content-ids.ts';
import { inPartition, partitionDependencies, partitionGlob, planPartitions } from '../../../src/lib/build/partition.ts';

const items = (year: number, perProvince: Record<string, number>) =>
  Object.entries(perProvince).flatMap(([province, n]) => Array.from({ length: n }, (_, i) => ({ id: `${year}/${province}-${i}-rd/budget`, province })));

describe('partition plan', () => {
  test('makes one partition per fiscal year, newest first, when each year is small enough', () => {
    const plan = planPartitions([...items(2022, { 广东省: 3 }), ...items(2023, { 广东省: 2, 湖南省: 2 })], { maxSize: 10 });
    expect(plan.map((p) => [p.id, p.size, p.departments])).toEqual([['2023', 4, undefined], ['2022', 3, undefined]]);
  });

  test('splits a year that is too big into province groups no larger than the limit', () => {
    const plan = planPartitions(items(2024, { 广东省: 4, 湖南省: 3, 江苏省: 3, 浙江省: 5 }), { maxSize: 7 });
    expect(plan.every((p) => p.size <= 7)).toBe(true);
    expect(plan.reduce((n, p) => n + p.size, 0)).toBe(15);
    expect(plan.map((p) => p.id)).toEqual(['2024-p1', '2024-p2', '2024-p3']);
    const all = items(2024, { 广东省: 4, 湖南省: 3, 江苏省: 3, 浙江省: 5 });
    for (const item of all) expect(plan.filter((p) => inPartition(p, item.id))).toHaveLength(1);
  });

  test('splits a year into groups of about equal size, not full ones and a remainder', () => {
    const perProvince = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`省${String(i).padStart(2, '0')}`, 97]));
    const plan = planPartitions(items(2024, perProvince), { maxSize: 1500 });
    expect(plan).toHaveLength(3);
    for (const p of plan) expect(p.size).toBeGreaterThan(800);
  });

  test('gives each partition the glob of exactly its texts', () => {
    expect(partitionGlob({ year: 2023 })).toBe('2023/*/*.mdx');
    expect(partitionGlob({ year: 2023, departments: ['a-rd', 'b-rd'] })).toBe('2023/{a-rd,b-rd}/*.mdx');
  });

  test('a partition reads its own figures and the previous one of each series, whichever year it is', () => {
    const ids = ['2021/a-rd/budget', '2022/a-rd/budget', '2023/a-rd/budget', '2024/a-rd/budget', '2021/b-rd/final-accounts', '2023/b-rd/final-accounts', '2023/c-rd/budget', '2022/d-rd/budget'];
    expect(partitionDependencies({ year: 2023 }, ids)).toEqual({
      own: ['2023/a-rd/budget', '2023/b-rd/final-accounts', '2023/c-rd/budget'],
      // b skipped 2022: its previous is 2021; c has none; d has no 2023 disclosure; 2024 is never read.
      previous: ['2022/a-rd/budget', '2021/b-rd/final-accounts'],
    });
    expect(partitionDependencies({ year: 2023, departments: ['b-rd'] }, ids)).toEqual({ own: ['2023/b-rd/final-accounts'], previous: ['2021/b-rd/final-accounts'] });
    const scope = { kind: 'partition' as const, partitions: [{ id: '2023', year: 2023, size: 3 }] };
    expect(figuresGlob(scope, () => ids)).toEqual(['2023/a-rd/budget.json', '2023/b-rd/final-accounts.json', '2023/c-rd/budget.json', '2022/a-rd/budget.json', '2021/b-rd/final-accounts.json']);
    // The site build reads the bodies' stored summaries, no figures.
    expect(figuresGlob({ kind: 'site' }, () => ids)).toEqual([]);
    expect(figuresGlob({ kind: 'all' }, () => ids)).toBe('[0-9][0-9][0-9][0-9]/*/*.json');
    // Partitions built together read what each of them reads.
    const both = { kind: 'partition' as const, partitions: [{ id: '2024', year: 2024, size: 1 }, { id: '2022', year: 2022, size: 2 }] };
    expect(figuresGlob(both, () => ids)).toEqual(['2024/a-rd/budget.json', '2023/a-rd/budget.json', '2022/a-rd/budget.json', '2022/d-rd/budget.json', '2021/a-rd/budget.json']);
  });

  test('a year-over-year statement that names an older year makes that year a dependency too', () => {
    const ids = ['2021/a-rd/budget', '2022/a-rd/budget', '2023/a-rd/budget', '2023/b-rd/budget'];
    const json = { '2023/a-rd/budget': '{ "yearOverYear": [{ "item": "支出", "previousYear": 2021, "direction": "增加" }, { "previousYear":2022 }] }' } as Record<string, string>;
    const stated = (id: string) => statedPreviousYears(json[id] ?? '{}');
    expect(statedPreviousYears(json['2023/a-rd/budget'])).toEqual([2021, 2022]);
    expect(partitionDependencies({ year: 2023 }, ids, stated).previous.sort()).toEqual(['2021/a-rd/budget', '2022/a-rd/budget']);
    // A named year with no disclosure in the repository is no dependency.
    expect(partitionDependencies({ year: 2023 }, ids, () => [2019]).previous).toEqual(['2022/a-rd/budget']);
  });
});
