/**
 * `npm run check` over a corpus of any size: runChecks shard by shard (shards.ts), keeping
 * only what the report needs from each, so memory is bounded by the largest shard. The
 * problems are those of one run over everything, in the same order.
 */
import { createHash } from 'node:crypto';
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
  const memo = options.memo;
  for (const departments of shards) {
    const shard = shards.length === 1 ? source : shardSource(source, departments);
    // A caller that wants the audits gets them fresh; otherwise an unchanged shard's outcome is reused.
    const key = memo?.shardOutcome && !options.onAudits ? shardKey(shard) : undefined;
    const kept = key === undefined ? undefined : memo!.shardOutcome!(key);
    const run = kept ? undefined : runChecks(shard, memo);
    const result = kept ?? run!;
    if (key !== undefined && run) memo!.keepShard?.(key, { problems: run.problems, counts: run.counts });
    problems.push(...result.problems);
    counts.departments += result.counts.departments;
    counts.disclosures += result.counts.disclosures;
    counts.articles += result.counts.articles;
    if (run) options.onAudits?.(run.audits);
  }
  return { problems: sortProblems(problems), counts, shards: shards.length };
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
