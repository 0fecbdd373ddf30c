/**
 * The whole dataset for download: every disclosure's figures (long), key figures (wide,
 * one row per disclosure), indicators, and departments, each as CSV records; and the
 * complete JSON. Amounts keep their published text and add an exact 万元 number; no
 * timestamp or ordering noise, so two builds of the same content give the same files.
 */
import { LEVELS } from '../../schemas/department.ts';
import { DISCLOSURE_KINDS, DisclosureSchema, type Disclosure } from '../../schemas/disclosure.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import { AMOUNT_PATTERN } from '../../schemas/primitives.ts';
import { splitFigure } from '../format/split-figure.ts';
import type { DepartmentInput, DisclosureSummary } from '../figures/corpus.ts';
import { figureRows } from '../figures/figure-rows.ts';
import { wanYuanText, type StatedAmount } from '../figures/key-figures.ts';

/** FDP direction of a figure by its top-level field: money in or money out. */
export function fieldDirection(path: string): 'expenditure' | 'revenue' | '' {
  const top = path.split('.')[0];
  if (top === 'income') return 'revenue';
  if (['budget', 'spending', 'byFunction', 'threePublic', 'operatingCosts', 'procurement', 'keyTasks', 'otherTasks', 'developmentSpending', 'byLevel', 'funds'].includes(top)) return 'expenditure';
  return '';
}

/** FDP phase of a money figure: planned kinds are approved budgets; budget.adjusted is adjusted; spending of other kinds executed. */
export function fieldPhase(kind: Disclosure['kind'], path: string): 'approved' | 'adjusted' | 'executed' | '' {
  if (fieldDirection(path) === '') return '';
  if (path === 'budget.adjusted' || /^funds\.\d+\.adjustedBudget$/.test(path)) return 'adjusted';
  if (path.startsWith('budget.') || /^funds\.\d+\.initialBudget$/.test(path)) return 'approved';
  if (kind === 'budget' || kind === 'performance-targets') return 'approved';
  return 'executed';
}

const disclosureColumns = (s: DisclosureSummary) => [s.id, String(s.data.fiscalYear), s.department.id, s.department.data.shortName, s.data.kind, DISCLOSURE_KINDS[s.data.kind]];
const DISCLOSURE_HEADER = ['disclosure_id', 'fiscal_year', 'department', 'department_name', 'kind', 'kind_name'];

/** Header of figures.csv (one row per published figure). */
export const FIGURES_HEADER = [...DISCLOSURE_HEADER, 'field', 'label', 'value_published', 'number', 'unit', 'amount_wanyuan', 'phase', 'direction'];

/** figures.csv rows (header apart): every figure of every disclosure, as published plus its exact 万元 value. */
export function figureRecords(summaries: readonly DisclosureSummary[]): string[][] {
  const records: string[][] = [];
  for (const s of summaries) {
    for (const row of figureRows(s.data as Record<string, unknown>, DisclosureSchema)) {
      const { number, unit } = splitFigure(row.value, row.format);
      const isAmount = typeof row.value === 'string' && AMOUNT_PATTERN.test(row.value);
      records.push([
        ...disclosureColumns(s),
        row.path,
        row.label,
        String(row.value),
        number,
        unit,
        isAmount ? wanYuanText(row.value as string) : '',
        isAmount ? fieldPhase(s.data.kind, row.path) : '',
        isAmount ? fieldDirection(row.path) : '',
      ]);
    }
  }
  return records;
}

/** Header of key-figures.csv (one row per disclosure). */
export const KEY_FIGURES_HEADER = [
  ...DISCLOSURE_HEADER,
  'scope',
  'title',
  'budget_published',
  'budget_wanyuan',
  'budget_phase',
  'spending_published',
  'spending_wanyuan',
  'execution_rate_published',
  'execution_rate_computed',
  'basic_published',
  'basic_wanyuan',
  'project_published',
  'project_wanyuan',
  'basic_project_phase',
  'score_published',
  'bonus_published',
  'grade_published',
];

const published = (a: StatedAmount | undefined) => (a ? [a.value, wanYuanText(a.value)] : ['', '']);

/** key-figures.csv rows (header apart): the comparable figures of each disclosure, stated and computed. */
export function keyFigureRecords(summaries: readonly DisclosureSummary[]): string[][] {
  return summaries.map((s) => {
    const f = s.figures;
    return [
      ...disclosureColumns(s),
      f.scope,
      s.data.title,
      ...published(f.budget),
      f.budget?.phase ?? '',
      ...published(f.spending),
      f.statedRate ? String(f.statedRate.value) : '',
      f.computedRate?.display ?? '',
      ...published(f.basic),
      ...published(f.project),
      f.basic?.phase ?? f.project?.phase ?? '',
      f.score ? String(f.score.value) : '',
      f.bonus ? String(f.bonus.value) : '',
      f.grade ? String(f.grade.value) : '',
    ];
  });
}

const INDICATOR_FIELDS: (keyof Indicator)[] = ['level1', 'level2', 'level3', 'nature', 'periodTarget', 'annualTarget', 'unit', 'actual', 'maxScore', 'score', 'deviation', 'note'];
/** Header of indicators.csv. */
export const INDICATORS_HEADER = [...DISCLOSURE_HEADER, 'list', 'row', ...INDICATOR_FIELDS.map((f) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))];

/** indicators.csv rows (header apart): every indicator row (targets and actuals as published). */
export function indicatorRecords(summaries: readonly DisclosureSummary[]): string[][] {
  const records: string[][] = [];
  for (const s of summaries) {
    const lists: [string, Indicator[] | undefined][] = [
      ['indicators', 'indicators' in s.data ? s.data.indicators : undefined],
      ['targets', s.data.kind === 'self-evaluation' ? s.data.targets : undefined],
    ];
    for (const [list, items] of lists) {
      items?.forEach((item, i) => records.push([...disclosureColumns(s), list, String(i + 1), ...INDICATOR_FIELDS.map((f) => (item[f] === undefined ? '' : String(item[f])))]));
    }
  }
  return records;
}

/** Header of departments.csv. */
export const DEPARTMENTS_HEADER = ['department', 'name', 'short_name', 'level', 'level_name', 'province', 'city', 'county', 'parent', 'parent_department'];

/** departments.csv: every disclosing body. */
export function departmentRecords(departments: DepartmentInput[]): string[][] {
  return [
    DEPARTMENTS_HEADER,
    ...departments.map((d) => [d.id, d.data.name, d.data.shortName, d.data.level, LEVELS[d.data.level], d.data.region.province, d.data.region.city ?? '', d.data.region.county ?? '', d.data.parent ?? '', d.data.parentDepartment ?? '']),
  ];
}

const strip = <T extends object>(data: T) => Object.fromEntries(Object.entries(data).filter(([k]) => k !== '$schema'));

/** The departments of mingzhang.json, without editor-only keys. */
export const datasetDepartments = (departments: readonly DepartmentInput[]) => departments.map((d) => ({ id: d.id, ...strip(d.data) }));

/** One disclosure of mingzhang.json, without editor-only keys. */
export const datasetDisclosure = (summary: Pick<DisclosureSummary, 'id' | 'data'>) => ({ id: summary.id, ...strip(summary.data) });

/** One disclosure's JSON download: its validated content as stored. */
export function disclosureJson(summary: DisclosureSummary): string {
  return `${JSON.stringify(datasetDisclosure(summary), null, 2)}\n`;
}
