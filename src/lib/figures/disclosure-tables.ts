/**
 * The tables of a disclosure page, as data: figures, score trees, indicators, facts and
 * corrections. The page renders them and /data/<id>/<table>.csv writes the same models.
 */
import type { Disclosure } from '../../schemas/disclosure.ts';
import { DisclosureSchema } from '../../schemas/disclosure.ts';
import type { Fact } from '../../schemas/fact.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { ScoreNode } from '../../schemas/score-tree.ts';
import { formatPartialDate } from '../format/date.ts';
import { formatFact, formatPublishedFigure } from '../format/figure.ts';
import { splitFigure } from '../format/split-figure.ts';
import { findTerm } from '../glossary/lookup.ts';
import { figureRows } from './figure-rows.ts';
import { standardTables } from './standard-tables.ts';
import type { TableCell, TableColumn, TableModel } from './table-model.ts';
import { locationAnchor } from '../provenance/mark-passages.ts';
import { targetOutcome } from '../standards/target-outcome.ts';

/** Where a disclosure's table CSVs live: data/<year>/<dept>/<kind>/<table>.csv. */
export const disclosureCsvPath = (id: string, table: string): string => `data/${id}/${table}.csv`;

/** The glossary slug for the last segment of a figure label ("支出 › 基本支出" → basic-spending). */
function labelTerm(label: string): string | undefined {
  return findTerm(label.split(' › ').at(-1) ?? label)?.slug;
}

/** 主要数字: every money, rate and score figure, as published, with its unit. */
export function figuresTable(id: string, data: Disclosure): TableModel {
  const rows = figureRows(data as Record<string, unknown>, DisclosureSchema);
  return {
    id: 'figures',
    caption: '全部数字（按原文照录，含单位）',
    columns: [
      { key: 'label', label: '项目' },
      { key: 'value', label: '数值（按原文）', numeric: true },
      { key: 'path', label: '字段', csvOnly: true },
      { key: 'number', label: '数值', csvOnly: true },
      { key: 'unit', label: '单位', csvOnly: true },
    ],
    rows: rows.map((row) => {
      const { number, unit } = splitFigure(row.value, row.format);
      return [
        { text: row.label, term: labelTerm(row.label) },
        { text: row.display, csv: String(row.value), numeric: typeof row.value === 'number' || number !== '', path: row.path, source: id },
        { text: row.path },
        { text: number },
        { text: unit },
      ];
    }),
    csvPath: disclosureCsvPath(id, 'figures'),
  };
}

const LEVEL_NAMES = ['一级指标', '二级指标', '三级指标', '四级指标', '五级指标'];

/** A score tree (一级 → 二级 → 三级) as rows with depth; full mark and score as published. */
export function scoreTreeTable(id: string, tableId: string, caption: string, nodes: ScoreNode[], field = ''): TableModel {
  const rows: TableCell[][] = [];
  const walk = (list: ScoreNode[], depth: number, prefix: string) =>
    list.forEach((node, i) => {
      const at = `${prefix}${i}`;
      rows.push([
        { text: node.name, indent: depth, note: node.note },
        { text: LEVEL_NAMES[depth] ?? `${depth + 1}级指标` },
        node.maxScore !== undefined ? { text: String(node.maxScore), numeric: true, path: `${at}.maxScore` } : { text: '—', csv: '', numeric: true },
        node.score !== undefined ? { text: String(node.score), numeric: true, path: `${at}.score` } : { text: '—', csv: '', numeric: true },
        { text: node.rule ?? '' },
      ]);
      if (node.children) walk(node.children, depth + 1, `${at}.children.`);
    });
  walk(nodes, 0, field ? `${field}.` : '');
  const hasRule = rows.some((r) => r[4].text !== '');
  const columns: TableColumn[] = [
    { key: 'name', label: '指标', term: 'performance-indicator' },
    { key: 'level', label: '层级' },
    { key: 'maxScore', label: '满分（分）', numeric: true },
    { key: 'score', label: '得分（分）', numeric: true },
    { key: 'rule', label: '评分规则' },
  ];
  return {
    id: tableId,
    caption,
    columns: hasRule ? columns : columns.slice(0, 4),
    rows: hasRule ? rows : rows.map((r) => r.slice(0, 4)),
    csvPath: disclosureCsvPath(id, tableId),
    footnote: '“—”表示原文未列出该项分值或得分。',
  };
}

const INDICATOR_COLUMNS: [keyof Indicator, string][] = [
  ['level1', '一级指标'],
  ['level2', '二级指标'],
  ['level3', '三级指标'],
  ['nature', '指标性质'],
  ['periodTarget', '实施周期指标值'],
  ['annualTarget', '年度指标值（目标）'],
  ['unit', '度量单位'],
  ['actual', '实际完成值'],
  ['maxScore', '分值'],
  ['score', '得分'],
  ['deviation', '偏差原因分析及改进措施'],
  ['note', '备注'],
];

const OUTCOME_WORDS = { met: '已完成', 'not-met': '未完成', undecided: '无法判断', 'not-reported': '未填写' } as const;

/** 明账's reading of one row: met / not met / cannot be decided, with the rule (standards/target-outcome.ts). */
function outcomeCell(indicator: Indicator): TableCell {
  if (!indicator.level3) return { text: '' };
  const outcome = targetOutcome(indicator.annualTarget ?? indicator.periodTarget, indicator.actual, { nature: indicator.nature, unit: indicator.unit });
  return { text: outcome.status === 'not-reported' ? outcome.rule : `${OUTCOME_WORDS[outcome.status]}：${outcome.rule}` };
}

/**
 * An indicator table: target against actual, showing only the columns some row fills;
 * where actuals are reported (a self-evaluation), a last column says whether each target was met.
 */
export function indicatorTable(id: string, tableId: string, caption: string, indicators: Indicator[], field = tableId): TableModel {
  const columns = INDICATOR_COLUMNS.filter(([key]) => indicators.some((i) => i[key] !== undefined));
  const judged = indicators.some((i) => i.actual !== undefined);
  return {
    id: tableId,
    caption,
    columns: [
      ...columns.map(([key, label]) => ({ key, label, numeric: key === 'maxScore' || key === 'score', term: key === 'level1' ? 'performance-indicator' : undefined })),
      ...(judged ? [{ key: 'outcome', label: '是否完成（明账按指标值判断）' }] : []),
    ],
    rows: indicators.map((indicator, i) => [
      ...columns.map(([key]): TableCell => {
        const value = indicator[key];
        return { text: value === undefined ? '' : String(value), numeric: key === 'maxScore' || key === 'score', ...(value === undefined ? {} : { path: `${field}.${i}.${key}` }) };
      }),
      ...(judged ? [outcomeCell(indicator)] : []),
    ]),
    csvPath: disclosureCsvPath(id, tableId),
  };
}

/** 文中其他数据: every other figure the text states, with qualifier and unit. */
export function factsTable(id: string, facts: Fact[]): TableModel {
  return {
    id: 'facts',
    caption: '文中其他数据',
    columns: [
      { key: 'label', label: '事项' },
      { key: 'value', label: '数值（按原文）', numeric: true },
      { key: 'section', label: '章节' },
      { key: 'number', label: '数值', csvOnly: true },
      { key: 'unit', label: '单位', csvOnly: true },
      { key: 'qualifier', label: '限定词', csvOnly: true },
    ],
    rows: facts.map((fact, i) => [
      { text: fact.label },
      { text: formatFact(fact), numeric: true, path: `facts.${i}.value` },
      { text: fact.section ?? '' },
      { text: fact.value },
      { text: fact.unit },
      { text: fact.qualifier ?? '' },
    ]),
    csvPath: disclosureCsvPath(id, 'facts'),
  };
}

/** 更正记录: each correction with date, field, old and new values, reason and approver. */
export function correctionsTable(id: string, corrections: NonNullable<Disclosure['corrections']>): TableModel {
  return {
    id: 'corrections',
    caption: '更正记录',
    columns: [
      { key: 'date', label: '更正日期' },
      { key: 'field', label: '字段' },
      { key: 'old', label: '原值' },
      { key: 'new', label: '新值' },
      { key: 'reason', label: '更正原因' },
      { key: 'approvedBy', label: '审核人' },
    ],
    rows: corrections.map((c) => [
      { text: formatPartialDate(c.date), csv: c.date },
      { text: c.field },
      { text: formatPublishedFigure(c.old), csv: String(c.old) },
      { text: formatPublishedFigure(c.new), csv: String(c.new) },
      { text: c.reason },
      { text: c.approvedBy },
    ]),
    csvPath: disclosureCsvPath(id, 'corrections'),
    rowIds: corrections.map((_, i) => correctionAnchor(i)),
  };
}

/** The id of a disclosure page's n-th correction row (0-based n), which feeds link to. */
export const correctionAnchor = (n: number): string => `correction-${n + 1}`;

/** Every table of a disclosure page, in page order; tables with no rows are left out. */
export function disclosureTables(id: string, data: Disclosure): TableModel[] {
  const tables: TableModel[] = [figuresTable(id, data)];
  if (data.kind === 'self-evaluation') {
    if (data.score?.tree) tables.push(scoreTreeTable(id, 'score-tree', '评分指标体系（原文所列满分与得分）', data.score.tree, 'score.tree'));
    if (data.score?.supplementary) tables.push(scoreTreeTable(id, 'score-supplementary', '专项评分（不计入自评分）', data.score.supplementary, 'score.supplementary'));
  }
  if ((data.kind === 'budget' || data.kind === 'final-accounts') && data.tables?.length) tables.push(...standardTables(id, data.tables, (table) => disclosureCsvPath(id, table)));
  if ('indicators' in data && data.indicators?.length) tables.push(indicatorTable(id, 'indicators', '绩效指标：目标与完成情况', data.indicators));
  if (data.kind === 'self-evaluation' && data.targets?.length) tables.push(indicatorTable(id, 'targets', '绩效目标完成情况', data.targets));
  if (data.facts?.length) tables.push(factsTable(id, data.facts));
  if (data.corrections?.length) tables.push(correctionsTable(id, data.corrections));
  return tables.filter((t) => t.rows.length > 0).map((t) => withSourceLinks(t, data.locations));
}

/** Each figure with a location in the original links to its passage in the page's 原文 section. */
function withSourceLinks(table: TableModel, locations: Disclosure['locations']): TableModel {
  if (!locations) return table;
  return { ...table, rows: table.rows.map((row) => row.map((cell) => (cell.path && locations[cell.path] ? { ...cell, anchor: locationAnchor(cell.path) } : cell))) };
}
