/**
 * What indexing a page made, kept between index runs of a partition: the page's searchable
 * text and title (extract.ts) and its gzipped result cards, by a key of everything they are
 * made of (the page's HTML and the record's inputs). A one-disclosure rebuild indexes its
 * partition again; without this it parsed and gzipped every unchanged page again. The record
 * itself (its index words) is made again from the text: kept, it made the file six times
 * larger (96 MB for 600 pages) and no faster to read than to make.
 *
 * The file belongs to one version of the code (`version`); a file of another version, or
 * one that cannot be read, is an empty cache. Only what a run used is saved.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { replaceFile } from '../files/replace-file.ts';

/** A page as indexed: its extracted title and text, and its result cards, gzipped. */
export interface IndexedPage {
  title?: string;
  text: string;
  cards: Uint8Array[];
}

/** A cache read from `file` (if given); `key` hashes the parts a page is made of. */
export function recordCache(file: string | undefined, version: string) {
  let stored = new Map<string, IndexedPage>();
  try {
    if (file && existsSync(file)) {
      const read = deserialize(readFileSync(file)) as { version?: string; pages?: Map<string, IndexedPage> };
      if (read.version === version && read.pages instanceof Map) stored = read.pages;
    }
  } catch {
    // A damaged cache is only a slower index.
  }
  const used = new Map<string, IndexedPage>();
  return {
    key: (...parts: (string | Uint8Array)[]) => {
      const hash = createHash('sha256');
      for (const part of parts) hash.update(part).update('\0');
      return hash.digest('base64url');
    },
    /** The page an earlier run made from the same parts, if any. */
    get(key: string): IndexedPage | undefined {
      const page = stored.get(key);
      if (page) used.set(key, page);
      return page;
    },
    set(key: string, page: IndexedPage): void {
      used.set(key, page);
    },
    save(): void {
      if (!file) return;
      replaceFile(file, serialize({ version, pages: used }));
    },
  };
}

export type RecordCache = ReturnType<typeof recordCache>;
