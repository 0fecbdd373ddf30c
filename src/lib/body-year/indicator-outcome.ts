/**
 * Whether one indicator's 实际完成值 meets its 年度指标值: the national standard's
 * reading of the target (src/lib/standards/target-outcome.ts: ≥, ≤, ranges, 不低于 …),
 * decided exactly and only when both are a number in the same unit.
 */
import { targetOutcome, type TargetOutcome } from '../standards/target-outcome.ts';

export type Outcome = TargetOutcome;

export function indicatorOutcome(target: string | undefined, actual: string | undefined, nature?: string): Outcome {
  return targetOutcome(target, actual, { nature });
}
