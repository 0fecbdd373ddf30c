/**
 * A year of the whole nation is too long for one page: at 150,000 disclosures a year holds
 * 15,000, tens of megabytes of HTML. Past LISTING_LIMIT disclosures the year page lists its
 * provinces instead, and each province has a page of the year (/<year>/provinces/<code>/)
 * with what the year page shows for fewer: the disclosures, their key figures, the bars.
 * A province's page is not split again: at national scale the largest (四川, some 200 bodies)
 * lists about 1,000 disclosures of a year.
 */
import { spendingStructure, yearBudgetSpendingBars, yearRateBars } from '../charts/specs.ts';
import { keyFiguresTable } from '../figures/comparison-tables.ts';
import { fiscalYears, type DepartmentInput, type DisclosureSummary } from '../figures/corpus.ts';
import type { TableCell, TableModel } from '../figures/table-model.ts';
import { bodiesByProvince, provinceOf, type ProvinceBodies } from '../peers/regions.ts';
import { DISCLOSURE_KINDS, KIND_NAMES } from '../../schemas/disclosure.ts';
import { defined, departmentsIn, remembered, type PageModel } from './page-models.ts';

/** The most disclosures one year page lists: about 1.2 MB of HTML (2.3 KB each, measured at 30,000). */
export const LISTING_LIMIT = 500;

/** A province's page of one year. */
export const yearProvincePath = (year: number, code: string): string => `${year}/provinces/${code}/`;

/** Where the CSVs of a province's year page lie. */
const csvDir = (year: number, code: string) => `data/years/${year}/${code}`;

const ofYear = (summaries: readonly DisclosureSummary[], year: number) => summaries.filter((s) => s.data.fiscalYear === year);

/** The fiscal years whose page lists provinces instead of disclosures, from the disclosures' ids alone (the build decides with them). */
export function splitYears(ids: readonly string[]): number[] {
  const counts = Map.groupBy(ids, (id) => Number(id.slice(0, 4)));
  return [...counts].filter(([, list]) => list.length > LISTING_LIMIT).map(([year]) => year).sort((a, b) => b - a);
}

/** True when the year page of `year` lists provinces (every year link of the comparison pages asks). */
export function yearIsSplit(summaries: readonly DisclosureSummary[], year: number): boolean {
  return remembered(summaries, 'split-years', [], () => new Set(splitYears(summaries.map((s) => s.id)))).has(year);
}

/** Every province page of every split year: each province with bodies, whether or not it published that year. */
export function yearProvincePages(summaries: DisclosureSummary[], departments: DepartmentInput[]): { year: number; province: ProvinceBodies }[] {
  const provinces = bodiesByProvince(departments);
  return fiscalYears(summaries)
    .filter((year) => yearIsSplit(summaries, year))
    .flatMap((year) => provinces.map((province) => ({ year, province })));
}

const count = (n: number): TableCell => ({ text: String(n), numeric: true });

/** The year page of a split year: one row per province, with its counts, linking to its page. */
export function yearProvincesModel(summaries: DisclosureSummary[], departments: DepartmentInput[], year: number): PageModel {
  return remembered(summaries, `year-provinces/${year}`, [departments], () => {
    const all = ofYear(summaries, year);
    const byProvince = Map.groupBy(all, (s) => provinceOf(s.department));
    const counts = (own: DisclosureSummary[]) => [count(new Set(own.map((s) => s.data.department)).size), count(own.length), ...KIND_NAMES.map((k) => count(own.filter((s) => s.data.kind === k).length))];
    const table: TableModel = {
      id: `year-${year}-provinces`,
      caption: `${year} 年度各省份的公开文件数`,
      csvPath: `data/years/${year}-provinces.csv`,
      columns: [{ key: 'province', label: '省份' }, { key: 'bodies', label: '有公开文件的部门', numeric: true }, { key: 'disclosures', label: '公开文件', numeric: true }, ...KIND_NAMES.map((k) => ({ key: k, label: DISCLOSURE_KINDS[k], numeric: true }))],
      rows: [...bodiesByProvince(departments).map((p) => [{ text: p.name, href: yearProvincePath(year, p.code) }, ...counts(byProvince.get(p.code) ?? [])]), [{ text: '合计' }, ...counts(all)]],
    };
    return { tables: [table], charts: [] };
  });
}

/** A province's page of a split year: its disclosures, their key figures, bars across its bodies. */
export function yearProvinceModel(summaries: DisclosureSummary[], province: ProvinceBodies, year: number): PageModel & { summaries: DisclosureSummary[] } {
  return remembered(summaries, `year-province/${year}/${province.code}`, [province.bodies], () => {
    const own = ofYear(summaries, year).filter((s) => provinceOf(s.department) === province.code);
    const bodies = departmentsIn(own, province.bodies);
    const place = { code: province.code, name: province.name, csvDir: csvDir(year, province.code) };
    return {
      summaries: own,
      tables: own.length ? [keyFiguresTable(own, { id: `year-${year}-${province.code}`, caption: `${year} 年度${province.name}公开文件的主要数字`, csvPath: `${place.csvDir}/figures.csv`, rowHeader: 'department' })] : [],
      charts: defined([yearRateBars(own, bodies, year, place), yearBudgetSpendingBars(own, bodies, year, place), spendingStructure(own, `${year}-${province.code}`, `${year} 年度${province.name}基本支出与项目支出`, `${place.csvDir}/structure.csv`)]),
    };
  });
}
