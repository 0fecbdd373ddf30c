/**
 * The assembled output's `_headers`: each build wrote one for its own pages; the site's
 * allows the hashes of every page in it, so it is written again from the assembled pages.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { metaPolicy } from '../../src/lib/build/csp.ts';
import { headersFile } from '../../src/lib/build/host-headers.ts';

export const HEADERS_FILE = '_headers';
/** Folders of the output that hold no pages. */
const NO_PAGES = new Set(['_astro', 'pagefind', 'data']);

/** A page's <head>: the policy is there, and most pages are far longer. */
function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(65_536);
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

export function writeHostHeaders(out: string): void {
  const policies = pages(out).flatMap((file) => metaPolicy(head(file))?.policy ?? []);
  const file = join(out, HEADERS_FILE);
  // The site build's: public/_headers' rules and its own policy rule, replaced here.
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  // A hard link into a build folder: replace, never write in place.
  rmSync(file, { force: true });
  writeFileSync(file, headersFile(policies, existing));
}
