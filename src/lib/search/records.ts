/**
 * Search records: what one page contributes to the index. The indexed text is the page's
 * own searchable text (extract.ts) after a short header with the names people search for
 * (title, 全称, 简称, 别称, year, kind), turned into bigram index words (tokens.ts).
 * Facets are Pagefind filters; meta carries what a result shows before its excerpt.
 */
import type { BundlePage } from './pagefind-bundle.ts';
import { indexWords, TRAILER, type IndexWords } from './tokens.ts';

/** Pagefind's language for our records: any code without a stemmer or segmenter of its own. */
export const INDEX_LANGUAGE = 'zz';

/** Facet keys (Pagefind filters) and their labels on the search page. */
export const FACETS = { year: '年度', department: '部门', level: '层级', kind: '类型' } as const;

/** A facet key. */
export type FacetKey = keyof typeof FACETS;

/** A page's searchable text, its index words, and what a result shows and filters by. */
export interface SearchRecord {
  url: string;
  /** The searchable text as printed (for the result card). */
  source: string;
  /** Its index words (what Pagefind's addCustomRecord gets as content, joined by spaces). */
  index: IndexWords;
  language: string;
  meta: Record<string, string>;
  filters: Partial<Record<FacetKey, string[]>>;
}

/** A record as our bundle writer takes it: the trailer mark holds a position but is not a word. */
export function bundlePage(record: SearchRecord): BundlePage {
  return { url: record.url, words: record.index.words.map((w) => (w === TRAILER ? null : w)), meta: record.meta, filters: record.filters as Record<string, string[]> };
}

/**
 * What a result shows, stored beside the index as small gzip files ("cards"): the title,
 * year, kind and department, and one block of the searchable text as printed, for the
 * excerpt. Cheaper than Pagefind's own fragment, which holds all the index words.
 */
export interface ResultCard {
  url: string;
  title: string;
  year?: string;
  kind: string;
  department?: string;
  /** Index positions (units) in the whole text; positions at or after it are the trailer. */
  units: number;
  /** Block number and the text of the block. */
  block: number;
  text: string;
}

/**
 * Index positions per card block: about 500 characters, about 1.2 KB gzipped with the
 * card's title and names. A result fetches one block, so a page of ten results costs about
 * 8 KB less than with 1,000-unit blocks (measured at 6,000 disclosures), for twice the card
 * slots; partition cards are packed (card-pack.ts), so blocks cost slots, not files.
 */
export const BLOCK_UNITS = 500;
/** Units repeated from the neighbouring blocks, so a phrase near a cut is whole in one block. */
const OVERLAP = 40;

/**
 * A record's cards: block k holds the text of index positions [k·BLOCK_UNITS − OVERLAP,
 * (k+1)·BLOCK_UNITS + OVERLAP). An index position is a unit's number in the text (tokens.ts:
 * a run of n units gives n index words), so a match at position p is in block ⌊p / BLOCK_UNITS⌋.
 */
export function cardBlocks(record: SearchRecord): ResultCard[] {
  const { starts, ends, units } = record.index;
  const base = { url: record.url, title: record.meta.title, year: record.meta.year, kind: record.meta.kind, department: record.meta.department, units };
  const count = Math.max(1, Math.ceil(units / BLOCK_UNITS));
  return Array.from({ length: count }, (_, k) => {
    const from = Math.max(0, k * BLOCK_UNITS - OVERLAP);
    const to = Math.min(units, (k + 1) * BLOCK_UNITS + OVERLAP);
    const text = units === 0 ? record.source : record.source.slice(k === 0 ? 0 : starts[from], to === units ? record.source.length : ends[to - 1]);
    return { ...base, block: k, text };
  });
}

/** The department facts a record names. */
export interface RecordDepartment {
  name: string;
  shortName: string;
  aliases?: string[];
  /** 省级 / 市级 / 区县级. */
  levelName: string;
}

/** What a result shows: title, year, kind, department short name (meta keys are short to keep fragments small). */
function meta(title: string, fields: { year?: number; kind: string; department?: string }): Record<string, string> {
  const out: Record<string, string> = { title, kind: fields.kind };
  if (fields.year !== undefined) out.year = String(fields.year);
  if (fields.department) out.department = fields.department;
  return out;
}

/** A disclosure page's record. */
export function disclosureRecord(input: { url: string; title: string; text: string; year: number; kindName: string; department: RecordDepartment }): SearchRecord {
  const d = input.department;
  const header = [input.title, d.name, d.shortName, ...(d.aliases ?? []), `${input.year}年度`, input.kindName].join('\n');
  return {
    url: input.url,
    source: `${header}\n${input.text}`,
    index: indexWords(`${header}\n${input.text}`),
    language: INDEX_LANGUAGE,
    meta: meta(input.title, { year: input.year, kind: input.kindName, department: d.shortName }),
    filters: { year: [String(input.year)], department: [d.shortName], level: [d.levelName], kind: [input.kindName] },
  };
}

/** An article page's record. */
export function articleRecord(input: { url: string; title: string; text: string; year?: number; region?: string }): SearchRecord {
  const header = [input.title, input.region ?? ''].join('\n');
  return {
    url: input.url,
    source: `${header}\n${input.text}`,
    index: indexWords(`${header}\n${input.text}`),
    language: INDEX_LANGUAGE,
    meta: meta(input.title, { year: input.year, kind: '工作文章' }),
    filters: { kind: ['工作文章'], ...(input.year ? { year: [String(input.year)] } : {}) },
  };
}

/** A department profile page's record: its names and region, so a name finds the page directly. */
export function departmentRecord(input: { url: string; department: RecordDepartment; region: string[]; years: number[] }): SearchRecord {
  const d = input.department;
  const lines = [d.name, d.shortName, ...(d.aliases ?? []), input.region.join(''), `${d.levelName}人大常委会机关`, input.years.length ? `公开年度：${input.years.join('、')}` : ''];
  return {
    url: input.url,
    source: lines.join('\n'),
    index: indexWords(lines.join('\n')),
    language: INDEX_LANGUAGE,
    meta: meta(d.name, { kind: '部门', department: d.shortName }),
    filters: { kind: ['部门'], department: [d.shortName], level: [d.levelName] },
  };
}

/** A year page's record, so "2023" or "2023年度" finds the year's page directly. */
export function yearRecord(input: { url: string; year: number; count: number }): SearchRecord {
  return {
    url: input.url,
    source: `${input.year}年度\n${input.year}年度公开文件 ${input.count} 份`,
    index: indexWords(`${input.year}年度\n${input.year}年度公开文件 ${input.count} 份`),
    language: INDEX_LANGUAGE,
    meta: meta(`${input.year} 年度公开文件`, { year: input.year, kind: '年度' }),
    filters: { kind: ['年度'], year: [String(input.year)] },
  };
}
