/**
 * Builds one partition's search index from its built pages, and fails unless every content
 * page was indexed (Pagefind itself reports success when it indexes too little).
 *
 *   node scripts/index-search.ts --site <built dir> --out <bundle dir> --scope <partition JSON | site | all> [--content DIR] [--cache FILE]
 *
 * A disclosure partition indexes each of its disclosure pages; the "site" scope indexes the
 * articles, one record per department (its profile page) and one per year page; "all" (a
 * plain, unpartitioned build) does both. Records are bigram-tokenised (src/lib/search/tokens.ts);
 * partition bundles are written by src/lib/search/pagefind-bundle.ts, the others by Pagefind.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { parseCommandLine } from '../src/lib/cli-args.ts';
import * as pagefind from 'pagefind';
import { disclosureIds } from '../src/lib/content-ids.ts';
import { kindName } from '../src/lib/disclosure-ref.ts';
import { extractPage } from '../src/lib/search/extract.ts';
import { inPartition, type Partition } from '../src/lib/build/partition.ts';
import { writeBundle } from '../src/lib/search/pagefind-bundle.ts';
import { recordCache, type RecordCache } from '../src/lib/search/record-cache.ts';
import { cardPackName } from '../src/lib/search/card-pack-name.ts';
import { INDEX_PACK_DIR, indexPackFile, packIndex } from '../src/lib/search/index-pack.ts';
import { CARD_PACK_DIR, CARD_PACK_VERSION, cardPackFile, packCards, SLOTS_PER_PACK, type CardPackInfo } from '../src/lib/search/card-pack.ts';
import { articleRecord, bundlePage, cardBlocks, departmentRecord, disclosureRecord, INDEX_LANGUAGE, yearRecord, type RecordDepartment, type SearchRecord } from '../src/lib/search/records.ts';
import { LEVELS } from '../src/schemas/department.ts';
import type { DisclosureKind } from '../src/schemas/disclosure.ts';

/**
 * Index chunk size (locations per chunk) of a partition bundle. A query fetches one chunk
 * per word per bundle, and the metadata lists every chunk: 4,000 balances the two for
 * 600-page partitions (6 KB chunks and an 18 KB metadata file; Pagefind's default 20,000
 * gives 25 KB chunks).
 */
export const INDEX_CHUNK_SIZE = 4000;

/**
 * The site bundle (department, year and article pages) is small and searched by every
 * query: with 1,000 its metadata grows by 0.2 KB and a query's chunks shrink by about 2 KB
 * (median over the bench queries at 6,000 disclosures).
 */
export const SITE_INDEX_CHUNK_SIZE = 1000;

/** Where to index from and to. `scope` is a partition, "site" or "all"; `cache` keeps a partition's pages between runs (record-cache.ts). */
export interface IndexOptions {
  site: string;
  out: string;
  scope: Partition | 'site' | 'all';
  content: string;
  cache?: string;
}

/** The version of the code a page's record is made by: this script and the search library. */
function indexCodeVersion(): string {
  const hash = createHash('sha256').update(readFileSync(import.meta.filename));
  const lib = join(import.meta.dirname, '..', 'src', 'lib', 'search');
  for (const name of readdirSync(lib).sort()) hash.update(name).update(readFileSync(join(lib, name)));
  return hash.digest('hex');
}

/** What was indexed. */
export interface IndexResult {
  pages: number;
  expected: number;
  errors: string[];
}

interface DepartmentJson {
  name: string;
  shortName: string;
  aliases?: string[];
  level: keyof typeof LEVELS;
  region: { province: string; city?: string; county?: string };
}

function readDepartments(content: string): Map<string, DepartmentJson> {
  const dir = join(content, 'departments');
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f.slice(0, -5), JSON.parse(readFileSync(join(dir, f), 'utf8')) as DepartmentJson]));
}

const recordDepartment = (d: DepartmentJson): RecordDepartment => ({ name: d.name, shortName: d.shortName, aliases: d.aliases, levelName: LEVELS[d.level] });

/** A record's result cards, each gzipped (see writeCards). */
const gzippedCards = (record: SearchRecord): Buffer[] => cardBlocks(record).map((card) => gzipSync(JSON.stringify([card]), { level: 9 }));

/**
 * Builds the records of a scope; every expected page that is missing or empty is an error.
 * `cards[i]` are the gzipped cards of disclosure record i; `cache` keeps both between runs.
 */
export function buildRecords(options: IndexOptions, cache?: RecordCache): { records: SearchRecord[]; cards: Buffer[][]; expected: number; errors: string[] } {
  const { site, scope, content } = options;
  const departments = readDepartments(content);
  const records: SearchRecord[] = [];
  const cards: Buffer[][] = [];
  const errors: string[] = [];
  const ids = disclosureIds(content);
  const page = (url: string, html?: string) => {
    const file = join(site, url, 'index.html');
    if (!existsSync(file)) {
      errors.push(`${url}: no built page (${file})`);
      return undefined;
    }
    const extracted = extractPage(typeof html === 'string' ? html : readFileSync(file, 'utf8'));
    if (extracted.lang !== 'zh-CN') errors.push(`${url}: <html lang> is ${extracted.lang ?? 'missing'}, not zh-CN`);
    if (!extracted.hasBody || extracted.text.length === 0) {
      errors.push(`${url}: no data-pagefind-body text`);
      return undefined;
    }
    return extracted;
  };
  let expected = 0;
  if (scope !== 'site') {
    for (const id of ids.filter((i) => scope === 'all' || inPartition(scope, i))) {
      expected++;
      const data = JSON.parse(readFileSync(join(content, `${id}.json`), 'utf8')) as { title: string; kind: DisclosureKind; fiscalYear: number; department: string };
      const dept = departments.get(data.department);
      if (!dept) continue;
      const file = join(site, id, 'index.html');
      const html = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      const inputs = { url: `/${id}/`, title: data.title, year: data.fiscalYear, kindName: kindName(data.kind), department: recordDepartment(dept) };
      // Only pages that index without error are cached, so a page's errors are found every time.
      const key = html === undefined ? undefined : cache?.key(html, JSON.stringify(inputs));
      const made = key === undefined ? undefined : cache?.get(key);
      if (made) {
        records.push(disclosureRecord({ ...inputs, title: made.title ?? data.title, text: made.text }));
        // node:v8 gives the cached bytes back as Uint8Arrays.
        cards.push(made.cards.map((c) => Buffer.from(c)));
        continue;
      }
      const extracted = page(`${id}/`, html);
      if (!extracted) continue;
      const record = disclosureRecord({ ...inputs, title: extracted.title ?? data.title, text: extracted.text });
      const pageCards = gzippedCards(record);
      if (key !== undefined) cache?.set(key, { title: extracted.title, text: extracted.text, cards: pageCards });
      records.push(record);
      cards.push(pageCards);
    }
  }
  if (scope === 'site' || scope === 'all') {
    const articles = join(content, 'articles');
    for (const file of existsSync(articles) ? readdirSync(articles).filter((f) => f.endsWith('.mdx')).sort() : []) {
      expected++;
      const slug = file.slice(0, -4);
      const extracted = page(`articles/${slug}/`);
      if (!extracted) continue;
      const front = readFileSync(join(articles, file), 'utf8').split('\n---')[0];
      const year = Number(/^year:\s*(\d{4})/m.exec(front)?.[1]) || undefined;
      const region = /^region:\s*(.+)$/m.exec(front)?.[1]?.trim();
      records.push(articleRecord({ url: `/articles/${slug}/`, title: extracted.title ?? slug, text: extracted.text, year, region }));
    }
    const yearsOf = new Map<string, Set<number>>();
    const perYear = new Map<number, number>();
    for (const id of ids) {
      const [y, dept] = id.split('/');
      yearsOf.set(dept, (yearsOf.get(dept) ?? new Set()).add(Number(y)));
      perYear.set(Number(y), (perYear.get(Number(y)) ?? 0) + 1);
    }
    for (const [slug, d] of [...departments].sort(([a], [b]) => a.localeCompare(b))) {
      expected++;
      if (!existsSync(join(site, 'departments', slug, 'index.html'))) errors.push(`/departments/${slug}/: no built page`);
      const region = [d.region.province, d.region.city, d.region.county].filter((r): r is string => !!r);
      records.push(departmentRecord({ url: `/departments/${slug}/`, department: recordDepartment(d), region, years: [...(yearsOf.get(slug) ?? [])].sort() }));
    }
    for (const [year, count] of [...perYear].sort(([a], [b]) => b - a)) {
      expected++;
      if (!existsSync(join(site, String(year), 'index.html'))) errors.push(`/${year}/: no built page`);
      records.push(yearRecord({ url: `/${year}/`, year, count }));
    }
  }
  return { records, cards, expected, errors };
}

/**
 * Writes each page's result cards: its searchable text as printed, cut into blocks of
 * BLOCK_UNITS index positions (with a little overlap, so a phrase near a cut is whole in
 * one block), each block a small gzip JSON file <out>/card/<Pagefind page id>-<k>.mzc with
 * the page's title, year, kind and department. A result's first match position (which
 * Pagefind returns with the result) names the block that holds it, so showing a result
 * fetches about one kilobyte, not the page's whole text. Each file holds an array, because
 * page ids of separately built bundles may collide once merged; the page's Pagefind
 * fragment (which holds its URL) tells the cards apart.
 */
function writeCards(out: string, records: SearchRecord[], pageIds: Map<string, string>): void {
  mkdirSync(join(out, 'card'), { recursive: true });
  for (const record of records) {
    const id = pageIds.get(record.url);
    if (!id) throw new Error(`no page id for ${record.url}`);
    cardBlocks(record).forEach((card, k) => writeFileSync(join(out, 'card', `${id}-${k}.mzc`), gzipSync(JSON.stringify([card]), { level: 9 })));
  }
}

/** Page ids of a bundle Pagefind wrote: each fragment file names its page and holds its URL. */
function pagefindPageIds(out: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of readdirSync(join(out, 'fragment'))) {
    const { url } = JSON.parse(gunzipSync(readFileSync(join(out, 'fragment', file))).subarray(12).toString('utf8')) as { url: string };
    ids.set(url, file.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/** Pagefind's own indexer (the site bundle, which also ships the engine, and the baseline). */
async function indexWithPagefind(out: string, records: SearchRecord[], chunkSize: number, errors: string[]): Promise<Map<string, string> | undefined> {
  // The variable is Pagefind's own, marked unstable: pinned with pagefind 1.6.0.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(chunkSize);
  const { index, errors: createErrors } = await pagefind.createIndex({ writePlayground: false });
  errors.push(...createErrors);
  if (!index) return undefined;
  // Records go to Pagefind's service in batches: one at a time leaves its threads idle.
  for (let i = 0; i < records.length; i += 64) {
    const batch = records.slice(i, i + 64);
    const responses = await Promise.all(batch.map((r) => index.addCustomRecord({ url: r.url, content: r.index.words.join(' '), language: r.language, meta: r.meta, filters: r.filters })));
    responses.forEach((response, k) => errors.push(...response.errors.map((e) => `${batch[k].url}: ${e}`)));
  }
  const written = await index.writeFiles({ outputPath: out });
  errors.push(...written.errors);
  await pagefind.close();
  return pagefindPageIds(out);
}

/**
 * Our bundle writer (pagefind-bundle.ts): the words as they are, fragments without text.
 * Its result cards are packed (card-pack.ts): <out>/card-pack/<name>-<n>.mzp and pack.json, each
 * page's id naming its first slot, so a result's card is one range request; its index chunks
 * and fragments likewise (index-pack.ts): <out>/index-pack/<key>-<n>.mzp and pack.json.
 */
function indexWithBundleWriter(out: string, records: SearchRecord[], made: Buffer[][]): Map<string, string> {
  const pageCards = records.map((record, i) => made[i] ?? gzippedCards(record));
  const packed = packCards(pageCards);
  const bundle = writeBundle(records.map(bundlePage), { language: INDEX_LANGUAGE, chunkSize: INDEX_CHUNK_SIZE, pageSerials: packed.firstSlots });
  // Index chunks and fragments go in a few packs too (index-pack.ts): one file each was a third of the output's files.
  const index = packIndex(bundle.files, bundle.key, pageCards.map((blocks) => blocks.length));
  for (const file of index.rest) {
    mkdirSync(dirname(join(out, file.path)), { recursive: true });
    writeFileSync(join(out, file.path), file.bytes);
  }
  writePacks(join(out, INDEX_PACK_DIR), index.packs, (n) => indexPackFile(index.info, n), index.info);
  const cards: CardPackInfo = { version: CARD_PACK_VERSION, key: bundle.key, name: cardPackName(packed.packs), slot: packed.slot, perPack: SLOTS_PER_PACK, packs: packed.packs.length };
  writePacks(join(out, CARD_PACK_DIR), packed.packs, (n) => cardPackFile(cards, n), cards);
  return bundle.pageIds;
}

/** A folder of pack files and the pack.json that tells the search page how to read them. */
function writePacks(dir: string, packs: readonly Buffer[], fileOf: (n: number) => string, info: object): void {
  mkdirSync(dir, { recursive: true });
  packs.forEach((bytes, n) => writeFileSync(join(dir, fileOf(n)), bytes));
  writeFileSync(join(dir, 'pack.json'), `${JSON.stringify(info)}\n`);
}

/**
 * Indexes a scope and writes its bundle to `out`; checks the written page count. Disclosure
 * partitions are written by our bundle writer; the site scope (whose bundle ships Pagefind's
 * engine files) and the unpartitioned baseline by Pagefind.
 */
export async function indexScope(options: IndexOptions): Promise<IndexResult> {
  const t0 = performance.now();
  const cache = typeof options.scope === 'object' ? recordCache(options.cache, indexCodeVersion()) : undefined;
  const { records, cards, expected, errors } = buildRecords(options, cache);
  const t1 = performance.now();
  mkdirSync(options.out, { recursive: true });
  const pageIds = typeof options.scope === 'object' ? indexWithBundleWriter(options.out, records, cards) : await indexWithPagefind(options.out, records, options.scope === 'site' ? SITE_INDEX_CHUNK_SIZE : INDEX_CHUNK_SIZE, errors);
  if (!pageIds) return { pages: 0, expected, errors };
  const t2 = performance.now();
  if (typeof options.scope !== 'object') writeCards(options.out, records, pageIds);
  if (process.env.MINGZHANG_INDEX_TIMING) console.log(`records ${(t1 - t0).toFixed(0)} ms, index ${(t2 - t1).toFixed(0)} ms, cards ${(performance.now() - t2).toFixed(0)} ms`);
  // Trust the bundle, not the calls: count the pages the written index really holds.
  const entry = JSON.parse(readFileSync(join(options.out, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  if (pages !== expected) errors.push(`indexed ${pages} pages, expected ${expected} content pages`);
  if (errors.length === 0) cache?.save();
  return { pages, expected, errors };
}

if (import.meta.main) {
  const { values } = parseCommandLine({ options: { site: { type: 'string' }, out: { type: 'string' }, scope: { type: 'string', default: 'all' }, content: { type: 'string', default: process.env.MINGZHANG_CONTENT ?? 'content' }, cache: { type: 'string' } } });
  if (!values.site || !values.out) {
    console.error('缺少选项 --site 或 --out（missing option）。用法：node scripts/index-search.ts --site <目录> --out <目录> [--scope all|site|<分区 JSON>] [--content <目录>]');
    process.exit(2);
  }
  const scope = values.scope === 'all' || values.scope === 'site' ? values.scope : (JSON.parse(values.scope!) as Partition);
  const result = await indexScope({ site: resolve(values.site), out: resolve(values.out), scope, content: resolve(values.content!), cache: values.cache && resolve(values.cache) });
  for (const error of result.errors) console.error(`search index: ${error}`);
  console.log(`search index: ${result.pages} of ${result.expected} content pages indexed → ${values.out}`);
  if (result.errors.length > 0) process.exit(1);
}
