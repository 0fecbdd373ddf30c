/**
 * What each cross-year page shows, as data: its tables and charts. Pages render these
 * models and the download endpoint writes the CSV of every table and chart from the same
 * functions, so a download always matches what its page shows.
 */
import {
  budgetSpendingTrend,
  rateLines,
  rateTrend,
  scoreTrend,
  spendingStructure,
  yearBudgetSpendingBars,
  yearRateBars,
  type ChartSpec,
} from '../charts/specs.ts';
import { keyFiguresTable, rateMatrixTable } from '../figures/comparison-tables.ts';
import { disclosuresOf, fiscalYears, type DepartmentInput, type DisclosureSummary } from '../figures/corpus.ts';
import type { TableModel } from '../figures/table-model.ts';
import { disclosureCsvPath } from '../figures/disclosure-tables.ts';

/** Tables and charts of one page. */
export interface PageModel {
  tables: TableModel[];
  charts: ChartSpec[];
}

/** The items that are there (a chart with nothing to draw is undefined). */
export const defined = <T>(items: (T | undefined)[]): T[] => items.filter((x): x is T => x !== undefined);

const models = new WeakMap<readonly DisclosureSummary[], Map<string, { inputs: readonly unknown[]; model: unknown }>>();

/**
 * The most models kept per summaries array, the least recently asked dropped first: kept
 * all, every body's page and peer models stayed for the whole site build (with the CSVs
 * made of them, 1.9 GB of the 2.8 GB live at 150,000 disclosures). A page asks for its
 * models several times while it renders, and the listings' models are asked by many pages.
 */
export const REMEMBERED_MODELS = 512;

/**
 * A page model computed once per summaries array (and the other inputs, by identity) while
 * it is among the last REMEMBERED_MODELS asked. As with disclosuresOf, the arrays must not
 * change after they are first asked, and callers must not change the model.
 */
export function remembered<T>(summaries: readonly DisclosureSummary[], key: string, inputs: readonly unknown[], make: () => T): T {
  let byKey = models.get(summaries);
  if (!byKey) models.set(summaries, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit && hit.inputs.length === inputs.length && hit.inputs.every((input, i) => input === inputs[i])) {
    // Asked again: now the most recent.
    byKey.delete(key);
    byKey.set(key, hit);
    return hit.model as T;
  }
  const model = make();
  byKey.delete(key);
  byKey.set(key, { inputs, model });
  if (byKey.size > REMEMBERED_MODELS) byKey.delete(byKey.keys().next().value!);
  return model;
}

/** Departments that have at least one disclosure among `summaries`, in listing order. */
export function departmentsIn(summaries: DisclosureSummary[], departments: DepartmentInput[]): DepartmentInput[] {
  const ids = new Set(summaries.map((s) => s.data.department));
  return departments.filter((d) => ids.has(d.id));
}

/** The CSV of a year page's key-figures table: every disclosure of the year, one row each. */
export const yearFiguresCsvPath = (year: number): string => `data/years/${year}.csv`;

/** Every disclosure of the year, one row each: on its year page, and a download of every year (a split year's page lists provinces, year-provinces.ts). */
export function yearFiguresTable(summaries: DisclosureSummary[], year: number): TableModel {
  return keyFiguresTable(summaries.filter((s) => s.data.fiscalYear === year), { id: `year-${year}`, caption: `${year} 年度全部公开文件的主要数字`, csvPath: yearFiguresCsvPath(year), rowHeader: 'department' });
}

/** /<year>/: every disclosure of the year side by side, with bars across bodies. */
export function yearPageModel(summaries: DisclosureSummary[], departments: DepartmentInput[], year: number): PageModel & { summaries: DisclosureSummary[] } {
  return remembered(summaries, `year/${year}`, [departments], () => makeYearPageModel(summaries, departments, year));
}

function makeYearPageModel(summaries: DisclosureSummary[], departments: DepartmentInput[], year: number): PageModel & { summaries: DisclosureSummary[] } {
  const ofYear = summaries.filter((s) => s.data.fiscalYear === year);
  const bodies = departmentsIn(ofYear, departments);
  return {
    summaries: ofYear,
    tables: [yearFiguresTable(ofYear, year)],
    charts: defined([
      yearRateBars(ofYear, bodies, year),
      yearBudgetSpendingBars(ofYear, bodies, year),
      spendingStructure(ofYear, String(year), `${year} 年度基本支出与项目支出`),
    ]),
  };
}

/** /departments/<slug>/: a body's disclosures across years, with trend lines. */
export function departmentPageModel(summaries: DisclosureSummary[], department: DepartmentInput): PageModel & { summaries: DisclosureSummary[] } {
  return remembered(summaries, `department/${department.id}`, [department], () => makeDepartmentPageModel(summaries, department));
}

function makeDepartmentPageModel(summaries: DisclosureSummary[], department: DepartmentInput): PageModel & { summaries: DisclosureSummary[] } {
  const own = [...disclosuresOf(summaries, department.id)];
  return {
    summaries: own,
    tables: [keyFiguresTable(own, { id: `department-${department.id}`, caption: `${department.data.shortName}历年公开文件的主要数字`, csvPath: `data/departments/${department.id}.csv`, rowHeader: 'year' })],
    charts: defined([
      budgetSpendingTrend(own, department),
      rateTrend(own, department),
      scoreTrend(own, department),
      spendingStructure(own, department.id, `${department.data.shortName}基本支出与项目支出`),
    ]),
  };
}

/**
 * /compare/: bodies × years of execution rates and their lines. A year's bodies side by
 * side are its year page's (yearPageModel), not repeated here: a page holding every year's
 * tables grows with the whole corpus (22 MB at 6,000 disclosures).
 */
export function comparePageModel(summaries: DisclosureSummary[], departments: DepartmentInput[]): PageModel & { years: number[]; bodies: DepartmentInput[] } {
  return remembered(summaries, 'compare', [departments], () => makeComparePageModel(summaries, departments));
}

function makeComparePageModel(summaries: DisclosureSummary[], departments: DepartmentInput[]): PageModel & { years: number[]; bodies: DepartmentInput[] } {
  const years = fiscalYears(summaries);
  const bodies = departmentsIn(summaries, departments);
  return {
    years,
    bodies,
    tables: [rateMatrixTable(summaries, bodies, years, { id: 'rate-matrix', caption: '各部门历年预算执行率', csvPath: 'data/compare/rate-matrix.csv' })],
    charts: defined([rateLines(summaries, bodies, years)]),
  };
}

/**
 * The chart of a disclosure page: its own basic/project split, where it states both. Its CSV
 * lies with the disclosure's tables, so it is published in the body-year's table archive.
 */
export function disclosureCharts(summary: DisclosureSummary): ChartSpec[] {
  const title = `基本支出与项目支出（${summary.figures.basic?.phase === 'executed' ? '实际支出' : '预算安排'}）`;
  return defined([spendingStructure([summary], summary.id.replaceAll('/', '-'), title, disclosureCsvPath(summary.id, 'chart-structure'))]);
}
