/**
 * The national views, each a table of bounded size with its CSV: 三公经费, execution rates
 * by level and province, and the disclosure coverage grid. A view's filters (year,
 * province) are path segments, so every filtered table is a static page of its own with a
 * permalink, readable without JavaScript; a page holds one province's bodies at most, never
 * the whole corpus.
 */
import { LEVELS } from '../../schemas/department.ts';
import { toPlainString } from '../money.ts';
import { kindName } from '../disclosure-ref.ts';
import { formatPublishedFigure } from '../format/figure.ts';
import { fiscalYears, type DepartmentInput, type DisclosureSummary } from '../figures/corpus.ts';
import type { TableCell, TableModel } from '../figures/table-model.ts';
import { coverageCount, coverageRow, YEARLY_KINDS } from '../peers/coverage.ts';
import { COMMON_RATE_BASIS, rateGroup } from '../peers/execution.ts';
import { bodiesByProvince, type ProvinceBodies } from '../peers/regions.ts';
import { THREE_PUBLIC_PARTS, threePublicRows, wanOf } from '../peers/three-public.ts';
import { peersPath } from './peers.ts';

export type NationalView = 'three-public' | 'execution' | 'coverage';
export const NATIONAL_VIEWS: Record<NationalView, string> = { 'three-public': '“三公”经费', execution: '预算执行率', coverage: '公开情况' };

/** Page of a view, optionally filtered: "national/three-public/2023/gd/", "national/coverage/2023/gd/city/". */
export const nationalPath = (view: NationalView, year?: number, province?: string, level?: Level): string => ['national', view, year, province, level].filter((x) => x !== undefined).join('/') + '/';

export type Level = keyof typeof LEVELS;
/** The views whose year × province pages also split by level: their rows are bodies, and a province can hold a hundred. */
export const LEVEL_VIEWS = ['three-public', 'coverage'] as const satisfies readonly NationalView[];
export type LevelView = (typeof LEVEL_VIEWS)[number];

/** A province's bodies of one level (all when `level` is absent), and the caption's words for it. */
const ofLevel = (province: ProvinceBodies, level?: Level): { bodies: ProvinceBodies; words: string } =>
  level ? { bodies: { ...province, bodies: province.bodies.filter((d) => d.data.level === level) }, words: `${province.name}${LEVELS[level]}` } : { bodies: province, words: province.name };
const csvOf = (page: string) => `data/${page.replace(/\/$/, '')}.csv`;

const LEVEL_KEYS = Object.keys(LEVELS) as (keyof typeof LEVELS)[];
const num = (text: string, csv = text): TableCell => ({ text, csv, numeric: true });
const NONE: TableCell = { text: '—', csv: '', numeric: true };
const body = (d: DepartmentInput): TableCell => ({ text: d.data.shortName, href: `departments/${d.id}/` });
const levelCell = (d: DepartmentInput): TableCell => ({ text: LEVELS[d.data.level] });
const stated = (value: string, source: string, path: string): TableCell => ({ text: formatPublishedFigure(value), csv: toPlainString(wanOf(value)), numeric: true, href: `${source}/`, source, path });

/** A filtered view's table and the bodies it leaves out, with why. */
export interface NationalPage {
  table: TableModel;
  /** Bodies of the filter that have no row or no figure, by reason. */
  notes: { reason: string; bodies: DepartmentInput[] }[];
}

/** Years × provinces: how many bodies state 三公 in their 决算, of the bodies filed. */
export function threePublicIndex(summaries: DisclosureSummary[], departments: DepartmentInput[]): TableModel {
  const years = fiscalYears(summaries);
  const page = nationalPath('three-public');
  return {
    id: 'three-public-index',
    caption: '各省份各年度列出“三公”经费的部门数 / 收录的部门数',
    columns: [{ key: 'province', label: '省份' }, ...years.map((y) => ({ key: `y${y}`, label: `${y} 年度`, numeric: true }))],
    rows: bodiesByProvince(departments).map((p) => [{ text: p.name }, ...years.map((y) => {
      const { rows } = threePublicRows(summaries, p.bodies, y);
      return { text: `${rows.length} / ${p.bodies.length}`, csv: String(rows.length), numeric: true, href: nationalPath('three-public', y, p.code) };
    })]),
    csvPath: csvOf(page),
    footnote: '点击数字查看该省份该年度各部门的“三公”经费；CSV 中为列出“三公”经费（预算或决算）的部门数。',
  };
}

/** One year × province: each body's 三公 as its 预算 and 决算 state them. */
export function threePublicPage(summaries: DisclosureSummary[], all: ProvinceBodies, year: number, level?: Level): NationalPage {
  const { bodies: province, words } = ofLevel(all, level);
  const { rows, silent } = threePublicRows(summaries, province.bodies, year);
  const page = nationalPath('three-public', year, province.code, level);
  return {
    table: {
      id: 'three-public',
      caption: `${year} 年度${words}各部门“三公”经费`,
      columns: [
        { key: 'department', label: '部门' }, { key: 'level', label: '层级' },
        { key: 'budget', label: '预算数', numeric: true, term: 'three-public' }, { key: 'final', label: '决算数', numeric: true },
        ...THREE_PUBLIC_PARTS.map(([k, label]) => ({ key: k, label: `决算：${label}`, numeric: true })),
        { key: 'change', label: '决算较上年增减率', numeric: true },
      ],
      rows: rows.map((r) => [
        body(r.department), levelCell(r.department),
        r.budget ? stated(r.budget.stated, r.budget.source, 'threePublic.total') : NONE,
        r.final ? stated(r.final.stated, r.final.source, 'threePublic.total') : NONE,
        ...THREE_PUBLIC_PARTS.map(([k]) => (r.final?.parts[k] ? stated(r.final.parts[k]!, r.final.source, `threePublic.${k}`) : NONE)),
        r.change ? { ...num(`${toPlainString(r.change.rate)}%`, toPlainString(r.change.rate)), note: `上年 ${formatPublishedFigure(r.change.previous)}` } : NONE,
      ]),
      rowKeys: rows.map((r) => ({ department: r.department.id })),
      csvPath: csvOf(page),
      footnote: '金额按原文单位照录，CSV 中统一换算为万元。预算数与决算数分列，不互相替代；增减率 =（本年决算数 − 上年决算数）÷ 上年决算数，明账计算，保留两位小数。',
    },
    notes: silent.length > 0 ? [{ reason: '该年度部门预算和部门决算均未列“三公”经费合计', bodies: silent }] : [],
  };
}

const rateCell = (group: ReturnType<typeof rateGroup>, href?: string): TableCell =>
  group.median ? { text: `${toPlainString(group.median)}%`, csv: toPlainString(group.median), numeric: true, href, note: `${group.rated.length} 个部门` } : { ...NONE, href, note: '无可比数字' };

/** Years × levels: the national median execution rate of each level. */
export function executionIndex(summaries: DisclosureSummary[], departments: DepartmentInput[]): TableModel {
  return {
    id: 'execution-index',
    caption: '各年度各层级预算执行率中位数（全国）',
    columns: [{ key: 'year', label: '年度' }, ...LEVEL_KEYS.map((l) => ({ key: l, label: LEVELS[l], numeric: true }))],
    rows: fiscalYears(summaries).map((y) => [{ text: `${y} 年度`, href: nationalPath('execution', y) }, ...LEVEL_KEYS.map((l) => rateCell(rateGroup(summaries, departments.filter((d) => d.data.level === l), y)))]),
    csvPath: csvOf(nationalPath('execution')),
    footnote: `执行率 = ${COMMON_RATE_BASIS} × 100%，按部门决算所列数字精确计算；按年初预算数计算的、未公开部门决算的不计入，各年度页列出。`,
  };
}

/** One year: provinces × levels, each cell the median and how many bodies it rests on. */
export function executionYear(summaries: DisclosureSummary[], departments: DepartmentInput[], year: number): TableModel {
  const provinces = bodiesByProvince(departments);
  const cells = (bodies: DepartmentInput[], href?: string) => {
    const all = rateGroup(summaries, bodies, year);
    return [...LEVEL_KEYS.map((l) => rateCell(rateGroup(summaries, bodies.filter((d) => d.data.level === l), year), href)), num(String(all.otherBasis.length)), num(String(all.absent.length))];
  };
  return {
    id: 'execution-year',
    caption: `${year} 年度各省份各层级预算执行率中位数`,
    columns: [{ key: 'province', label: '省份' }, ...LEVEL_KEYS.map((l) => ({ key: l, label: LEVELS[l], numeric: true })), { key: 'other-basis', label: '按年初预算数计算（未计入）', numeric: true }, { key: 'absent', label: '没有执行率（未计入）', numeric: true }],
    rows: [...provinces.map((p) => [{ text: p.name, href: nationalPath('execution', year, p.code) }, ...cells(p.bodies, nationalPath('execution', year, p.code))]), [{ text: '全国' }, ...cells(departments)]],
    csvPath: csvOf(nationalPath('execution', year)),
    footnote: `中位数只在${COMMON_RATE_BASIS}的部门之间计算，格内注明部门数；点击省份查看各部门。`,
  };
}

/** One year × province: each body's rate, or why it has none. */
export function executionProvince(summaries: DisclosureSummary[], province: ProvinceBodies, year: number): NationalPage {
  const group = rateGroup(summaries, province.bodies, year);
  const rated = [...group.rated, ...group.otherBasis];
  return {
    table: {
      id: 'execution',
      caption: `${year} 年度${province.name}各部门预算执行率`,
      columns: [{ key: 'department', label: '部门' }, { key: 'level', label: '层级' }, { key: 'rate', label: '执行率（明账计算）', numeric: true, term: 'execution-rate' }, { key: 'basis', label: '口径' }, { key: 'peers', label: '与同级比较' }],
      rows: rated.map(({ department, measure }) => [body(department), levelCell(department), { ...num(measure.display, toPlainString(measure.value)), href: `${measure.source}/`, source: measure.source }, { text: measure.basis }, { text: '同级比较', href: peersPath(department.id) }]),
      rowKeys: rated.map((r) => ({ department: r.department.id })),
      csvPath: csvOf(nationalPath('execution', year, province.code)),
      footnote: `执行率 = 决算支出合计 ÷ 预算数 × 100%，保留两位小数。按年初预算数计算的与按全年预算数计算的口径不同，省份中位数只计后者（${group.rated.length} 个部门）${group.median ? `：${toPlainString(group.median)}%` : ''}。`,
    },
    notes: [...Map.groupBy(group.absent, (a) => a.reason)].map(([reason, list]) => ({ reason, bodies: list.map((a) => a.department) })),
  };
}

/** Provinces × years: published / expected yearly documents. */
export function coverageIndex(summaries: DisclosureSummary[], departments: DepartmentInput[]): TableModel {
  const years = fiscalYears(summaries);
  return {
    id: 'coverage-index',
    caption: '各省份各年度已公开的年度文件数 / 应公开数（收录部门数 × 4 类）',
    columns: [{ key: 'province', label: '省份' }, ...years.map((y) => ({ key: `y${y}`, label: `${y} 年度`, numeric: true }))],
    rows: bodiesByProvince(departments).map((p) => [{ text: p.name }, ...years.map((y) => {
      const { published, expected } = coverageCount(p.bodies.map((d) => coverageRow(summaries, d, y)));
      return { text: `${published} / ${expected}`, csv: String(published), numeric: true, href: nationalPath('coverage', y, p.code) };
    })]),
    csvPath: csvOf(nationalPath('coverage')),
    footnote: '4 类年度文件：部门预算、部门决算、部门整体支出绩效目标、部门整体支出绩效自评报告；应公开数按明账收录的部门计。点击数字查看缺了哪些。',
  };
}

/** One year × province: every body × yearly kind, published or not. */
export function coveragePage(summaries: DisclosureSummary[], all: ProvinceBodies, year: number, level?: Level): NationalPage {
  const { bodies: province, words } = ofLevel(all, level);
  const rows = province.bodies.map((d) => coverageRow(summaries, d, year));
  return {
    table: {
      id: 'coverage',
      caption: `${year} 年度${words}各部门公开情况`,
      columns: [{ key: 'department', label: '部门' }, { key: 'level', label: '层级' }, ...YEARLY_KINDS.map((k) => ({ key: k, label: kindName(k) })), { key: 'projects', label: '项目支出绩效自评（份）', numeric: true }, { key: 'missing', label: '未公开' }],
      rows: rows.map((r) => [
        body(r.department), levelCell(r.department),
        ...YEARLY_KINDS.map((k): TableCell => (r.kinds[k] ? { text: '已公开', csv: '1', href: `${r.kinds[k]}/` } : { text: '未公开', csv: '0' })),
        num(String(r.projects)),
        { text: YEARLY_KINDS.filter((k) => !r.kinds[k]).map(kindName).join('、') || '无' },
      ]),
      rowKeys: rows.map((r) => ({ department: r.department.id })),
      csvPath: csvOf(nationalPath('coverage', year, province.code, level)),
      footnote: 'CSV 中 1 为已公开、0 为未公开。',
    },
    notes: [],
  };
}

/** A filter's options as links, the current one marked. */
export interface FilterOption { label: string; href: string; current: boolean }

/** The levels a province has bodies of, in LEVELS order. */
export const levelsOf = (province: ProvinceBodies): Level[] => LEVEL_KEYS.filter((l) => province.bodies.some((d) => d.data.level === l));

/**
 * The filters of a view's year × province page (and, for the level views, its level):
 * each option keeps the other filters. A province without bodies of the chosen level is
 * offered at all levels, since that page does not exist.
 */
export function nationalFilters(view: NationalView, years: number[], provinces: ProvinceBodies[], year: number, province: string, level?: Level): { label: string; options: FilterOption[] }[] {
  const current = provinces.find((p) => p.code === province);
  const filters = [
    { label: '年度', options: years.map((y) => ({ label: `${y}`, href: nationalPath(view, y, province, level), current: y === year })) },
    { label: '省份', options: provinces.map((p) => ({ label: p.name, href: nationalPath(view, year, p.code, level && levelsOf(p).includes(level) ? level : undefined), current: p.code === province })) },
  ];
  if (!(LEVEL_VIEWS as readonly NationalView[]).includes(view) || !current) return filters;
  const levels = [{ label: '全部', href: nationalPath(view, year, province), current: level === undefined }, ...levelsOf(current).map((l) => ({ label: LEVELS[l], href: nationalPath(view, year, province, l), current: l === level }))];
  return [...filters, { label: '层级', options: levels }];
}

/** Every year × province page of a view, for getStaticPaths. */
export function nationalPages(summaries: DisclosureSummary[], departments: DepartmentInput[]): { year: number; province: ProvinceBodies }[] {
  const provinces = bodiesByProvince(departments);
  return fiscalYears(summaries).flatMap((year) => provinces.map((province) => ({ year, province })));
}

/** Every year × province × level page of the level views: only the levels a province has bodies of. */
export function nationalLevelPages(summaries: DisclosureSummary[], departments: DepartmentInput[]): { year: number; province: ProvinceBodies; level: Level }[] {
  return nationalPages(summaries, departments).flatMap(({ year, province }) => levelsOf(province).map((level) => ({ year, province, level })));
}
