/**
 * /departments/<slug>/peers/: where a body stands among its peers, a table per year it
 * published (newest first), the bodies left out of each figure and why, and for the
 * newest year a chart of its percentiles drawn from that year's table.
 */
import { toPlainString, type Decimal } from '../money.ts';
import { groupThousands } from '../format/figure.ts';
import type { ChartSpec } from '../charts/specs.ts';
import type { DepartmentInput, DisclosureSummary } from '../figures/corpus.ts';
import type { TableCell, TableColumn, TableModel } from '../figures/table-model.ts';
import { peerComparison, yearsOfBody, type PeerComparison } from '../peers/comparison.ts';
import type { Metric } from '../peers/metrics.ts';
import type { LeftOut, Standing } from '../peers/standing.ts';
import { remembered } from './page-models.ts';

export const peersPath = (department: string): string => `departments/${department}/peers/`;
export const peersCsvPath = (department: string): string => `data/departments/${department}/peers.csv`;

/** Left-out bodies named on the page per reason; the rest are counted (the page stays bounded at any scale). */
export const LEFT_OUT_NAMED = 20;

export interface LeftOutGroup {
  reason: string;
  named: DepartmentInput[];
  more: number;
}

export interface PeerYearSection {
  year: number;
  comparison: PeerComparison;
  table: TableModel;
  /** Per metric with bodies left out: its anchor id and the groups by reason. */
  leftOut: { id: string; metric: Metric; groups: LeftOutGroup[] }[];
}

export interface PeersPageModel {
  sections: PeerYearSection[];
  /** Every year's rows in one table: the page's CSV. */
  tables: TableModel[];
  charts: ChartSpec[];
}

const COLUMNS: TableColumn[] = [
  { key: 'metric', label: '指标' },
  { key: 'value', label: '本部门', numeric: true },
  { key: 'basis', label: '口径' },
  { key: 'rank', label: '位次（由高到低）', numeric: true },
  { key: 'percentile', label: '高于同级部门的比例', numeric: true },
  { key: 'median', label: '同级中位数', numeric: true },
  { key: 'compared', label: '参与比较的部门数', numeric: true },
  { key: 'left-out', label: '未参与比较的部门数', numeric: true },
  { key: 'note', label: '说明', csvOnly: true },
];

/** The columns of a body's peers CSV (all years in one table). */
export const PEERS_CSV_COLUMNS: TableColumn[] = [{ key: 'year', label: '年度' }, { key: 'group', label: '同级部门' }, ...COLUMNS];

/** A value in a metric's unit: "98.50%", "1,234.5 万元", "12.34 万元/人", "86.5 分". */
export function showValue(value: Decimal, metric: Metric): string {
  const plain = groupThousands(toPlainString(value));
  return metric.unit === '%' ? `${plain}%` : `${plain} ${metric.unit}`;
}

const leftOutId = (year: number, metric: Metric) => `left-out-${year}-${metric.id}`;
const dash = (note?: string): TableCell => ({ text: '—', csv: '', numeric: true, note });

function row(subject: string, year: number, metric: Metric, s: Standing): TableCell[] {
  const m = s.subject;
  const value: TableCell = m
    ? { text: m.display, csv: toPlainString(m.value), numeric: true, href: `${m.source}/`, source: m.source, path: m.path, note: m.explanation ? '明账计算' : undefined }
    : dash(s.absent);
  return [
    { text: metric.label, term: metric.term },
    value,
    { text: m?.basis ?? '—' },
    s.rank !== undefined ? { text: `${s.rank} / ${s.compared.length}`, csv: String(s.rank), numeric: true } : dash(s.unranked),
    s.percentile !== undefined ? { text: `${toPlainString(s.percentile)}%`, csv: toPlainString(s.percentile), numeric: true } : dash(),
    s.median !== undefined ? { text: showValue(s.median, metric), csv: toPlainString(s.median), numeric: true } : dash(),
    m ? { text: String(s.compared.length), numeric: true } : dash(),
    !m ? dash() : s.leftOut.length > 0 ? { text: String(s.leftOut.length), numeric: true, href: `${peersPath(subject)}#${leftOutId(year, metric)}` } : { text: '0', numeric: true },
    { text: [s.absent, s.unranked].filter(Boolean).join('；') },
  ];
}

function groups(leftOut: LeftOut[]): LeftOutGroup[] {
  const byReason = new Map<string, DepartmentInput[]>();
  for (const { department, reason } of leftOut) {
    const list = byReason.get(reason);
    if (list) list.push(department);
    else byReason.set(reason, [department]);
  }
  return [...byReason].map(([reason, bodies]) => ({ reason, named: bodies.slice(0, LEFT_OUT_NAMED), more: Math.max(0, bodies.length - LEFT_OUT_NAMED) }));
}

function section(summaries: readonly DisclosureSummary[], departments: readonly DepartmentInput[], subject: DepartmentInput, year: number): PeerYearSection {
  const comparison = peerComparison(summaries, departments, subject, year);
  return {
    year,
    comparison,
    table: {
      id: `peers-${year}`,
      caption: `${year} 年度${subject.data.shortName}与${comparison.group.scope === 'province' ? '同省' : '全国'}同级部门比较`,
      columns: COLUMNS,
      rows: comparison.rows.map((r) => row(subject.id, year, r.metric, r.standing)),
      csvPath: peersCsvPath(subject.id),
      rowIds: comparison.rows.map((r) => `peers-${year}-${r.metric.id}`),
      footnote: `同级部门：${comparison.group.description}。位次和比例只在口径相同的部门之间计算，并列的部门位次相同；“—”表示没有这个数字或不排位，原因写在格内。`,
    },
    leftOut: comparison.rows.filter((r) => r.standing.leftOut.length > 0).map((r) => ({ id: leftOutId(year, r.metric), metric: r.metric, groups: groups(r.standing.leftOut) })),
  };
}

/** The newest year's percentiles as bars, from the same rows as its table. */
function percentileChart(subject: DepartmentInput, s: PeerYearSection): ChartSpec | undefined {
  const ranked = s.comparison.rows.filter((r) => r.standing.percentile !== undefined);
  if (ranked.length === 0) return undefined;
  const id = `peers-${subject.id}`;
  const title = `${s.year} 年度${subject.data.shortName}高于同级部门的比例`;
  return {
    id,
    type: 'bar',
    horizontal: true,
    title,
    unit: '%',
    categories: ranked.map((r) => r.metric.label),
    series: [{ label: '高于同级部门的比例', values: ranked.map((r) => Number(toPlainString(r.standing.percentile!))) }],
    table: {
      id,
      caption: `${title}（数据表）`,
      columns: [{ key: 'metric', label: '指标' }, { key: 's0', label: '高于同级部门的比例（%）', numeric: true }],
      rows: ranked.map((r) => [{ text: r.metric.label, href: `${peersPath(subject.id)}#peers-${s.year}-${r.metric.id}` }, { text: `${toPlainString(r.standing.percentile!)}%`, csv: toPlainString(r.standing.percentile!), numeric: true }]),
      csvPath: `data/charts/${id}.csv`,
      footnote: '100% 表示数值高于全部口径相同的同级部门，0% 表示低于或等于全部；高低本身不代表好坏。',
    },
  };
}

/**
 * A body's peer table without its rows: what the datapackage says of its CSV. Every body has
 * one, so the datapackage does not compute every body's standing among its peers (the
 * cross-year core is rebuilt on every change; a body's peers page only when its group's
 * figures change).
 */
export function peersTableHead(subject: DepartmentInput): Omit<TableModel, 'rows'> {
  return { id: `peers-${subject.id}`, caption: `${subject.data.shortName}与同级部门比较（各年度）`, columns: PEERS_CSV_COLUMNS, csvPath: peersCsvPath(subject.id) };
}

/** The peer page of one body, remembered as the other page models are (its page and its CSV ask for it; page-models.ts). */
export function peersPageModel(summaries: readonly DisclosureSummary[], departments: readonly DepartmentInput[], subject: DepartmentInput): PeersPageModel {
  return remembered(summaries, `peers/${subject.id}`, [departments, subject], () => makePeersPageModel(summaries, departments, subject));
}

function makePeersPageModel(summaries: readonly DisclosureSummary[], departments: readonly DepartmentInput[], subject: DepartmentInput): PeersPageModel {
  const sections = yearsOfBody(summaries, subject.id).map((year) => section(summaries, departments, subject, year));
  const all: TableModel = {
    ...peersTableHead(subject),
    rows: sections.flatMap((s) => s.table.rows.map((cells) => [{ text: String(s.year) }, { text: s.comparison.group.description }, ...cells])),
  };
  const chart = sections[0] ? percentileChart(subject, sections[0]) : undefined;
  return { sections, tables: [all], charts: chart ? [chart] : [] };
}
