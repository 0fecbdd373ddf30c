/**
 * Where a body stands among its peers on one metric: its rank (from the highest value),
 * the share of comparable peers below it, the exact median, and how many bodies these rest
 * on. Only values of the subject's 口径 take part; every other peer is listed with why.
 */
import { add, compare, decimal, divide, type Decimal } from '../money.ts';
import type { DepartmentInput, DisclosureSummary } from '../figures/corpus.ts';
import { readMetric, type Measure } from './measures.ts';
import type { MetricId } from './metrics.ts';

/** Fewer comparable bodies than this (the subject included) get no rank. */
export const MIN_RANKED = 3;

export interface LeftOut {
  department: DepartmentInput;
  reason: string;
}

export interface Standing {
  metric: MetricId;
  /** The subject's value, when it has one. */
  subject?: Measure;
  /** Why the subject has none. */
  absent?: string;
  /** Bodies compared (the subject included), with the value each is compared on. */
  compared: { department: DepartmentInput; measure: Measure }[];
  /** 1 = highest value; ties share a rank. */
  rank?: number;
  /** Share of the other compared bodies with a lower value, in whole per cent. */
  percentile?: Decimal;
  /** Median of the compared values, exact; only when the subject has peers to compare with. */
  median?: Decimal;
  /** Why there is no rank, when the subject has a value but too few peers share its basis. */
  unranked?: string;
  leftOut: LeftOut[];
}

/** The exact median of values (sorted or not); undefined for none. */
export function median(values: readonly Decimal[]): Decimal | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort(compare);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid];
  const [a, b] = [sorted[mid - 1], sorted[mid]];
  return divide(add(a, b), decimal(2), Math.max(a.scale, b.scale) + 1, 'half-up');
}

/** The subject's standing on `metric` in `year` among `members` (its peer group). */
export function standing(summaries: readonly DisclosureSummary[], subject: DepartmentInput, members: readonly DepartmentInput[], year: number, metric: MetricId): Standing {
  const own = readMetric(summaries, subject, year, metric);
  const mine = own.candidates[0];
  // Without a value of its own there is no basis to compare on: peers' values of mixed bases have no fair median.
  if (!mine) return { metric, absent: own.absent, compared: [], leftOut: [] };
  const compared: Standing['compared'] = [];
  const leftOut: LeftOut[] = [];
  for (const department of members) {
    if (department.id === subject.id) continue;
    const reading = readMetric(summaries, department, year, metric);
    if (reading.candidates.length === 0) {
      leftOut.push({ department, reason: reading.absent ?? '未公开' });
      continue;
    }
    const same = reading.candidates.find((c) => c.basis === mine.basis);
    if (same) compared.push({ department, measure: same });
    else leftOut.push({ department, reason: `口径不同：${reading.candidates.map((c) => c.basis).join('、')}（本部门为${mine.basis}）` });
  }
  compared.unshift({ department: subject, measure: mine });
  const values = compared.map((c) => c.measure.value);
  // A median of the subject alone says nothing about its peers.
  const result: Standing = { metric, subject: mine, compared, median: compared.length > 1 ? median(values) : undefined, leftOut };
  if (compared.length < MIN_RANKED) {
    result.unranked = `与本部门口径相同的同级部门不足 ${MIN_RANKED} 个，不排位`;
    return result;
  }
  const higher = values.filter((v) => compare(v, mine.value) > 0).length;
  const lower = values.filter((v) => compare(v, mine.value) < 0).length;
  result.rank = higher + 1;
  result.percentile = divide(decimal(lower * 100), decimal(values.length - 1), 0, 'half-up');
  return result;
}
