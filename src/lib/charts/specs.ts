/**
 * Charts as pure functions of the corpus: each spec carries its categories, series and
 * the table with the same data, so the page renders the table at build time (readable
 * without JavaScript and by screen readers) and the browser draws the chart from the very
 * same numbers. Amounts are drawn in 万元 (exact conversion); rates in %, scores in 分.
 */
import { disclosuresOf, type DepartmentInput, type DisclosureSummary } from '../figures/corpus.ts';
import { rateSource } from '../figures/comparison-tables.ts';
import { percentText, wanYuanText, type StatedAmount, type StatedFigure } from '../figures/key-figures.ts';
import type { TableCell, TableModel } from '../figures/table-model.ts';

/** The unit a chart's values are drawn in. */
export type ChartUnit = '万元' | '%' | '分';

/** One data series: its legend label and one value per category (null: not stated). */
export interface ChartSeries {
  label: string;
  /** What the series is about (a department slug), so pages can show or hide it. */
  key?: string;
  values: (number | null)[];
}

/** Everything the browser needs to draw a chart, and the table that shows the same data. */
export interface ChartSpec {
  id: string;
  type: 'bar' | 'line';
  /** Caption of the figure. */
  title: string;
  unit: ChartUnit;
  categories: string[];
  series: ChartSeries[];
  /** Bars run left to right (long Chinese names read better on the y axis). */
  horizontal?: boolean;
  stacked?: boolean;
  /** The same data as a table; its CSV is the chart's download. */
  table: TableModel;
}

/** A value cell: shows the figure as published, downloads the number in the chart's unit. */
interface Point {
  value: number | null;
  cell: TableCell;
}
const missing = (): Point => ({ value: null, cell: { text: '—', csv: '', numeric: true } });

function amountPoint(figure: StatedAmount | undefined, source: DisclosureSummary | undefined): Point {
  if (!figure || !source) return missing();
  const wan = wanYuanText(figure.value);
  return { value: Number(wan), cell: { text: figure.display, csv: wan, numeric: true, path: figure.path, source: source.id } };
}
function percentPoint(figure: StatedFigure | undefined, source: DisclosureSummary | undefined): Point {
  if (!figure || !source || typeof figure.value !== 'string') return missing();
  const n = percentText(figure.value);
  return { value: Number(n), cell: { text: figure.display, csv: n, numeric: true, path: figure.path, source: source.id } };
}
function scorePoint(figure: StatedFigure | undefined, source: DisclosureSummary | undefined): Point {
  if (!figure || !source || typeof figure.value !== 'number') return missing();
  return { value: figure.value, cell: { text: figure.display, csv: String(figure.value), numeric: true, path: figure.path, source: source.id } };
}

/** Builds a spec from categories × series points; undefined when no value is stated at all. */
function build(
  base: Omit<ChartSpec, 'categories' | 'series' | 'table'>,
  categoryLabel: string,
  categories: { text: string; href?: string }[],
  series: { label: string; key?: string; points: Point[] }[],
  csvPath: string,
  footnote?: string,
): ChartSpec | undefined {
  if (!series.some((s) => s.points.some((p) => p.value !== null))) return undefined;
  return {
    ...base,
    categories: categories.map((c) => c.text),
    series: series.map((s) => ({ label: s.label, ...(s.key ? { key: s.key } : {}), values: s.points.map((p) => p.value) })),
    table: {
      id: base.id,
      caption: `${base.title}（数据表）`,
      columns: [{ key: 'category', label: categoryLabel }, ...series.map((s, i) => ({ key: `s${i}`, label: `${s.label}（${base.unit}）`, numeric: true }))],
      rows: categories.map((c, i) => [{ text: c.text, href: c.href }, ...series.map((s) => s.points[i].cell)]),
      csvPath,
      footnote,
    },
  };
}

/** The disclosure that represents a body in a year: the one giving its rate, else any whole-body one with money. */
export function primaryFor(summaries: DisclosureSummary[], department: string, year: number): DisclosureSummary | undefined {
  return (
    rateSource(summaries, department, year) ??
    disclosuresOf(summaries, department, year).find((s) => s.figures.scope === 'department' && (s.figures.budget || s.figures.spending))
  );
}

/** Years a body has disclosed, oldest first. */
const yearsOf = (summaries: DisclosureSummary[], department: string): number[] =>
  [...new Set(disclosuresOf(summaries, department).map((s) => s.data.fiscalYear))].sort((a, b) => a - b);

const AMOUNT_NOTE = '表中金额按原文单位照录；图和下载的数据统一换算为万元（1 万元 = 10,000 元，换算不丢位数）。';

/** A body's budget and spending over the years (line). */
export function budgetSpendingTrend(summaries: DisclosureSummary[], department: DepartmentInput): ChartSpec | undefined {
  const years = yearsOf(summaries, department.id);
  const primaries = years.map((y) => primaryFor(summaries, department.id, y));
  return build(
    { id: `budget-spending-${department.id}`, type: 'line', title: `${department.data.shortName}历年预算数与支出数`, unit: '万元' },
    '年度',
    years.map((y, i) => ({ text: `${y} 年度`, href: primaries[i] ? `${primaries[i]!.id}/` : undefined })),
    [
      { label: '预算数', points: primaries.map((p) => amountPoint(p?.figures.budget, p)) },
      { label: '支出数', points: primaries.map((p) => amountPoint(p?.figures.spending, p)) },
    ],
    `data/charts/budget-spending-${department.id}.csv`,
    AMOUNT_NOTE,
  );
}

/** A body's execution rate over the years, as stated (line). */
export function rateTrend(summaries: DisclosureSummary[], department: DepartmentInput): ChartSpec | undefined {
  const years = yearsOf(summaries, department.id);
  const sources = years.map((y) => rateSource(summaries, department.id, y));
  return build(
    { id: `rate-${department.id}`, type: 'line', title: `${department.data.shortName}历年预算执行率（原文）`, unit: '%' },
    '年度',
    years.map((y, i) => ({ text: `${y} 年度`, href: sources[i] ? `${sources[i]!.id}/` : undefined })),
    [{ label: '执行率（原文）', points: sources.map((s) => percentPoint(s?.figures.statedRate, s)) }],
    `data/charts/rate-${department.id}.csv`,
  );
}

/** A body's reported self-evaluation score over the years (line). */
export function scoreTrend(summaries: DisclosureSummary[], department: DepartmentInput): ChartSpec | undefined {
  const years = yearsOf(summaries, department.id);
  const sources = years.map((y) => disclosuresOf(summaries, department.id, y).find((s) => s.data.kind === 'self-evaluation' && s.figures.score));
  return build(
    { id: `score-${department.id}`, type: 'line', title: `${department.data.shortName}历年绩效自评得分（原文，不含加分）`, unit: '分' },
    '年度',
    years.map((y, i) => ({ text: `${y} 年度`, href: sources[i] ? `${sources[i]!.id}/` : undefined })),
    [{ label: '自评得分', points: sources.map((s) => scorePoint(s?.figures.score, s)) }],
    `data/charts/score-${department.id}.csv`,
  );
}

/**
 * Where a year's bars are drawn when a page shows part of the year's bodies (one province's):
 * the part's name in the title, its code in the chart's id, its CSVs in its own folder.
 */
export interface ChartPlace {
  code: string;
  name: string;
  csvDir: string;
}

const placed = (id: string, place: ChartPlace | undefined) => (place ? `${id}-${place.code}` : id);

/** Every body's execution rate in one fiscal year (horizontal bars). */
export function yearRateBars(summaries: DisclosureSummary[], departments: DepartmentInput[], year: number, place?: ChartPlace): ChartSpec | undefined {
  const sources = departments.map((d) => rateSource(summaries, d.id, year));
  return build(
    { id: placed(`rate-${year}`, place), type: 'bar', horizontal: true, title: `${year} 年度${place?.name ?? ''}各部门预算执行率（原文）`, unit: '%' },
    '部门',
    departments.map((d, i) => ({ text: d.data.shortName, href: sources[i] ? `${sources[i]!.id}/` : `departments/${d.id}/` })),
    [{ label: '执行率（原文）', points: sources.map((s) => percentPoint(s?.figures.statedRate, s)) }],
    place ? `${place.csvDir}/rate.csv` : `data/charts/rate-${year}.csv`,
  );
}

/** Every body's budget and spending in one fiscal year (grouped horizontal bars). */
export function yearBudgetSpendingBars(summaries: DisclosureSummary[], departments: DepartmentInput[], year: number, place?: ChartPlace): ChartSpec | undefined {
  const primaries = departments.map((d) => primaryFor(summaries, d.id, year));
  return build(
    { id: placed(`budget-spending-${year}`, place), type: 'bar', horizontal: true, title: `${year} 年度${place?.name ?? ''}各部门预算数与支出数`, unit: '万元' },
    '部门',
    departments.map((d, i) => ({ text: d.data.shortName, href: primaries[i] ? `${primaries[i]!.id}/` : `departments/${d.id}/` })),
    [
      { label: '预算数', points: primaries.map((p) => amountPoint(p?.figures.budget, p)) },
      { label: '支出数', points: primaries.map((p) => amountPoint(p?.figures.spending, p)) },
    ],
    place ? `${place.csvDir}/budget-spending.csv` : `data/charts/budget-spending-${year}.csv`,
    AMOUNT_NOTE,
  );
}

/** Basic against project spending for each disclosure that states both (stacked bars); its CSV at `csvPath`. */
export function spendingStructure(summaries: DisclosureSummary[], id: string, title: string, csvPath = `data/charts/structure-${id}.csv`): ChartSpec | undefined {
  const rows = summaries.filter((s) => s.figures.basic && s.figures.project);
  return build(
    { id: `structure-${id}`, type: 'bar', horizontal: true, stacked: true, title, unit: '万元' },
    '公开文件',
    rows.map((s) => ({ text: `${s.department.data.shortName} ${s.data.fiscalYear} 年度${s.figures.basic!.phase === 'executed' ? '支出' : '预算'}`, href: `${s.id}/` })),
    [
      { label: '基本支出', points: rows.map((s) => amountPoint(s.figures.basic, s)) },
      { label: '项目支出', points: rows.map((s) => amountPoint(s.figures.project, s)) },
    ],
    csvPath,
    AMOUNT_NOTE,
  );
}

/** Execution rates of many bodies across years (one line per body); of one province's bodies on its page, with `place`. */
export function rateLines(summaries: DisclosureSummary[], departments: DepartmentInput[], years: number[], place?: ChartPlace): ChartSpec | undefined {
  const ascending = [...years].sort((a, b) => a - b);
  const spec = build(
    { id: 'rate-by-year', type: 'line', title: `${place?.name ?? ''}各部门历年预算执行率（原文）`, unit: '%' },
    '年度',
    ascending.map((y) => ({ text: `${y} 年度` })),
    departments.map((d) => ({ label: d.data.shortName, key: d.id, points: ascending.map((y) => ((src) => percentPoint(src?.figures.statedRate, src))(rateSource(summaries, d.id, y))) })),
    place ? `${place.csvDir}/rate-by-year.csv` : 'data/charts/rate-by-year.csv',
  );
  return spec;
}
