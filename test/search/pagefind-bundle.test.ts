import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeCbor, encodeCbor, type CborValue } from '../../src/lib/search/cbor.ts';
import { compareCodePoints, writeBundle } from '../../src/lib/search/pagefind-bundle.ts';
import { articleRecord, bundlePage, disclosureRecord, INDEX_LANGUAGE, type SearchRecord } from '../../src/lib/search/records.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'content');

/** Records from the bundled real texts (prose, tables, numbers, Latin, quotation marks). */
function records(): SearchRecord[] {
  const texts: string[] = [];
  for (const dir of [join(CONTENT, 'articles'), ...['2020', '2022', '2023'].flatMap((y) => readdirSync(join(CONTENT, y)).map((d) => join(CONTENT, y, d)))]) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) texts.push(readFileSync(join(dir, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
  }
  const department = { name: '示例县人民代表大会常务委员会办公室', shortName: '示例县人大常委会办公室', aliases: ['示例人大'], levelName: '区县级' };
  return texts.flatMap((text, i) => [
    disclosureRecord({ url: `/2023/d${i}/budget/`, title: `示例县2023年部门预算${i}`, text, year: 2023 - (i % 3), kindName: i % 2 ? '部门预算' : '部门决算', department }),
    articleRecord({ url: `/articles/a${i}/`, title: `文章${i}`, text: `${text.slice(0, 500)} Mixed Latin words 2023 and “三公”经费`, year: 2024 }),
  ]);
}

const unpack = (file: string): Buffer => {
  const raw = gunzipSync(readFileSync(file));
  expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
  return raw.subarray(12);
};

/** A bundle as data: per word and page URL, its (weight, position) locations; filters; page facts. */
interface Decoded {
  entry: { version: string; languages: Record<string, { hash: string; page_count: number; wasm: string | null }>; include_characters: string[] };
  words: Map<string, Map<string, { weight: number; position: number }[]>>;
  metaWords: Set<string>;
  filters: Record<string, Record<string, string[]>>;
  pages: Map<string, { wordCount: number; meta: Record<string, string> }>;
  metaFields: CborValue;
  sorts: CborValue;
  chunkBounds: [string, string][];
  chunkWords: string[][];
}

function decodeBundle(dir: string): Decoded {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as Decoded['entry'];
  const meta = decodeCbor(unpack(join(dir, `pagefind.${entry.languages[INDEX_LANGUAGE].hash}.pf_meta`))) as CborValue[];
  expect(meta).toHaveLength(6);
  const [version, pages, chunks, filterList, sorts, metaFields] = meta as [string, [string, number, string][], [string, string, string][], [string, string][], CborValue, CborValue];
  expect(version).toBe(entry.version);
  const urls: string[] = [];
  const decodedPages = new Map<string, { wordCount: number; meta: Record<string, string> }>();
  for (const [hash, wordCount, extra] of pages) {
    expect(extra).toBe('');
    const fragment = JSON.parse(unpack(join(dir, 'fragment', `${hash}.pf_fragment`)).toString('utf8')) as { url: string; word_count: number; meta: Record<string, string> };
    expect(fragment.word_count).toBe(wordCount);
    urls.push(fragment.url);
    decodedPages.set(fragment.url, { wordCount, meta: fragment.meta });
  }
  const words: Decoded['words'] = new Map();
  const metaWords = new Set<string>();
  const chunkWords: string[][] = [];
  for (const [, , hash] of chunks) {
    const [list] = decodeCbor(unpack(join(dir, 'index', `${hash}.pf_index`))) as [[string, [number, number[], number[]][], CborValue[]][]];
    chunkWords.push(list.map(([word]) => word));
    for (const [word, postings, extras] of list) {
      expect(extras).toEqual([]);
      let page = 0;
      postings.forEach(([delta, locs, metaLocs], k) => {
        page = k === 0 ? delta : page + delta;
        if (metaLocs.length) metaWords.add(word);
        if (!locs.length) return;
        let weight = 24;
        let position = 0;
        let first = true;
        const out: { weight: number; position: number }[] = [];
        for (const loc of locs) {
          if (loc < 0) {
            weight = -loc - 1;
            continue;
          }
          position = first ? loc : position + loc;
          first = false;
          out.push({ weight, position });
        }
        const byUrl = words.get(word) ?? words.set(word, new Map()).get(word)!;
        byUrl.set(urls[page], out);
      });
    }
  }
  const filters: Decoded['filters'] = {};
  for (const [name, hash] of filterList) {
    const [filter, values] = decodeCbor(unpack(join(dir, 'filter', `${hash}.pf_filter`))) as [string, [string, number[]][]];
    expect(filter).toBe(name);
    filters[name] = Object.fromEntries(values.map(([value, numbers]) => [value, numbers.map((n) => urls[n]).sort()]));
  }
  return { entry, words, metaWords, filters, pages: decodedPages, metaFields, sorts, chunkBounds: chunks.map(([from, to]) => [from, to]), chunkWords };
}

/** Per word, per URL, the positions at full weight (24); words with none are left out. */
function fullWeight(d: Decoded): Map<string, Map<string, number[]>> {
  const out = new Map<string, Map<string, number[]>>();
  for (const [word, byUrl] of d.words) {
    for (const [url, locs] of byUrl) {
      const positions = locs.filter((l) => l.weight === 24).map((l) => l.position);
      if (positions.length) (out.get(word) ?? out.set(word, new Map()).get(word)!).set(url, positions);
    }
  }
  return out;
}

let dir = '';
let ours: Decoded;
let theirs: Decoded;
let input: SearchRecord[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mingzhang-bundle-'));
  input = records();
  const { index } = await pagefind.createIndex({ writePlayground: false });
  for (const r of input) await index!.addCustomRecord({ url: r.url, content: r.index.words.join(' '), language: r.language, meta: r.meta, filters: r.filters as Record<string, string[]> });
  await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
  const bundle = writeBundle(input.map(bundlePage), { language: INDEX_LANGUAGE, chunkSize: 400 });
  for (const file of bundle.files) {
    mkdirSync(dirname(join(dir, 'ours', file.path)), { recursive: true });
    writeFileSync(join(dir, 'ours', file.path), file.bytes);
  }
  theirs = decodeBundle(join(dir, 'pagefind'));
  ours = decodeBundle(join(dir, 'ours'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('our Pagefind bundle writer', () => {
  test('writes the entry file Pagefind writes (version, characters, page count)', () => {
    // Only the metadata file's name (a content hash) may differ.
    const unnamed = (e: Decoded['entry']) => ({ ...e, languages: Object.fromEntries(Object.entries(e.languages).map(([k, { hash: _hash, ...rest }]) => [k, rest])) });
    expect(unnamed(ours.entry)).toEqual(unnamed(theirs.entry));
    expect(ours.entry.languages[INDEX_LANGUAGE].page_count).toBe(input.length);
  });

  test('gives every page the word count, meta and filters Pagefind gives it', () => {
    expect(ours.pages).toEqual(theirs.pages);
    expect(ours.filters).toEqual(theirs.filters);
    expect(ours.sorts).toEqual(theirs.sorts);
    expect(ours.metaFields).toEqual(theirs.metaFields);
  });

  test('indexes every word at exactly the positions Pagefind indexes it at full weight', () => {
    const a = fullWeight(ours);
    const b = fullWeight(theirs);
    expect(a.size).toBeGreaterThan(1000);
    for (const [word, byUrl] of a) expect(b.get(word), word).toEqual(byUrl);
    // Pagefind's only other full-weight words are meta values (title, kind, department).
    const extra = [...b.keys()].filter((w) => !a.has(w));
    expect(extra.filter((w) => !theirs.metaWords.has(w))).toEqual([]);
  });

  test('differs only where Pagefind splits a mixed word, at lower weight', () => {
    for (const [word, byUrl] of theirs.words) {
      for (const locs of byUrl.values()) for (const l of locs) if (l.weight !== 24) expect(/[a-z]|\d/.test(word), `${word} at weight ${l.weight}`).toBe(true);
    }
    for (const byUrl of ours.words.values()) for (const locs of byUrl.values()) for (const l of locs) expect(l.weight).toBe(24);
  });

  test('cuts chunks in word order with the bounds Pagefind would give them', () => {
    const flat = ours.chunkWords.flat();
    expect(ours.chunkWords.length).toBeGreaterThan(5);
    expect([...flat].sort(compareCodePoints)).toEqual(flat);
    ours.chunkWords.forEach((words, i) => {
      const [from, to] = ours.chunkBounds[i];
      expect(compareCodePoints(from, words[0]) <= 0 && words[0].startsWith(from), `${from} ≤ ${words[0]}`).toBe(true);
      expect(words[words.length - 1].startsWith(to), `${words[words.length - 1]} starts with ${to}`).toBe(true);
    });
  });
});

describe('CBOR subset', () => {
  test('round-trips integers of every width, text and nested arrays', () => {
    const value: CborValue = [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 - 1, -1, -24, -25, -256, -257, '', '三公经费', ['a', [1, [-2]]]];
    expect(decodeCbor(encodeCbor(value))).toEqual(value);
  });

  test('writes the shortest head, as minicbor does', () => {
    expect([...encodeCbor([23, 24, -25, 'ab'])]).toEqual([0x84, 0x17, 0x18, 0x18, 0x38, 0x18, 0x62, 0x61, 0x62]);
  });
});

test('code point order puts astral characters after U+E000–U+FFFF, as UTF-8 bytes do', () => {
  const words = ['\u{20000}', '\uffee', '\ue000', 'a', '中'];
  expect([...words].sort(compareCodePoints)).toEqual([...words].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y))));
});
