/**
 * How a query becomes Pagefind searches, and how their results combine. Every run of
 * characters in the query is a phrase, searched exactly (its bigrams at consecutive
 * positions); the looser search (all bigrams anywhere in the page) comes after, labelled,
 * and never ranks above a page that has every phrase.
 */
import { isHan, queryPhrases, type QueryPhrase } from './tokens.ts';
import type { PagefindEntry } from './entry-files.ts';
import type { CardPackInfo } from './card-pack.ts';
import type { IndexPackInfo } from './index-pack.ts';

/** The Pagefind searches for one query. */
export interface SearchPlan {
  phrases: QueryPhrase[];
  /**
   * One Pagefind query per phrase, each strict: a phrase's bigrams quoted (consecutive
   * positions); a lone number or Latin word quoted (a whole word); a lone Han character
   * unquoted (a prefix: it stands first in a bigram or alone at the end of a run; Pagefind's
   * reverse-prefix matching cannot add anything shorter than one character).
   */
  exact: string[];
  /**
   * The looser test, as strict one-word searches that must all match (anywhere in the
   * page): every bigram of every phrase, and each lone unit's own search. Empty when the
   * query has no phrase of three or more units (then loose and exact are the same).
   */
  loose: string[];
}

const strict = (phrase: QueryPhrase): string => (phrase.single && isHan(phrase.words[0]) ? phrase.words[0] : `"${phrase.words.join(' ')}"`);

/** Plans the searches for a query; undefined when it has nothing searchable. */
export function planQuery(query: string): SearchPlan | undefined {
  const phrases = queryPhrases(query);
  if (phrases.length === 0) return undefined;
  const exact = phrases.map(strict);
  const needsLoose = phrases.some((p) => p.words.length >= 2);
  const loose = needsLoose ? [...new Set(phrases.flatMap((p) => (p.words.length >= 2 ? p.words.map((w) => `"${w}"`) : [strict(p)])))] : [];
  return { phrases, exact, loose };
}

/** Strings in code-unit order (Array.prototype.sort's own), without a collator. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A result as Pagefind returns it (the parts we use). */
export interface Hit {
  id: string;
  score: number;
}

/**
 * Pages in every list, with their scores summed; best first (ties by id in code-unit order,
 * for a stable order: not localeCompare, whose first call makes an ICU collator, 7–14 ms in
 * a fresh worker on the bench machine, in the middle of a cold search).
 */
export function intersectHits<T extends Hit>(lists: T[][]): T[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  const scores = new Map(first.map((h) => [h.id, h.score]));
  for (const list of rest) {
    const other = new Map(list.map((h) => [h.id, h.score]));
    for (const [id, score] of scores) {
      if (other.has(id)) scores.set(id, score + other.get(id)!);
      else scores.delete(id);
    }
  }
  return first.filter((h) => scores.has(h.id)).sort((a, b) => scores.get(b.id)! - scores.get(a.id)! || byCodeUnits(a.id, b.id));
}

/**
 * Combines results: exact = pages found by every phrase's exact search; loose = pages found
 * by every loose search that are not exact, after them. A page that lacks a phrase can
 * therefore never stand above one that has it.
 */
export function combineHits<T extends Hit>(exactLists: T[][], looseLists: T[][]): { exact: T[]; loose: T[] } {
  const exact = intersectHits(exactLists);
  const ids = new Set(exact.map((h) => h.id));
  return { exact, loose: looseLists.length ? intersectHits(looseLists).filter((h) => !ids.has(h.id)) : [] };
}

/** Facet selections as the URL and the page hold them. */
export type FacetSelection = Partial<Record<'year' | 'department' | 'level' | 'kind', string[]>>;

/** Pagefind filters for a selection: any of the chosen values within a facet, all facets together. */
export function pagefindFilters(selection: FacetSelection): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(selection).filter(([, v]) => v && v.length > 0).map(([k, v]) => [k, { any: v! }]));
}

/** One index bundle of /pagefind/partitions.json. */
export interface Bundle {
  id: string;
  path: string;
  size: number;
  year?: number;
  /** Its pagefind-entry.json as the engine reads it (the worker hands it over instead of fetching it). */
  entry?: PagefindEntry;
  /** Its metadata file and, in the first bundle, the engine's WebAssembly (names in the bundle folder). */
  meta?: string;
  wasm?: string;
  /** Where its result cards are packed, for bundles our writer wrote (card-pack.ts). */
  cards?: CardPackInfo;
  /** Where its index chunks and fragments are packed, for bundles our writer wrote (index-pack.ts). */
  index?: IndexPackInfo;
}

/**
 * The bundles a search must load: with years chosen, only their partitions (and the site
 * bundle, which holds articles and year pages); otherwise all of them.
 */
export function bundlesFor(bundles: Bundle[], years: string[] | undefined): Bundle[] {
  if (!years || years.length === 0) return bundles;
  return bundles.filter((b) => b.year === undefined || years.includes(String(b.year)));
}
