/**
 * What the check learnt about a file that depends on nothing but its text and the code: the
 * MDX safety findings, and "this JSON parses cleanly and matches its schema". A partitioned
 * build keeps it between runs, so that a rebuild after one new disclosure does not parse
 * and validate 6,000 unchanged ones again (about half of the check's time at that size).
 *
 * Keyed by a hash of the text; the whole memo belongs to one version of the code (`key`),
 * and a memo of another version is ignored. A file with a problem is never remembered as
 * valid, so its problems are found again, at their lines. The rules that depend on more
 * than one file (paths, departments, duplicates, the audit) run again for a shard
 * (shards.ts) unless every byte it reads is as before: then its whole outcome is reused.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MdxFinding } from './mdx-safety.ts';
import type { Problem } from './problem.ts';
import { replaceFile } from '../files/replace-file.ts';

/** What a whole shard of the check found (run-sharded.ts), kept by a key of every byte it read. */
export interface ShardOutcome {
  problems: Problem[];
  /** When only the errors were kept (run-sharded.ts, errorsOnly): how many warnings there were. */
  warnings?: number;
  counts: { departments: number; disclosures: number; articles: number };
}

export interface CheckMemo {
  /** The text was seen before, parsing without error and matching the schema named. */
  isValid(schema: string, text: string): boolean;
  markValid(schema: string, text: string): void;
  /** The MDX findings of a text, from the memo or from `find`. */
  mdxFindings(text: string, allowFrontmatter: boolean, find: () => MdxFinding[]): MdxFinding[];
  /** A shard's outcome from an earlier run whose shard had the same key, if any. */
  shardOutcome?(key: string): ShardOutcome | undefined;
  keepShard?(key: string, outcome: ShardOutcome): void;
}

interface Stored {
  key: string;
  valid: string[];
  mdx: Record<string, MdxFinding[]>;
  shards?: Record<string, ShardOutcome>;
}

// The check asks about a JSON text twice in a row (isValid, then markValid): hashed once.
let lastText: string | undefined;
let lastHash = '';
const hashOf = (text: string) => {
  if (text !== lastText) (lastText = text), (lastHash = createHash('sha256').update(text).digest('base64url'));
  return lastHash;
};

/** A memo read from `file` (empty when absent, unreadable or of another code version); `save` writes what this run used. */
export function fileMemo(file: string, key: string): CheckMemo & { save(): void } {
  let stored: Stored = { key, valid: [], mdx: {} };
  try {
    if (existsSync(file)) {
      const read = JSON.parse(readFileSync(file, 'utf8')) as Partial<Stored>;
      if (read.key === key && Array.isArray(read.valid) && typeof read.mdx === 'object' && read.mdx !== null && !Array.isArray(read.mdx)) stored = read as Stored;
    }
  } catch {
    // A damaged memo is only a slower check.
  }
  const known = new Set(stored.valid);
  // Only what this run saw is kept: the memo does not grow with files long deleted.
  const valid = new Set<string>();
  const mdx = new Map<string, MdxFinding[]>();
  const shards = new Map<string, ShardOutcome>();
  return {
    isValid(schema, text) {
      const id = `${schema}:${hashOf(text)}`;
      if (!known.has(id)) return false;
      valid.add(id);
      return true;
    },
    markValid(schema, text) {
      valid.add(`${schema}:${hashOf(text)}`);
    },
    mdxFindings(text, allowFrontmatter, find) {
      const id = `${allowFrontmatter ? 'article' : 'body'}:${hashOf(text)}`;
      const findings = Object.hasOwn(stored.mdx, id) ? stored.mdx[id] : find();
      mdx.set(id, findings);
      return findings;
    },
    shardOutcome(shard) {
      const outcome = stored.shards && Object.hasOwn(stored.shards, shard) ? stored.shards[shard] : undefined;
      if (outcome) shards.set(shard, outcome);
      return outcome;
    },
    keepShard(shard, outcome) {
      shards.set(shard, outcome);
    },
    save() {
      const sorted = <T>(map: Map<string, T>) => Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)));
      const next: Stored = { key, valid: [...valid].sort(), mdx: sorted(mdx), shards: sorted(shards) };
      // Written whole, then moved into place: a check stopped half-way leaves the old memo,
      // and two checks saving at once each move their own file.
      try {
        mkdirSync(dirname(file), { recursive: true });
        replaceFile(file, JSON.stringify(next));
      } catch {
        // The memo only makes the next check faster; the check's report matters more.
      }
    },
  };
}
