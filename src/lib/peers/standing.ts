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
  // Half of a sum needs at most one more decimal; it is dropped when it is 0 (100.000% → 100.00%).
  const half = divide(add(a, b), decimal(2), Math.max(a.scale, b.scale) + 1, 'half-up')!;
  return half.units % 10n === 0n ? { units: half.units / 10n, scale: half.scale - 1 } : half;
}

/** The members of a group that share one 口径 on a metric in a year, and the others with why. */
interface Bucket {
  compared: Standing['compared'];
  /** The compared values, ascending, for ranks by binary search. */
  sorted: Decimal[];
  median?: Decimal;
  leftOut: LeftOut[];
}

const buckets = new WeakMap<readonly DisclosureSummary[], WeakMap<readonly DepartmentInput[], Map<string, Bucket>>>();

/**
 * A group's bucket of one basis, computed once: every member of a group asks for the same
 * one, and building it per member made a page cost the square of its group's size.
 */
function bucketOf(summaries: readonly DisclosureSummary[], members: readonly DepartmentInput[], year: number, metric: MetricId, basis: string): Bucket {
  let byGroup = buckets.get(summaries);
  if (!byGroup) buckets.set(summaries, (byGroup = new WeakMap()));
  let byKey = byGroup.get(members);
  if (!byKey) byGroup.set(members, (byKey = new Map()));
  const key = `${year}/${metric}/${basis}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const compared: Standing['compared'] = [];
  const leftOut: LeftOut[] = [];
  for (const department of members) {
    const reading = readMetric(summaries, department, year, metric);
    const same = reading.candidates.find((c) => c.basis === basis);
    if (same) compared.push({ department, measure: same });
    else if (reading.candidates.length === 0) leftOut.push({ department, reason: reading.absent ?? '未公开' });
    else leftOut.push({ department, reason: `口径不同：${reading.candidates.map((c) => c.basis).join('、')}（本部门为${basis}）` });
  }
  const sorted = compared.map((c) => c.measure.value).sort(compare);
  const bucket = { compared, sorted, median: median(sorted), leftOut };
  byKey.set(key, bucket);
  return bucket;
}

/** How many of the ascending `sorted` are below `value` (strict) or at most `value`. */
function countBelow(sorted: readonly Decimal[], value: Decimal, orEqual: boolean): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compare(sorted[mid], value);
    if (c < 0 || (orEqual && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The subject's standing on `metric` in `year` among `members` (its peer group, which includes it). */
export function standing(summaries: readonly DisclosureSummary[], subject: DepartmentInput, members: readonly DepartmentInput[], year: number, metric: MetricId): Standing {
  const own = readMetric(summaries, subject, year, metric);
  const mine = own.candidates[0];
  // Without a value of its own there is no basis to compare on: peers' values of mixed bases have no fair median.
  if (!mine) return { metric, absent: own.absent, compared: [], leftOut: [] };
  const bucket = bucketOf(summaries, members, year, metric, mine.basis);
  if (!bucket.compared.some((c) => c.department.id === subject.id)) throw new Error(`${subject.id} is not a member of the peer group it is compared in`);
  // The subject first, then its peers in listing order.
  const compared = [{ department: subject, measure: mine }, ...bucket.compared.filter((c) => c.department.id !== subject.id)];
  // A median of the subject alone says nothing about its peers.
  const result: Standing = { metric, subject: mine, compared, median: compared.length > 1 ? bucket.median : undefined, leftOut: bucket.leftOut };
  if (compared.length < MIN_RANKED) {
    result.unranked = `与本部门口径相同的同级部门不足 ${MIN_RANKED} 个，不排位`;
    return result;
  }
  const lower = countBelow(bucket.sorted, mine.value, false);
  const higher = bucket.sorted.length - countBelow(bucket.sorted, mine.value, true);
  result.rank = higher + 1;
  result.percentile = divide(decimal(lower * 100), decimal(compared.length - 1), 0, 'half-up');
  return result;
}
