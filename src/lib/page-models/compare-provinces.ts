/**
 * The comparison of bodies across years is one table row and one line per body: with the
 * whole nation's 3,200 bodies that is a page of tens of megabytes and a chart no one can
 * read. Past COMPARE_LIMIT bodies the comparison page lists provinces instead, and each has
 * its own comparison (/compare/<code>/) of its bodies.
 */
import { rateLines } from '../charts/specs.ts';
import { rateMatrixTable } from '../figures/comparison-tables.ts';
import { fiscalYears, type DepartmentInput, type DisclosureSummary } from '../figures/corpus.ts';
import type { TableModel } from '../figures/table-model.ts';
import { bodiesByProvince, provinceOf, type ProvinceBodies } from '../peers/regions.ts';
import { defined, departmentsIn, remembered, type PageModel } from './page-models.ts';

/** The most bodies one comparison page shows (about 6 KB of HTML each, measured at 30,000). */
export const COMPARE_LIMIT = 200;

/** A province's comparison page. */
export const compareProvincePath = (code: string): string => `compare/${code}/`;

/** True when the comparison page lists provinces, from the disclosures' ids alone (the build decides with them). */
export function compareSplits(ids: readonly string[]): boolean {
  return new Set(ids.map((id) => id.split('/')[1])).size > COMPARE_LIMIT;
}

/** True when the comparison page lists provinces (every body's page asks, to link its comparison). */
export function compareIsSplit(summaries: readonly DisclosureSummary[]): boolean {
  return remembered(summaries, 'compare-splits', [], () => compareSplits(summaries.map((s) => s.id)));
}

/** Every province's comparison page when the comparison is split: each province with bodies. */
export function compareProvincePages(summaries: DisclosureSummary[], departments: DepartmentInput[]): ProvinceBodies[] {
  return compareIsSplit(summaries) ? bodiesByProvince(departments) : [];
}

/** Where a body is compared with others, itself chosen: the comparison, or its province's when split. */
export function comparisonOf(summaries: readonly DisclosureSummary[], department: DepartmentInput): string {
  return `${compareIsSplit(summaries) ? compareProvincePath(provinceOf(department)) : 'compare/'}?view=departments&d=${department.id}`;
}

/** The split comparison page's table: each province, how many of its bodies have disclosures, a link to its comparison. */
export function compareProvincesTable(summaries: DisclosureSummary[], departments: DepartmentInput[]): TableModel {
  return remembered(summaries, 'compare-provinces', [departments], () => {
    const provinces = bodiesByProvince(departments).map((p) => ({ p, disclosing: departmentsIn(summaries, p.bodies).length }));
    return {
      id: 'compare-provinces',
      caption: '各省份的部门',
      csvPath: 'data/compare/provinces.csv',
      columns: [{ key: 'province', label: '省份' }, { key: 'bodies', label: '收录部门', numeric: true }, { key: 'disclosing', label: '有公开文件的部门', numeric: true }],
      rows: provinces.map(({ p, disclosing }) => [{ text: p.name, href: compareProvincePath(p.code) }, { text: String(p.bodies.length), numeric: true }, { text: String(disclosing), numeric: true }]),
    };
  });
}

/** One province's comparison: its bodies × years of execution rates, and their lines. */
export function compareProvinceModel(summaries: DisclosureSummary[], province: ProvinceBodies): PageModel & { years: number[]; bodies: DepartmentInput[] } {
  return remembered(summaries, `compare/${province.code}`, [province.bodies], () => {
    const years = fiscalYears(summaries);
    const bodies = departmentsIn(summaries, province.bodies);
    const place = { code: province.code, name: province.name, csvDir: `data/compare/${province.code}` };
    return {
      years,
      bodies,
      tables: [rateMatrixTable(summaries, bodies, years, { id: 'rate-matrix', caption: `${province.name}各部门历年预算执行率`, csvPath: `${place.csvDir}/rate-matrix.csv` })],
      charts: defined([rateLines(summaries, bodies, years, place)]),
    };
  });
}
