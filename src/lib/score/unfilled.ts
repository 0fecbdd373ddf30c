/**
 * A form never filled in or left incomplete (template text left, no scores, no actuals or
 * targets at all, for any of the three forms) is 未填写/不完整: the
 * quality index names it so and ranks it with neither 0 nor 100, because a score would
 * measure the template, not the department's disclosure.
 */
import type { RuleRun } from '../audit/audit-disclosure.ts';

/** Audit rules whose findings mean the form itself was left unfilled. */
export const UNFILLED_RULES = ['project.unfilled', 'self-evaluation.unfilled', 'performance-targets.unfilled'] as const;
export const INCOMPLETE_LABEL = '未填写/不完整';

/** The reasons a disclosure counts as unfilled, or undefined when it was filled in. */
export function unfilledReasons(runs: RuleRun[]): string[] | undefined {
  const reasons = runs.filter((r) => (UNFILLED_RULES as readonly string[]).includes(r.rule.id)).flatMap((r) => r.findings.map((f) => f.message));
  return reasons.length ? reasons : undefined;
}
