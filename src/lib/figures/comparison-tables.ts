/**
 * Side-by-side tables for year, department and comparison pages: one row per disclosure
 * with its key figures, and a department × year matrix of execution rates. Stated figures
 * appear exactly as published; computed ones are marked 明账计算; audit findings about a
 * figure are attached to its cell.
 */
import { DISCLOSURE_KINDS } from '../../schemas/disclosure.ts';
import { disclosuresOf, findingsFor, type DepartmentInput, type DisclosureSummary } from './corpus.ts';
import type { ComputedFigure, StatedAmount, StatedFigure } from './key-figures.ts';
import { NOT_STATED, type CellFlag, type TableCell, type TableColumn, type TableModel } from './table-model.ts';

/** The note on a computed figure's cell. */
export const COMPUTED_NOTE = '明账计算';

const flagsOf = (summary: DisclosureSummary, paths: string[]): CellFlag[] | undefined => {
  const found = findingsFor(summary, paths).map((f) => ({ severity: f.severity, title: f.title, message: f.message }));
  return found.length > 0 ? found : undefined;
};

function statedCell(summary: DisclosureSummary, figure: StatedFigure | undefined, extraPaths: string[] = []): TableCell {
  if (!figure) return NOT_STATED;
  return { text: figure.display, csv: String(figure.value), numeric: true, path: figure.path, source: summary.id, flags: flagsOf(summary, [figure.path, ...extraPaths]) };
}

/** An amount cell; notes 预算 on planned basic/project amounts and 调整后 on an adjusted budget. */
function amountCell(summary: DisclosureSummary, figure: StatedAmount | undefined, column: 'budget' | 'spending' | 'split'): TableCell {
  const cell = statedCell(summary, figure);
  if (figure && column === 'split' && figure.phase !== 'executed') return { ...cell, note: '预算' };
  if (figure && column === 'budget' && figure.phase === 'adjusted') return { ...cell, note: '调整后预算' };
  return cell;
}

function computedCell(summary: DisclosureSummary, figure: ComputedFigure | undefined): TableCell {
  if (!figure) return NOT_STATED;
  return { text: figure.display, numeric: true, note: COMPUTED_NOTE, flags: flagsOf(summary, figure.inputs) };
}

function scoreCell(summary: DisclosureSummary): TableCell {
  const { score, bonus } = summary.figures;
  if (!score) return NOT_STATED;
  return { text: score.display, csv: String(score.value), numeric: true, path: score.path, source: summary.id, note: bonus ? `另加分 ${bonus.display}` : undefined, flags: flagsOf(summary, [score.path]) };
}

/** Options of a key-figures table. */
export interface KeyFiguresTableOptions {
  id: string;
  caption: string;
  csvPath: string;
  /** What heads each row: the body (year pages) or the fiscal year (department pages). */
  rowHeader: 'department' | 'year';
}

/**
 * One row per disclosure: budget, spending, stated and computed execution rates, the
 * basic/project split, the reported score and, once the audit runs, the quality index.
 */
export function keyFiguresTable(summaries: DisclosureSummary[], options: KeyFiguresTableOptions): TableModel {
  const withQuality = summaries.some((s) => s.audit?.scores?.quality);
  const columns: TableColumn[] = [
    options.rowHeader === 'department' ? { key: 'department', label: '部门' } : { key: 'year', label: '年度' },
    { key: 'kind', label: '公开文件' },
    { key: 'budget', label: '预算数', numeric: true, term: 'department-budget' },
    { key: 'spending', label: '支出数（执行数）', numeric: true, term: 'final-accounts' },
    { key: 'statedRate', label: '执行率（原文）', numeric: true, term: 'execution-rate' },
    { key: 'computedRate', label: '执行率（明账计算）', numeric: true, term: 'computed-by-mingzhang' },
    { key: 'basic', label: '基本支出', numeric: true, term: 'basic-spending' },
    { key: 'project', label: '项目支出', numeric: true, term: 'project-spending' },
    { key: 'basicShare', label: '基本支出占比（明账计算）', numeric: true, term: 'computed-by-mingzhang' },
    { key: 'score', label: '自评得分（原文，分）', numeric: true, term: 'self-score' },
  ];
  if (withQuality) columns.push({ key: 'quality', label: '公开质量指数（明账评分）', numeric: true });
  const rows = summaries.map((s): TableCell[] => {
    const f = s.figures;
    const header: TableCell =
      options.rowHeader === 'department'
        ? { text: s.department.data.shortName, href: `departments/${s.department.id}/` }
        : { text: `${s.data.fiscalYear} 年度`, csv: String(s.data.fiscalYear) };
    const kindText = s.data.kind === 'project-evaluation' ? `${DISCLOSURE_KINDS[s.data.kind]}：${s.data.projectName}` : DISCLOSURE_KINDS[s.data.kind];
    const row: TableCell[] = [
      header,
      { text: kindText, href: `${s.id}/` },
      amountCell(s, f.budget, 'budget'),
      amountCell(s, f.spending, 'spending'),
      statedCell(s, f.statedRate, f.computedRate?.inputs ?? []),
      computedCell(s, f.computedRate),
      amountCell(s, f.basic, 'split'),
      amountCell(s, f.project, 'split'),
      computedCell(s, f.basicShare),
      scoreCell(s),
    ];
    if (withQuality) {
      const quality = s.audit?.scores?.quality;
      // An unfilled form shows its label, never a number to compare (see score/unfilled.ts).
      row.push(quality?.incomplete ? { text: quality.incomplete.label } : quality?.total ? { text: quality.total, numeric: true, note: COMPUTED_NOTE } : NOT_STATED);
    }
    return row;
  });
  return {
    id: options.id,
    caption: options.caption,
    columns,
    rows,
    rowKeys: summaries.map((s) => ({ department: s.data.department, year: s.data.fiscalYear, disclosure: s.id })),
    csvPath: options.csvPath,
    footnote: '金额按原文单位照录；标“预算”的是预算安排数，其余为实际支出。“—”表示该文件未公开此项。明账计算的比例用原文数字精确计算，见“名词解释”。',
  };
}

/** Kinds whose execution rate describes the whole body, in order of preference. */
const RATE_KIND_PREFERENCE = ['final-accounts', 'self-evaluation'] as const;

/** The disclosure that gives a body's execution rate for a year, if any does. */
export function rateSource(summaries: DisclosureSummary[], department: string, year: number): DisclosureSummary | undefined {
  const candidates = disclosuresOf(summaries, department, year).filter((s) => s.figures.scope === 'department' && (s.figures.statedRate || s.figures.computedRate));
  return candidates.sort((a, b) => rank(a) - rank(b))[0];
}
const rank = (s: DisclosureSummary): number => {
  const i = (RATE_KIND_PREFERENCE as readonly string[]).indexOf(s.data.kind);
  return i === -1 ? RATE_KIND_PREFERENCE.length : i;
};

/** Department × fiscal year: each body's execution rate (stated, else computed) per year. */
export function rateMatrixTable(summaries: DisclosureSummary[], departments: DepartmentInput[], years: number[], options: { id: string; caption: string; csvPath: string }): TableModel {
  const ascending = [...years].sort((a, b) => a - b);
  return {
    id: options.id,
    caption: options.caption,
    columns: [{ key: 'department', label: '部门' }, ...ascending.map((y) => ({ key: String(y), label: `${y} 年度`, numeric: true, term: 'execution-rate' }))],
    rows: departments.map((d) => [
      { text: d.data.shortName, href: `departments/${d.id}/` },
      ...ascending.map((year): TableCell => {
        const s = rateSource(summaries, d.id, year);
        if (!s) return { ...NOT_STATED };
        const { statedRate, computedRate } = s.figures;
        if (statedRate) return { ...statedCell(s, statedRate, computedRate?.inputs ?? []), href: `${s.id}/`, note: computedRate && computedRate.display !== statedRate.display ? `明账计算 ${computedRate.display}` : undefined };
        return { ...computedCell(s, computedRate), href: `${s.id}/` };
      }),
    ]),
    rowKeys: departments.map((d) => ({ department: d.id })),
    csvPath: options.csvPath,
    footnote: '执行率 = 实际支出 ÷ 预算数。优先取部门决算所列，其次取绩效自评报告所列；原文未列而有预算数和支出数时，显示明账计算值。“—”表示当年没有可比的公开数字。',
  };
}
