/**
 * Writes a Pagefind index bundle (the files Pagefind's own indexer writes, in its 1.6 format)
 * straight from our index words, for the disclosure partitions.
 *
 * Why not Pagefind's indexer: for our records it re-splits every word (its own punctuation
 * and case rules, which our bigrams never need), keeps about 2 MB per page in memory, and
 * gzips every file at level 9, including a fragment per page that repeats all its index
 * words; per 600 disclosures that is ~17 CPU-s and 1.6 GB. Here the words go in as they are
 * (tokens.ts), fragments carry no text (result cards do, records.ts), and the bundle is the
 * same data the Pagefind engine reads. test/search/pagefind-bundle.test.ts decodes a bundle
 * written by Pagefind and one written here from the same records and compares them, so a
 * Pagefind upgrade that changes the format fails a test instead of search.
 *
 * What differs from Pagefind's indexer, by design: words are not re-split (Pagefind also
 * indexes "1200" and "00" at half weight inside "1200d00"), and meta values (title, kind,
 * department) are not indexed as words; our queries never look for either.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { CborWriter } from './cbor.ts';
import { packedPageId } from './card-pack.ts';

/** The Pagefind version whose format this writes (the engine the site ships). */
export const PAGEFIND_FORMAT_VERSION = '1.6.0';

/** Characters Pagefind 1.6 keeps inside words; the engine reads them from the entry file. */
export const INCLUDE_CHARACTERS = ['_', '‿', '⁀', '⁔', '︳', '︴', '﹍', '﹎', '﹏', '＿'];

/**
 * Hex digits of the bundle hash in page and chunk names. Bundles are built apart, so two may
 * share it (1 in a million per pair); page ids are then shared, and the search page tells
 * such pages apart by URL (index-search.ts, writeCards).
 */
const BUNDLE_KEY_LENGTH = 5;

/** Every compressed file starts with this (Pagefind's engine checks it after gunzip). */
const SIGNATURE = Buffer.from('pagefind_dcd');

/** Pagefind's location weight for ordinary text (1.0 × 24), written as −(weight + 1). */
const DEFAULT_WEIGHT_MARK = -25;

/** One page of a bundle. */
export interface BundlePage {
  url: string;
  /** The word at each index position; null for a position that holds no word. */
  words: (string | null)[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** How to write a bundle. */
export interface BundleOptions {
  /** Pagefind's language code of the bundle. */
  language: string;
  /** Locations per index chunk before a new chunk starts (Pagefind's index chunk size). */
  chunkSize: number;
  /** gzip level (default 6: level 9 saves 0.1% of the bytes at 30% more time, measured on a 600-page partition). */
  level?: number;
  /**
   * Page ids as `<bundle key>-<serial in base 36>` with these serials (increasing, one per
   * page; card-pack.ts: a page's first card slot), instead of `<bundle key><position>`.
   */
  pageSerials?: readonly number[];
}

/** A written bundle: its files (paths relative to the bundle folder) and each page's id. */
export interface Bundle {
  files: { path: string; bytes: Buffer }[];
  /** Pagefind page id (the fragment's hash) per URL. */
  pageIds: Map<string, string>;
  /** The bundle's key: every page id and chunk name starts with it. */
  key: string;
}

/**
 * Every word's locations, grouped by word in page and position order. Built without an array
 * per word and page (a 600-page partition has ~1.5 million of those): word ids per position,
 * then a counting sort of the positions by word.
 */
function collectPostings(pages: BundlePage[]) {
  const ids = new Map<string, number>();
  const words: string[] = [];
  let total = 0;
  for (const page of pages) total += page.words.length;
  const wordAt = new Int32Array(total);
  const pageAt = new Int32Array(total);
  const positionAt = new Int32Array(total);
  let n = 0;
  for (let number = 0; number < pages.length; number++) {
    const pageWords = pages[number].words;
    for (let position = 0; position < pageWords.length; position++) {
      const word = pageWords[position];
      if (!word) continue;
      let id = ids.get(word);
      if (id === undefined) (ids.set(word, (id = words.length)), words.push(word));
      wordAt[n] = id;
      pageAt[n] = number;
      positionAt[n++] = position;
    }
  }
  // start[w]..start[w + 1]: word w's entries in `pageOf`/`positionOf`, in page, position order.
  const start = new Int32Array(words.length + 1);
  for (let i = 0; i < n; i++) start[wordAt[i] + 1]++;
  for (let w = 0; w < words.length; w++) start[w + 1] += start[w];
  const fill = start.slice(0, words.length);
  const pageOf = new Int32Array(n);
  const positionOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const at = fill[wordAt[i]]++;
    pageOf[at] = pageAt[i];
    positionOf[at] = positionAt[i];
  }
  return {
    words,
    /** Locations as Pagefind counts them for chunking: per page its locations (with the weight mark) plus one. */
    locationCount(w: number): number {
      let count = 0;
      for (let i = start[w]; i < start[w + 1]; i++) count += i === start[w] || pageOf[i] !== pageOf[i - 1] ? 3 : 1;
      return count;
    },
    /** Writes PackedWord [word, pages, extras], each PackedPage [page delta, locations, meta locations]. */
    encode(w: number, cbor: CborWriter): void {
      const from = start[w];
      const to = start[w + 1];
      let pageCount = 0;
      for (let i = from; i < to; i++) if (i === from || pageOf[i] !== pageOf[i - 1]) pageCount++;
      cbor.array(3).text(words[w]).array(pageCount);
      let previousPage = 0;
      for (let i = from; i < to; ) {
        const page = pageOf[i];
        let end = i + 1;
        while (end < to && pageOf[end] === page) end++;
        // Page numbers are deltas after the first; so are positions after the weight mark and the first.
        cbor.array(3).integer(i === from ? page : page - previousPage).array(end - i + 1).integer(DEFAULT_WEIGHT_MARK).integer(positionOf[i]);
        for (let k = i + 1; k < end; k++) cbor.integer(positionOf[k] - positionOf[k - 1]);
        cbor.array(0);
        previousPage = page;
        i = end;
      }
      cbor.array(0);
    },
  };
}

/** Orders strings as Rust does (by code point, i.e. UTF-8 bytes), not by UTF-16 units. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      // Surrogates (astral code points) sort after U+E000–U+FFFF in code point order.
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** Short content hashes, lengthened on a collision (as Pagefind names its files). */
function hasher(language: string, length: number) {
  const taken = new Set<string>();
  return (bytes: Buffer | string): string => {
    const full = createHash('sha256').update(bytes).digest('hex');
    let n = length;
    while (taken.has(full.slice(0, n)) && n < full.length) n++;
    taken.add(full.slice(0, n));
    return `${language}_${full.slice(0, n)}`;
  };
}

/** The first characters of two neighbouring chunk bounds that tell them apart (Pagefind's get_prefixes). */
function prefixes(a: string, b: string): [string, string] {
  const ac = [...a];
  const bc = [...b];
  let common = 0;
  while (common < ac.length && common < bc.length && ac[common] === bc[common]) common++;
  return [ac.slice(0, common + 1).join(''), bc.slice(0, common + 1).join('')];
}

const compress = (payload: Buffer, level: number) => gzipSync(Buffer.concat([SIGNATURE, payload]), { level });

/** Builds a bundle's files from its pages (page numbers follow the order given). */
export function writeBundle(pages: BundlePage[], options: BundleOptions): Bundle {
  const level = options.level ?? 6;
  const postings = collectPostings(pages);
  const files: Bundle['files'] = [];
  // Our fragments hold no text: results show result cards (records.ts), not fragments.
  const fragments = pages.map((page) => JSON.stringify({ url: page.url, content: '', word_count: page.words.length, filters: page.filters, meta: page.meta, anchors: [] }));

  // Index chunks: words in code point order, cut after chunkSize locations (Pagefind
  // counts each page's locations plus one).
  const order = Array.from(postings.words.keys()).sort((x, y) => compareCodePoints(postings.words[x], postings.words[y]));
  const chunks: number[][] = [];
  let current: number[] = [];
  let size = 0;
  for (const id of order) {
    current.push(id);
    size += postings.locationCount(id);
    if (size >= options.chunkSize) (chunks.push(current), (current = []), (size = 0));
  }
  if (current.length) chunks.push(current);
  const bounds = chunks.map((chunk) => [postings.words[chunk[0]], postings.words[chunk[chunk.length - 1]]]);
  for (let i = 0; i + 1 < bounds.length; i++) [bounds[i][1], bounds[i + 1][0]] = prefixes(bounds[i][1], bounds[i + 1][0]);
  const chunkBytes = chunks.map((chunk) => {
    const cbor = new CborWriter().array(1).array(chunk.length);
    for (const id of chunk) postings.encode(id, cbor);
    return cbor.bytes();
  });

  // Pages and chunks are named by one hash of the whole bundle and their number, not by a
  // hash each (as Pagefind names them): the metadata lists every page and chunk, and
  // numbers after a common prefix compress to a third of the bytes of random hex (24 → 18 KB
  // per 600 pages). A changed bundle still changes every name, so files stay cacheable.
  const digest = createHash('sha256');
  for (const fragment of fragments) digest.update(fragment);
  for (const bytes of chunkBytes) digest.update(bytes);
  const key = `${options.language}_${digest.digest('hex').slice(0, BUNDLE_KEY_LENGTH)}`;
  const pageIds = new Map<string, string>();
  const metaPages = pages.map((page, i) => {
    const id = options.pageSerials ? packedPageId(key, options.pageSerials[i]) : `${key}${i.toString(36)}`;
    pageIds.set(page.url, id);
    files.push({ path: `fragment/${id}.pf_fragment`, bytes: compress(Buffer.from(fragments[i]), level) });
    return [id, page.words.length, ''];
  });
  const metaChunks = chunkBytes.map((bytes, i) => {
    const name = `${key}${i.toString(36)}`;
    files.push({ path: `index/${name}.pf_index`, bytes: compress(bytes, level) });
    return [bounds[i][0], bounds[i][1], name];
  });

  // Filters: one file per filter, values in code point order with their page numbers.
  const filterPages = new Map<string, Map<string, number[]>>();
  pages.forEach((page, number) => {
    for (const [filter, values] of Object.entries(page.filters)) {
      const byValue = filterPages.get(filter) ?? filterPages.set(filter, new Map()).get(filter)!;
      for (const value of values) (byValue.get(value) ?? byValue.set(value, []).get(value)!).push(number);
    }
  });
  const filterHash = hasher(options.language, 7);
  const metaFilters = [...filterPages.keys()].sort(compareCodePoints).map((filter) => {
    const byValue = filterPages.get(filter)!;
    const values = [...byValue.keys()].sort(compareCodePoints).map((value) => [value, byValue.get(value)!]);
    const bytes = new CborWriter().value([filter, values]).bytes();
    const id = filterHash(bytes);
    files.push({ path: `filter/${id}.pf_filter`, bytes: compress(bytes, level) });
    return [filter, id];
  });

  const metaFields = [...new Set(pages.flatMap((page) => Object.keys(page.meta)))].sort(compareCodePoints);
  const meta = new CborWriter().value([PAGEFIND_FORMAT_VERSION, metaPages, metaChunks, metaFilters, [], metaFields]).bytes();
  const metaHash = hasher(options.language, 10)(meta);
  files.push({ path: `pagefind.${metaHash}.pf_meta`, bytes: compress(meta, level) });
  const entry = { version: PAGEFIND_FORMAT_VERSION, languages: { [options.language]: { hash: metaHash, wasm: null, page_count: pages.length } }, include_characters: INCLUDE_CHARACTERS };
  files.push({ path: 'pagefind-entry.json', bytes: Buffer.from(JSON.stringify(entry)) });
  return { files, pageIds, key };
}
