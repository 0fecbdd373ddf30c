/**
 * What the build's keys read of each content file, kept between builds: its SHA-256 and, for
 * a disclosure's JSON, the earlier years it compares with (statedPreviousYears). A file is
 * read again only when its identity (device, inode, size, modification time in ns) changed:
 * after one change the keys stat every file and read only that one, where they read the whole
 * corpus (751 MB at 30,000 disclosures) in the plan, the summaries and the dataset steps.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { statedPreviousYears } from '../../src/lib/content-ids.ts';
import type { ReadContent } from '../../src/lib/build/partition-keys.ts';
import { replaceFile } from '../../src/lib/files/replace-file.ts';
import { readBuildState } from './files.ts';

interface Entry {
  /** The file's identity when it was read. */
  file: string;
  sha: string;
  years?: number[];
}

const VERSION = 1;
/** What a file that does not exist reads as: never 32 bytes, so never a digest. */
const MISSING = Buffer.from('-');
const DISCLOSURE_JSON = /^\d{4}\/[^/]+\/[^/]+\.json$/;

export interface ContentDigests {
  /** For the keys: a file's digest, or a marker when it does not exist. */
  read: ReadContent;
  /** The years a disclosure's year-over-year statements compare with (as statedYearsIn). */
  statedYears: (id: string) => number[];
  /** Keeps what this run read for the next (when a cache file was given and anything changed). */
  save(): void;
}

/** Digests of the files of `content`, kept in `cacheFile` between runs when one is given. */
export function contentDigests(content: string, cacheFile?: string): ContentDigests {
  const saved = cacheFile ? readBuildState<{ version: number; entries: Record<string, Entry> }>(cacheFile) : undefined;
  const previous = new Map(Object.entries(saved?.version === VERSION ? saved.entries : {}));
  // Only files asked for this run are kept: a removed file leaves the cache with its run.
  const seen = new Map<string, Entry | null>();
  let reads = 0;
  const entry = (path: string): Entry | null => {
    const known = seen.get(path);
    if (known !== undefined) return known;
    const full = join(content, path);
    const stat = statSync(full, { bigint: true, throwIfNoEntry: false });
    let found: Entry | null = null;
    if (stat?.isFile()) {
      // Taken before the read: a file changed meanwhile has another identity next time.
      const file = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`;
      const kept = previous.get(path);
      if (kept && kept.file === file) found = kept;
      else {
        const bytes = readFileSync(full);
        found = { file, sha: createHash('sha256').update(bytes).digest('hex'), ...(DISCLOSURE_JSON.test(path) ? { years: statedPreviousYears(bytes.toString('utf8')) } : {}) };
        reads++;
      }
    }
    seen.set(path, found);
    return found;
  };
  return {
    read: (path) => {
      const found = entry(path);
      return found ? Buffer.from(found.sha, 'hex') : MISSING;
    },
    statedYears: (id) => entry(`${id}.json`)?.years ?? [],
    save: () => {
      const kept = [...seen].filter((pair): pair is [string, Entry] => pair[1] !== null);
      if (!cacheFile || (reads === 0 && kept.length === previous.size)) return;
      replaceFile(cacheFile, JSON.stringify({ version: VERSION, entries: Object.fromEntries(kept) }));
    },
  };
}
