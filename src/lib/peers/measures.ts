/**
 * What one body-year offers each metric: its candidate values, best first, each with the
 * 口径 it is computed on and the disclosure it comes from; or, when it offers none, why.
 * Peers take the candidate of the subject's 口径 (a 决算 figure is compared with 决算
 * figures), so a body is never ranked on a figure of another basis.
 */
import type { DisclosureKind } from '../../schemas/disclosure.ts';
import { KIND_NAMES } from '../../schemas/disclosure.ts';
import { decimal, divide, isZero, parseAmount, subtract, toPlainString, toWanYuan, type Decimal } from '../money.ts';
import { kindName } from '../disclosure-ref.ts';
import { disclosuresOf, type DepartmentInput, type DisclosureSummary } from '../figures/corpus.ts';
import { formatPublishedFigure, groupThousands } from '../format/figure.ts';
import type { MetricId } from './metrics.ts';

/** One value a body-year offers a metric. */
export interface Measure {
  /** Exact, in the metric's unit. */
  value: Decimal;
  /** As the page shows it (published figures as printed). */
  display: string;
  /** 口径: only values of the same basis are compared. */
  basis: string;
  /** The disclosure it comes from. */
  source: string;
  /** JSON path of the stated figure, where the value is one. */
  path?: string;
  /** How it was computed, where it was. */
  explanation?: string;
}

/** A metric's candidates for one body-year, best first; empty with a reason when there are none. */
export interface Reading {
  candidates: Measure[];
  /** Why there is no value, when `candidates` is empty. */
  absent?: string;
}

const PLACES = 2;
const percent = (d: Decimal) => `${toPlainString(d)}%`;
const pick = (summaries: readonly DisclosureSummary[], kind: DisclosureKind) => summaries.find((s) => s.data.kind === kind);
const none = (absent: string): Reading => ({ candidates: [], absent });
const of = (candidates: Measure[], absent: string): Reading => (candidates.length > 0 ? { candidates } : none(absent));

/** 全年预算数 (total / adjusted) and 年初预算数 are different denominators. */
const rateBasis = (budgetPath: string) => (budgetPath === 'budget.initial' ? '决算支出 ÷ 年初预算数' : '决算支出 ÷ 全年预算数');

function executionRate(own: readonly DisclosureSummary[]): Reading {
  const final = pick(own, 'final-accounts');
  if (!final) return none('该年度未公开部门决算');
  const { computedRate, budget, spending } = final.figures;
  if (!budget || !spending) return none(budget ? '部门决算未列支出合计' : '部门决算未列预算数');
  if (!computedRate) return none('预算数为 0，无法计算执行率');
  return { candidates: [{ value: computedRate.decimal, display: computedRate.display, basis: rateBasis(budget.path), source: final.id, explanation: computedRate.explanation }] };
}

function basicShare(own: readonly DisclosureSummary[]): Reading {
  const candidates = (['final-accounts', 'budget'] as const).flatMap((kind) => {
    const s = pick(own, kind);
    const share = s?.figures.basicShare;
    return s && share ? [{ value: share.decimal, display: share.display, basis: kind === 'final-accounts' ? '决算数' : '预算数', source: s.id, explanation: share.explanation }] : [];
  });
  return of(candidates, '部门预算和部门决算均未同时列出基本支出与项目支出');
}

/** The stated 三公 total of one disclosure, in 万元. */
export function threePublicOf(s: DisclosureSummary | undefined): { wan: Decimal; stated: string } | undefined {
  const total = s && 'threePublic' in s.data ? s.data.threePublic?.total : undefined;
  return total === undefined ? undefined : { wan: toWanYuan(parseAmount(total)), stated: total };
}

const THREE_PUBLIC_KINDS = ['final-accounts', 'budget'] as const;
const basisOfKind = (kind: DisclosureKind) => (kind === 'final-accounts' ? '决算数' : '预算数');

function threePublic(own: readonly DisclosureSummary[]): Reading {
  const candidates = THREE_PUBLIC_KINDS.flatMap((kind) => {
    const s = pick(own, kind);
    const figure = threePublicOf(s);
    return s && figure ? [{ value: figure.wan, display: formatPublishedFigure(figure.stated), basis: basisOfKind(kind), source: s.id, path: 'threePublic.total' }] : [];
  });
  return of(candidates, '部门预算和部门决算均未列“三公”经费合计');
}

/** (this − previous) ÷ previous × 100%, 2 decimals; undefined when previous is 0. */
export function changeRate(current: Decimal, previous: Decimal): Decimal | undefined {
  return isZero(previous) ? undefined : divide(subtract(current, previous), previous, PLACES, 'half-up', 2);
}

function threePublicChange(summaries: readonly DisclosureSummary[], department: string, year: number): Reading {
  const own = disclosuresOf(summaries, department, year);
  const before = disclosuresOf(summaries, department, year - 1);
  const reasons: string[] = [];
  const candidates = THREE_PUBLIC_KINDS.flatMap((kind): Measure[] => {
    const now = threePublicOf(pick(own, kind));
    if (!now) return [];
    const then = threePublicOf(pick(before, kind));
    if (!then) {
      reasons.push(`${year - 1} 年度未公开${kindName(kind)}的“三公”经费`);
      return [];
    }
    const rate = changeRate(now.wan, then.wan);
    if (!rate) {
      reasons.push(`${year - 1} 年度${kindName(kind)}的“三公”经费为 0，无法计算增减率`);
      return [];
    }
    const explanation = `（${formatPublishedFigure(now.stated)} − ${formatPublishedFigure(then.stated)}）÷ ${formatPublishedFigure(then.stated)} × 100%，四舍五入保留 ${PLACES} 位小数`;
    return [{ value: rate, display: percent(rate), basis: basisOfKind(kind), source: pick(own, kind)!.id, explanation }];
  });
  return of(candidates, reasons[0] ?? '该年度未列“三公”经费合计');
}

type StaffKey = 'authorizedPosts' | 'actualStaff';
const STAFF_NAMES: Record<StaffKey, string> = { authorizedPosts: '编制数', actualStaff: '实有人数' };

function spendingPer(own: readonly DisclosureSummary[], department: DepartmentInput, year: number, key: StaffKey): Reading {
  const count = department.data.years?.find((y) => y.year === year)?.[key];
  if (count === undefined) return none(`原文未写明该年度${STAFF_NAMES[key]}`);
  if (count === 0) return none(`该年度${STAFF_NAMES[key]}为 0`);
  const candidates = (['final-accounts', 'budget'] as const).flatMap((kind) => {
    const s = pick(own, kind);
    const total = s?.data.kind === kind && 'spending' in s.data ? s.data.spending?.total : undefined;
    if (!s || total === undefined) return [];
    const value = divide(toWanYuan(parseAmount(total)), decimal(count), PLACES, 'half-up')!;
    return [{ value, display: `${groupThousands(toPlainString(value))} 万元/人`, basis: `${basisOfKind(kind)} ÷ ${STAFF_NAMES[key]}`, source: s.id, explanation: `${formatPublishedFigure(total)} ÷ ${count} 人，四舍五入保留 ${PLACES} 位小数` }];
  });
  return of(candidates, '部门预算和部门决算均未列支出合计');
}

function quality(own: readonly DisclosureSummary[], kind: DisclosureKind): Reading {
  const s = pick(own, kind);
  if (!s) return none(`该年度未公开${kindName(kind)}`);
  const q = s.audit?.scores?.quality;
  if (!q) return none('没有公开质量评分');
  if (q.incomplete) return none(`评分不完整：${q.incomplete.label}`);
  return { candidates: [{ value: decimal(q.total), display: `${q.total} 分`, basis: `评分细则 ${q.version ?? '（未注明版本）'}`, source: s.id }] };
}

const readings = new WeakMap<readonly DisclosureSummary[], Map<string, Reading>>();

/**
 * A body-year's reading of one metric, computed once per summaries array: every body of a
 * peer group asks for every other's (the array must not change after it is first asked).
 */
export function readMetric(summaries: readonly DisclosureSummary[], department: DepartmentInput, year: number, metric: MetricId): Reading {
  let memo = readings.get(summaries);
  if (!memo) readings.set(summaries, (memo = new Map()));
  const key = `${department.id}/${year}/${metric}`;
  let reading = memo.get(key);
  if (!reading) memo.set(key, (reading = computeReading(summaries, department, year, metric)));
  return reading;
}

function computeReading(summaries: readonly DisclosureSummary[], department: DepartmentInput, year: number, metric: MetricId): Reading {
  const own = disclosuresOf(summaries, department.id, year);
  if (own.length === 0) return none('该年度未公开任何文件');
  switch (metric) {
    case 'execution-rate': return executionRate(own);
    case 'basic-share': return basicShare(own);
    case 'three-public': return threePublic(own);
    case 'three-public-change': return threePublicChange(summaries, department.id, year);
    case 'spending-per-post': return spendingPer(own, department, year, 'authorizedPosts');
    case 'spending-per-staff': return spendingPer(own, department, year, 'actualStaff');
  }
  const kind = metric.slice('quality-'.length) as DisclosureKind;
  if (!KIND_NAMES.includes(kind)) throw new Error(`unknown metric ${metric}`);
  return quality(own, kind);
}
