/**
 * The search gate's two sides, read from a built site independently of the code that wrote
 * the index. Indexed: every bundle /pagefind/partitions.json names, its page count (the entry
 * file's page_count) and its pages' URLs (each fragment holds one). Content pages, as
 * docs/search.md defines them: every page with a data-pagefind-body element (disclosures,
 * articles), and the department and year pages, which are indexed as records of names.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeCbor } from '../../src/lib/search/cbor.ts';
import { INDEX_PACK_DIR, indexPackFile, IndexPackReader, type IndexPackInfo } from '../../src/lib/search/index-pack.ts';

/** What the bundles hold. */
export interface IndexedPages {
  /** The sum of the bundles' page_count. */
  count: number;
  /** Each fragment's URL, in bundle order (a URL twice is a page indexed twice). */
  urls: string[];
}

interface Manifest {
  bundles: { id: string; path: string; entry: { languages: Record<string, { page_count: number }> }; index?: IndexPackInfo }[];
}

/** A fragment file's URL: it is gzip of "pagefind_dcd" (12 bytes) and the page's JSON. */
const urlOf = (fragment: Uint8Array) => (JSON.parse(gunzipSync(fragment).subarray(12).toString('utf8')) as { url: string }).url;

/** The page ids a bundle's metadata lists (Pagefind 1.6: [version, pages as [id, word count, …], …]). */
const metaPageIds = (meta: Uint8Array) => ((decodeCbor(meta) as unknown[])[1] as [string][]).map(([id]) => id);

/** The fragments of a bundle whose index is packed (index-pack.ts), one per page id its metadata lists. */
async function packedFragments(dir: string, info: IndexPackInfo, meta: string): Promise<string[]> {
  const packs = Array.from({ length: info.packs }, (_, n) => readFileSync(join(dir, INDEX_PACK_DIR, indexPackFile(info, n))));
  const reader = new IndexPackReader(info, async (pack, start, end) => packs[pack].subarray(start, end + 1));
  const ids = metaPageIds(gunzipSync(readFileSync(join(dir, meta))).subarray(12));
  const urls: string[] = [];
  for (const id of ids) {
    const fragment = await reader.fragment(id);
    if (fragment) urls.push(urlOf(fragment));
  }
  return urls;
}

/** Reads every bundle of the site's search manifest. */
export async function indexedPages(dist: string): Promise<IndexedPages> {
  const manifest = JSON.parse(readFileSync(join(dist, 'pagefind', 'partitions.json'), 'utf8')) as Manifest;
  let count = 0;
  const urls: string[] = [];
  for (const bundle of manifest.bundles) {
    count += Object.values(bundle.entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    const dir = join(dist, 'pagefind', bundle.path);
    if (bundle.index) {
      const hash = Object.values(bundle.entry.languages)[0] as { hash?: string };
      urls.push(...(await packedFragments(dir, bundle.index, `pagefind.${hash.hash}.pf_meta`)));
      continue;
    }
    const fragments = join(dir, 'fragment');
    for (const file of existsSync(fragments) ? readdirSync(fragments).sort() : []) urls.push(urlOf(readFileSync(join(fragments, file))));
  }
  return { count, urls };
}

/** The URLs ("/2023/x/self-evaluation/") of the site's content pages, sorted. */
export function contentPages(dist: string): string[] {
  const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => relative(dist, e.parentPath).split(sep).join('/'));
  const searchable = pages.filter((page) => {
    if (/^departments\/[^/]+$/.test(page) || /^\d{4}$/.test(page)) return true;
    return /<[a-z]+\s[^>]*\bdata-pagefind-body\b/.test(readFileSync(join(dist, page, 'index.html'), 'utf8'));
  });
  return searchable.map((page) => `/${page}/`).sort();
}

/** How the index differs from the content pages: pages not indexed, indexed pages that are no content page, pages indexed twice. */
export function compareIndex(indexed: IndexedPages, content: readonly string[]): { missing: string[]; extra: string[]; twice: string[] } {
  const urls = new Set(indexed.urls);
  const expected = new Set(content);
  return {
    missing: content.filter((u) => !urls.has(u)),
    extra: [...urls].filter((u) => !expected.has(u)).sort(),
    twice: [...urls].filter((u) => indexed.urls.indexOf(u) !== indexed.urls.lastIndexOf(u)).sort(),
  };
}
