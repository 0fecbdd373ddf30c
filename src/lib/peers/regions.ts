/**
 * Bodies by province, for the national views' filters: each province has an ASCII code
 * (its permalink segment); a province name that is none of the 31 falls under "other".
 */
import { PROVINCES, provinceCode } from '../departments/provinces.ts';
import type { DepartmentInput } from '../figures/corpus.ts';

export const OTHER_PROVINCE = 'other';

export interface ProvinceBodies {
  code: string;
  name: string;
  bodies: DepartmentInput[];
}

/** The code a body's province is filed under. */
export const provinceOf = (d: DepartmentInput): string => provinceCode(d.data.region.province) ?? OTHER_PROVINCE;

const provinces = new WeakMap<readonly DepartmentInput[], ProvinceBodies[]>();

/**
 * The provinces that have bodies, in division-code order, each with its bodies in listing
 * order; the same arrays for the same departments (page models are remembered by them).
 */
export function bodiesByProvince(departments: readonly DepartmentInput[]): ProvinceBodies[] {
  let known = provinces.get(departments);
  if (!known) provinces.set(departments, (known = groupByProvince(departments)));
  return known;
}

function groupByProvince(departments: readonly DepartmentInput[]): ProvinceBodies[] {
  const map = new Map<string, DepartmentInput[]>();
  for (const d of departments) {
    const code = provinceOf(d);
    const list = map.get(code);
    if (list) list.push(d);
    else map.set(code, [d]);
  }
  const order = [...Object.keys(PROVINCES), OTHER_PROVINCE];
  return [...map.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([code, bodies]) => ({ code, name: PROVINCES[code] ?? '其他地区', bodies }));
}
