/**
 * The names a body has had: the same office can publish under an older name in earlier
 * years (an 办公室 that became an 办公厅, a county that became a 县级市). Pages show each
 * name with its years, and a disclosure names the body as it was called that year.
 */
import type { Department } from '../../schemas/department.ts';
import { LEVELS } from '../../schemas/department.ts';

export interface NamePeriod {
  name: string;
  shortName?: string;
  /** "2016—2019 年度", "2020 年度起", "至 2015 年度". */
  years: string;
  current: boolean;
}

const span = (from?: number, until?: number): string =>
  from !== undefined && until !== undefined ? (from === until ? `${from} 年度` : `${from}—${until} 年度`) : until !== undefined ? `至 ${until} 年度` : from !== undefined ? `${from} 年度起` : '';

/** Every name, oldest first, the current one last. */
export function nameHistory(department: Department): NamePeriod[] {
  const former = [...(department.formerNames ?? [])].sort((a, b) => a.until - b.until);
  const rows: NamePeriod[] = former.map((f) => ({ name: f.name, shortName: f.shortName, years: span(f.from, f.until), current: false }));
  const since = former.at(-1) ? former.at(-1)!.until + 1 : undefined;
  rows.push({ name: department.name, shortName: department.shortName, years: since !== undefined ? span(since) : '', current: true });
  return rows;
}

/** The name the body had in a fiscal year: a former name whose years hold it, else the current name. */
export function nameInYear(department: Department, year: number): string {
  const former = [...(department.formerNames ?? [])].sort((a, b) => a.until - b.until).find((f) => year <= f.until && (f.from === undefined || year >= f.from));
  return former?.name ?? department.name;
}

/** "区县级（县级市）": the level, with the kind of division where the file states it. */
export const levelLabel = (department: Department): string => (department.division ? `${LEVELS[department.level]}（${department.division}）` : LEVELS[department.level]);
