/**
 * Execution rates by level and province, for the national view: per group the median of
 * the rates computed on 全年预算数 (the common 口径), how many bodies it rests on, and how
 * many are left out — on 年初预算数, or with no rate at all.
 */
import type { Decimal } from '../money.ts';
import type { DepartmentInput, DisclosureSummary } from '../figures/corpus.ts';
import { readMetric, type Measure } from './measures.ts';
import { median } from './standing.ts';

/** The 口径 the national view compares on. */
export const COMMON_RATE_BASIS = '决算支出 ÷ 全年预算数';

export interface RateGroup {
  /** Bodies with a rate on the common basis, each with it. */
  rated: { department: DepartmentInput; measure: Measure }[];
  median?: Decimal;
  /** Bodies whose rate is on another basis. */
  otherBasis: { department: DepartmentInput; measure: Measure }[];
  /** Bodies with no rate that year, with why. */
  absent: { department: DepartmentInput; reason: string }[];
}

/** The rates of `bodies` in `year`, grouped as the national view shows them. */
export function rateGroup(summaries: readonly DisclosureSummary[], bodies: readonly DepartmentInput[], year: number): RateGroup {
  const group: RateGroup = { rated: [], otherBasis: [], absent: [] };
  for (const department of bodies) {
    const reading = readMetric(summaries, department, year, 'execution-rate');
    const measure = reading.candidates[0];
    if (!measure) group.absent.push({ department, reason: reading.absent ?? '未公开' });
    else if (measure.basis === COMMON_RATE_BASIS) group.rated.push({ department, measure });
    else group.otherBasis.push({ department, measure });
  }
  group.median = median(group.rated.map((r) => r.measure.value));
  return group;
}
