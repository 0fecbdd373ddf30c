/**
 * The assembled output's `_headers`: each build wrote one for its own pages; the site's
 * allows the hashes of every page in it, so it is written again from the assembled pages.
 * Each page's policy is kept in the cache folder by (inode, size, mtime), as the build
 * manifest keeps hashes: an unchanged partition's pages are hard links that keep all
 * three, so a rebuild reads the heads of the pages it made, not of every page (at 30,000
 * disclosures, reading 45,000 heads was most of the assembly's 15 s).
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { metaPolicy } from '../../src/lib/build/csp.ts';
import { headersFile } from '../../src/lib/build/host-headers.ts';
import { replaceFile } from '../../src/lib/files/replace-file.ts';
import { readBuildState } from './files.ts';

export const HEADERS_FILE = '_headers';
/** Folders of the output that hold no pages. */
const NO_PAGES = new Set(['_astro', 'pagefind', 'data']);

// One buffer for every head read: a new one per page was a third of the time, in the collector.
const buffer = Buffer.alloc(65_536);

/** A page's <head>: the policy is there, and most pages are far longer. */
function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const text = buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
    return text.includes('</head>') ? text : readFileSync(file, 'utf8');
  } finally {
    closeSync(fd);
  }
}

function pages(dir: string, top = true): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return top && NO_PAGES.has(e.name) ? [] : pages(join(dir, e.name), false);
    return e.name.endsWith('.html') ? [join(dir, e.name)] : [];
  });
}

/** What the cache file holds: each distinct policy once, and each page's by its file's key. */
interface PolicyCache {
  policies: string[];
  pages: Record<string, number>;
}

/** Writes `<out>/_headers` from every page's policy, reusing those in `cacheFile` (if given) of pages whose inode, size and mtime are unchanged. */
export function writeHostHeaders(out: string, cacheFile?: string): void {
  const previous = (cacheFile && readBuildState<PolicyCache>(cacheFile)) || { policies: [], pages: {} };
  const next: PolicyCache = { policies: [], pages: {} };
  const numbers = new Map<string, number>();
  for (const page of pages(out)) {
    const stat = statSync(page, { bigint: true });
    const key = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`;
    const known = previous.pages[key];
    const policy = known === undefined ? (metaPolicy(head(page))?.policy ?? '') : previous.policies[known];
    if (!numbers.has(policy)) numbers.set(policy, next.policies.push(policy) - 1);
    next.pages[key] = numbers.get(policy)!;
  }
  const policies = next.policies.filter((p) => p !== '');
  const file = join(out, HEADERS_FILE);
  // The site build's: public/_headers' rules and its own policy rule, replaced here.
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  // A hard link into a build folder: replace, never write in place.
  rmSync(file, { force: true });
  writeFileSync(file, headersFile(policies, existing));
  if (cacheFile) replaceFile(cacheFile, JSON.stringify(next));
}
