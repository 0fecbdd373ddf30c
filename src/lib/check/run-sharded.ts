/**
 * `npm run check` over a corpus of any size: runChecks shard by shard (shards.ts), keeping
 * only what the report needs from each, so memory is bounded by the largest shard. The
 * problems are those of one run over everything, in the same order.
 */
import type { DisclosureAudit } from '../score/audit-and-score.ts';
import type { CheckMemo } from './check-memo.ts';
import type { CheckResult, ContentSource } from './check-content.ts';
import { type Problem, sortProblems } from './problem.ts';
import { runChecks } from './run-checks.ts';
import { DEFAULT_SHARD_DISCLOSURES, planShards, shardSource } from './shards.ts';

export interface ShardedResult {
  problems: Problem[];
  counts: CheckResult['counts'];
  shards: number;
}

/** `onAudits` gets each shard's audits as the shard ends (to print or keep what is needed), then they are dropped. */
export function runShardedChecks(source: ContentSource, options: { memo?: CheckMemo; maxDisclosures?: number; onAudits?: (audits: Map<string, DisclosureAudit>) => void } = {}): ShardedResult {
  const shards = planShards(source.files, options.maxDisclosures ?? DEFAULT_SHARD_DISCLOSURES);
  const problems: Problem[] = [];
  const counts = { departments: 0, disclosures: 0, articles: 0 };
  for (const departments of shards) {
    const result = runChecks(shards.length === 1 ? source : shardSource(source, departments), options.memo);
    problems.push(...result.problems);
    counts.departments += result.counts.departments;
    counts.disclosures += result.counts.disclosures;
    counts.articles += result.counts.articles;
    options.onAudits?.(result.audits);
  }
  return { problems: sortProblems(problems), counts, shards: shards.length };
}
