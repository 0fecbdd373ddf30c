/**
 * /<year>/<dept>/: one body's year as one story. 预算 → 决算 for every figure both state,
 * by 功能分类 where both list lines; 绩效目标 → 自评 for every indicator both state, with
 * met / not met and the rule that decided it; the audit's cross-document findings beside
 * the section they concern; and, plainly, which documents the body did not publish.
 * Works from any combination of documents: each section says why it is empty.
 */
import { KIND_NAMES, type DisclosureKind } from '../../schemas/disclosure.ts';
import { indicatorRows } from '../audit/indicators.ts';
import { budgetFinalPairs } from '../body-year/budget-final-pairs.ts';
import { functionLinePairs } from '../body-year/function-line-pairs.ts';
import { indicatorPairs, type IndicatorPair } from '../body-year/indicator-pairs.ts';
import { missingKinds } from '../body-year/missing-kinds.ts';
import { kindName } from '../disclosure-ref.ts';
import { disclosuresOf, type AuditView, type DepartmentInput, type DisclosureSummary } from '../figures/corpus.ts';
import type { TableModel } from '../figures/table-model.ts';
import { amountCell, differenceCell, figureHref, rateCell, textCell } from './body-year-cells.ts';

/** The page of a body-year: "2023/guangzhou-rd/". */
export const bodyYearPath = (year: number, department: string): string => `${year}/${department}/`;

/** Where a body-year table's CSV lives. */
export const bodyYearCsvPath = (year: number | string, department: string, table: string): string => `data/${year}/${department}/body-year/${table}.csv`;

/** A cross-document finding, with the disclosure it was found on. */
export interface BodyYearFinding {
  disclosure: string;
  kind: DisclosureKind;
  finding: AuditView['findings'][number];
}

/** One comparison section: its table(s) when the documents allow one, else why not. */
export interface BodyYearSection {
  /** Why there is nothing to compare, or what the table compares, in Chinese. */
  note: string;
  tables: TableModel[];
  findings: BodyYearFinding[];
}

export interface BodyYearModel {
  year: number;
  department: DepartmentInput;
  /** The body's disclosures of the year, in kind order. */
  documents: DisclosureSummary[];
  /** "该年度未公开部门决算", for each yearly document not published. */
  missing: { kind: DisclosureKind; sentence: string }[];
  budgetFinal: BodyYearSection;
  indicators: BodyYearSection & { counts: Record<IndicatorPair['outcome']['status'], number> };
  /** Cross-document findings about neither comparison. */
  otherFindings: BodyYearFinding[];
  /** Every table of the page, for the CSV downloads. */
  tables: TableModel[];
}

/** Rules whose findings concern a section of the page (the others go under 其他核对). */
const SECTION_RULES: Record<string, 'budgetFinal' | 'indicators'> = {
  'cross.budget-vs-final': 'budgetFinal',
  'cross.targets-vs-evaluation': 'indicators',
};

/** The body-years `summaries` hold, as [year, department] pairs, newest year first. */
export function bodyYears(summaries: readonly DisclosureSummary[]): [number, string][] {
  const seen = new Map<string, [number, string]>();
  for (const s of summaries) seen.set(`${s.data.fiscalYear}/${s.data.department}`, [s.data.fiscalYear, s.data.department]);
  return [...seen.values()].sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1]));
}

/** The model of one body-year page from that body-year's disclosures (others are ignored). */
export function bodyYearModel(summaries: readonly DisclosureSummary[], department: DepartmentInput, year: number): BodyYearModel {
  const documents = [...disclosuresOf(summaries, department.id, year)].sort((a, b) => KIND_NAMES.indexOf(a.data.kind) - KIND_NAMES.indexOf(b.data.kind));
  const of = (kind: DisclosureKind) => documents.find((s) => s.data.kind === kind);
  const findings: BodyYearFinding[] = documents.flatMap((s) => (s.audit?.findings ?? []).filter((f) => f.rule.startsWith('cross.')).map((finding) => ({ disclosure: s.id, kind: s.data.kind, finding })));
  const inSection = (section: string) => findings.filter((f) => SECTION_RULES[f.finding.rule] === section);
  const budgetFinal = { ...budgetFinalSection(year, department.id, of('budget'), of('final-accounts')), findings: inSection('budgetFinal') };
  const indicators = { ...indicatorSection(year, department.id, of('performance-targets'), of('self-evaluation')), findings: inSection('indicators') };
  return {
    year,
    department,
    documents,
    missing: missingKinds(documents.map((s) => s.data.kind)),
    budgetFinal,
    indicators,
    otherFindings: findings.filter((f) => !SECTION_RULES[f.finding.rule]),
    tables: [...budgetFinal.tables, ...indicators.tables],
  };
}

const lacking = (kinds: [DisclosureKind, DisclosureSummary | undefined][]) => kinds.filter(([, s]) => !s).map(([k]) => kindName(k)).join('和');

function budgetFinalSection(year: number, dept: string, budget?: DisclosureSummary, final?: DisclosureSummary): Omit<BodyYearSection, 'findings'> {
  if (!budget || !final) return { note: `该年度未公开${lacking([['budget', budget], ['final-accounts', final]])}，无法对照预算与决算。`, tables: [] };
  const pairs = budgetFinalPairs(budget.data, final.data);
  const lines = functionLinePairs(budget.data, final.data);
  const raw = (data: unknown, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], data) as string;
  const tables: TableModel[] = [];
  const columns = [
    { key: 'item', label: '项目' },
    { key: 'path', label: '字段', csvOnly: true },
    { key: 'budget', label: '部门预算', numeric: true },
    { key: 'final', label: '部门决算', numeric: true },
    { key: 'difference', label: '差额（决算 − 预算）', numeric: true },
    { key: 'rate', label: '执行率（决算 ÷ 预算）', numeric: true },
    { key: 'unit', label: '差额单位', csvOnly: true },
  ];
  if (pairs.length > 0) {
    const stated = final.data.kind === 'final-accounts' ? final.data.executionRate : undefined;
    tables.push({
      id: 'budget-final',
      caption: `${year} 年度预算与决算对照（两份文件都列出的数字）`,
      columns,
      rows: pairs.map((p) => [
        { ...textCell(p.label), indent: p.indent },
        textCell(p.path),
        amountCell(budget, p.path, raw(budget.data, p.path), p.unit, p.budget, 'figures'),
        amountCell(final, p.path, raw(final.data, p.path), p.unit, p.final, 'figures'),
        differenceCell(p.difference, p.unit),
        rateCell(p.executionRate),
        textCell(p.unit),
      ]),
      csvPath: bodyYearCsvPath(year, dept, 'budget-final'),
      footnote: `预算数取自${budget.data.title}，决算数取自${final.data.title}；差额与执行率由明账按原文数字精确计算（单位不同时先换算为决算的单位），执行率四舍五入保留 2 位小数。${stated ? `决算所述预算执行率为 ${stated}（按决算所列预算计算，可能与此不同）。` : ''}`,
    });
  }
  if (lines.length > 0) {
    tables.push({
      id: 'budget-final-functions',
      caption: `${year} 年度按功能分类的预算与决算对照（类、款、项）`,
      columns: [{ key: 'item', label: '科目' }, { key: 'level', label: '级次' }, ...columns.slice(1)],
      rows: lines.map((l) => [
        textCell(l.code ? `${l.code} ${l.name}` : l.name),
        textCell(l.level ?? '—'),
        textCell(l.finalPath),
        amountCell(budget, l.budgetPath, raw(budget.data, l.budgetPath), l.unit, l.budget, 'figures'),
        amountCell(final, l.finalPath, raw(final.data, l.finalPath), l.unit, l.final, 'figures'),
        differenceCell(l.difference, l.unit),
        rateCell(l.executionRate),
        textCell(l.unit),
      ]),
      csvPath: bodyYearCsvPath(year, dept, 'budget-final-functions'),
      footnote: '科目按科目编码对应（一方未列编码时按科目名称）；级次由编码位数确定：3 位为类，5 位为款，7 位为项。只列出两份文件都列出的科目。',
    });
  }
  const note = pairs.length === 0 && lines.length === 0
    ? '部门预算和部门决算没有列出同一项目的数字，无法逐项对照。'
    : `部门预算与部门决算都列出的 ${pairs.length} 个数字${lines.length ? `和 ${lines.length} 个功能分类科目` : ''}逐项对照如下；只有一方列出的数字不在表中。`;
  return { note, tables };
}

const OUTCOME = { met: '达到', 'not-met': '未达到', 'not-reported': '未填报', undecided: '未判断' } as const;

function indicatorSection(year: number, dept: string, targets?: DisclosureSummary, evaluation?: DisclosureSummary): Omit<BodyYearSection, 'findings'> & { counts: Record<IndicatorPair['outcome']['status'], number> } {
  const counts = { met: 0, 'not-met': 0, 'not-reported': 0, undecided: 0 };
  if (!targets || !evaluation) return { note: `该年度未公开${lacking([['performance-targets', targets], ['self-evaluation', evaluation]])}，无法对照绩效目标与完成情况。`, tables: [], counts };
  const pairs = indicatorPairs(targets.data, evaluation.data);
  for (const p of pairs) counts[p.outcome.status]++;
  const listed = (data: unknown) => new Set(indicatorRows(data).filter(({ row }) => row.level3).map(({ row }) => `${row.level1}|${row.level2 ?? ''}|${row.level3}`)).size;
  const onlyTargets = listed(targets.data) - pairs.length;
  if (pairs.length === 0) return { note: `绩效目标表和自评报告没有名称相同的指标（一级、二级、三级指标都相同才对照），无法逐项对照。`, tables: [], counts };
  const table: TableModel = {
    id: 'targets-evaluation',
    caption: `${year} 年度绩效目标与自评对照（两份文件都列出的指标）`,
    columns: [
      { key: 'indicator', label: '指标' },
      { key: 'target', label: '年度指标值（绩效目标）' },
      { key: 'actual', label: '实际完成值（自评）' },
      { key: 'outcome', label: '结果' },
      { key: 'rule', label: '判断依据' },
      { key: 'status', label: '结果代码', csvOnly: true },
    ],
    rows: pairs.map((p) => [
      textCell([p.level1, p.level2, p.name].filter(Boolean).join(' › ')),
      { text: p.target, path: p.targetPath, source: targets.id, href: figureHref(targets, p.targetPath, p.targetPath.startsWith('targets.') ? 'targets' : 'indicators') },
      p.actual !== undefined
        ? { text: p.actual, path: p.actualPath, source: evaluation.id, href: figureHref(evaluation, p.actualPath, p.actualPath.startsWith('targets.') ? 'targets' : 'indicators') }
        : { text: '—', csv: '', note: '未填写' },
      textCell(OUTCOME[p.outcome.status]),
      textCell(p.outcome.rule),
      textCell(p.outcome.status),
    ]),
    csvPath: bodyYearCsvPath(year, dept, 'targets-evaluation'),
    footnote: '指标按一级、二级、三级指标名称对应。目标值和完成值都是数量且单位相同时，按目标值的符号（≥、≤ 等，没有符号时按指标性质，再没有时按“等于”）精确比较；否则不作判断并说明原因。',
  };
  const parts = [`达到 ${counts.met} 项`, `未达到 ${counts['not-met']} 项`, `自评未填写完成值 ${counts['not-reported']} 项`, `无法判断 ${counts.undecided} 项`];
  return {
    note: `绩效目标表与自评报告都列出的指标共 ${pairs.length} 项：${parts.join('，')}。${onlyTargets > 0 ? `绩效目标表另有 ${onlyTargets} 项指标自评报告未列出。` : ''}`,
    tables: [table],
    counts,
  };
}

/** The CSV of the first body-year table of `summaries`, looking no further than needed; undefined when there is none. */
export function firstBodyYearCsv(summaries: readonly DisclosureSummary[], departments: readonly DepartmentInput[]): string | undefined {
  const byId = new Map(departments.map((d) => [d.id, d]));
  for (const [year, dept] of bodyYears(summaries)) {
    const table = byId.has(dept) ? bodyYearModel(summaries, byId.get(dept)!, year).tables[0] : undefined;
    if (table) return table.csvPath;
  }
  return undefined;
}

/** Every body-year page's tables for the downloads of the body-years `summaries` hold. */
export function bodyYearTables(summaries: readonly DisclosureSummary[], departments: readonly DepartmentInput[]): TableModel[] {
  const byId = new Map(departments.map((d) => [d.id, d]));
  return bodyYears(summaries).flatMap(([year, dept]) => (byId.has(dept) ? bodyYearModel(summaries, byId.get(dept)!, year).tables : []));
}
