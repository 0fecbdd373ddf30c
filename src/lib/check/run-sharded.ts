/**
 * `npm run check` over a corpus of any size: runChecks shard by shard (shards.ts), keeping
 * only what the report needs from each, so memory is bounded by the largest shard. The
 * problems are those of one run over everything, in the same order.
 */
import { createHash } from 'node:crypto';
import type { DisclosureAudit } from '../score/audit-and-score.ts';
import type { CheckMemo, ShardOutcome } from './check-memo.ts';
import type { CheckResult, ContentSource } from './check-content.ts';
import { type Problem, sortProblems } from './problem.ts';
import { runChecks } from './run-checks.ts';
import { DEFAULT_SHARD_DISCLOSURES, planShards, shardSource } from './shards.ts';

export interface ShardedResult {
  /** Every problem, or only the errors with `errorsOnly`. */
  problems: Problem[];
  /** How many warnings (提示) there are, kept or not. */
  warnings: number;
  counts: CheckResult['counts'];
  shards: number;
}

export interface ShardedOptions {
  memo?: CheckMemo;
  maxDisclosures?: number;
  /** Gets each shard's audits as the shard ends (to print or keep what is needed), then they are dropped. */
  onAudits?: (audits: Map<string, DisclosureAudit>) => void;
  /**
   * Keep the errors and count the warnings: what a build needs to pass or fail, whose pages
   * show the warnings as findings: 344,054 of them in the bench's corpus of 150,000, each
   * with its message, line and rule.
   */
  errorsOnly?: boolean;
}

export function runShardedChecks(source: ContentSource, options: ShardedOptions = {}): ShardedResult {
  const shards = planShards(source.files, options.maxDisclosures ?? DEFAULT_SHARD_DISCLOSURES);
  const problems: Problem[] = [];
  let warnings = 0;
  const counts = { departments: 0, disclosures: 0, articles: 0 };
  const memo = options.memo;
  for (const departments of shards) {
    const shard = shards.length === 1 ? source : shardSource(source, departments);
    // A caller that wants the audits gets them fresh; otherwise an unchanged shard's outcome is reused.
    const key = memo?.shardOutcome && !options.onAudits ? `${options.errorsOnly ? 'errors:' : ''}${shardKey(shard)}` : undefined;
    const kept = key === undefined ? undefined : memo!.shardOutcome!(key);
    const run = kept ? undefined : runChecks(shard, memo);
    const outcome = kept ?? outcomeOf(run!, options.errorsOnly);
    if (key !== undefined && run) memo!.keepShard?.(key, outcome);
    warnings += outcome.warnings ?? outcome.problems.filter((p) => p.severity === 'warning').length;
    for (const problem of outcome.problems) problems.push(problem);
    counts.departments += outcome.counts.departments;
    counts.disclosures += outcome.counts.disclosures;
    counts.articles += outcome.counts.articles;
    if (run) options.onAudits?.(run.audits);
  }
  return { problems: sortProblems(problems), warnings, counts, shards: shards.length };
}

/** What is kept of a shard's run: every problem, or its errors and how many warnings it had. */
function outcomeOf(run: CheckResult, errorsOnly = false): ShardOutcome {
  if (!errorsOnly) return { problems: run.problems, counts: run.counts };
  return { problems: run.problems.filter((p) => p.severity === 'error'), warnings: run.problems.filter((p) => p.severity === 'warning').length, counts: run.counts };
}

/**
 * A hash of everything a shard's check reads: its files' paths and bytes, or their digests
 * where the source keeps them (originals too, whose text is extracted from them), the faults
 * found listing them, and the departments it knows of. The code's version is the memo's own key.
 */
function shardKey(shard: ContentSource): string {
  const hash = createHash('sha256').update(shard.root).update('\0').update(JSON.stringify(shard.knownDepartments ?? [])).update('\0').update(JSON.stringify(shard.faults ?? []));
  const bytes = shard.fingerprint ?? shard.readBytes ?? ((path: string) => new TextEncoder().encode(shard.read(path)));
  for (const path of shard.files) hash.update('\0').update(path).update('\0').update(bytes(path));
  return hash.digest('base64url');
}
