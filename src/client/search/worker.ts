/**
 * The search worker: loads Pagefind and the partitions' indexes, runs the query plan
 * (phrases exactly, then the looser search), and describes the results the page shows.
 *
 * Partitions are searched newest first: the site bundle (articles, department and year
 * pages) and the newest year's partition, then, while fewer than a few exact matches are
 * found (request.fill), the next older one (Pagefind's mergeIndex). Exact matches keep
 * their place as older years are added, so the order is: exact matches, newest years
 * first and by relevance within a year; then partial matches the same way. The rest of the
 * years are searched when asked ("搜索更早年度") or when a year facet chooses them. A cold
 * query thus fetches one partition's index, not every partition's.
 *
 * Pagefind runs here, off the main thread; inside a worker it sees no <html lang="zh-CN">,
 * so it leaves our bigram queries alone instead of re-segmenting them as Chinese words.
 */
import { buildExcerpt } from '../../lib/search/excerpt.ts';
import { combineHits, pagefindFilters, planQuery, type Bundle, type SearchPlan } from '../../lib/search/query.ts';
import { BLOCK_UNITS } from '../../lib/search/records.ts';
import type { PagefindEntry } from '../../lib/search/entry-files.ts';
import { useIndexPacks } from './index-packs.ts';
import { prefetchBundle, servePrefetched, useEntries } from './prefetch.ts';
import type { ResultItem, SearchRequest, SearchResponse, WarmRequest } from './protocol.ts';
import { cardOf } from './result-cards.ts';
// Pagefind's engine is part of this worker's file: no request for it after the worker starts.
import { createInstance } from './vendor/pagefind.js';

interface PagefindResult {
  id: string;
  score: number;
  /** Index positions of the matched words. */
  words: number[];
  data: () => Promise<{ url: string; raw_url?: string; meta: Record<string, string> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindInstance {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string, options?: object): Promise<void>;
  search(term: string, options?: object): Promise<PagefindResponse>;
}

const root = import.meta.env.BASE_URL;
servePrefetched();
let manifest: Promise<Bundle[]> | undefined;

/** A Pagefind instance over a growing list of bundles (site bundle first). */
interface Loaded {
  /** Its key in `loaded`. */
  key: string;
  instance: PagefindInstance;
  bundles: Bundle[];
  merged: number;
  facets?: Promise<unknown>;
  facetsDone: boolean;
}
const loaded = new Map<string, Promise<Loaded>>();

/** One query's progress: its plan and the results found so far, in display order. */
interface Progress {
  key: string;
  plan: SearchPlan;
  selection: SearchRequest['selection'];
  loaded: Loaded;
  exact: PagefindResult[];
  loose: PagefindResult[];
  seen: Set<string>;
  facets: PagefindResponse['filters'];
  /** Partial matches and facet counts are up to date with the merged partitions. */
  looseDone: boolean;
}
let current: Progress | undefined;

const loadManifest = () =>
  // Revalidated like the entry files it stands in for (Pagefind fetches those uncached):
  // its names and entries must be the current index's.
  (manifest ??= fetch(`${root}pagefind/partitions.json`, { cache: 'no-cache' }).then(async (r) => {
    if (!r.ok) throw new Error(`partitions.json: HTTP ${r.status}`);
    const { bundles } = (await r.json()) as { bundles: Bundle[] };
    useEntries(bundles.flatMap((b) => (b.entry ? [[`${root}pagefind/${b.path}pagefind-entry.json`, b.entry] as [string, PagefindEntry]] : [])));
    useIndexPacks(bundles.map((b) => [`${root}pagefind/${b.path}`, b] as [string, Bundle]));
    return bundles;
  }));

/** The bundles for a year selection: site first, then partitions newest first. */
async function bundlesFor(years: string[] | undefined): Promise<Bundle[]> {
  const all = await loadManifest();
  const site = all.filter((b) => b.year === undefined);
  const parts = all.filter((b) => b.year !== undefined && (!years?.length || years.includes(String(b.year)))).sort((a, b) => b.year! - a.year!);
  return [...site, ...parts];
}

function loadedFor(years: string[] | undefined): Promise<Loaded> {
  const key = years?.length ? [...years].sort().join(',') : '*';
  // Kept at once (a warm-up and a query may ask together), dropped if loading fails, so
  // that the next search tries again instead of failing for good.
  if (!loaded.has(key)) {
    const entry = (async (): Promise<Loaded> => {
      const bundles = await bundlesFor(years);
      // With years chosen, all their partitions load at once; otherwise the newest one first.
      const first = years?.length ? bundles.length : Math.min(2, bundles.length);
      // Every file the engine needs before its first search, requested at once (see prefetch.ts).
      bundles.slice(0, first).forEach((b, i) => void prefetchBundle(`${root}pagefind/${b.path}`, b, i === 0).catch(() => undefined));
      const made = createInstance({ basePath: `${root}pagefind/${bundles[0].path}`, baseUrl: root, noWorker: true }) as PagefindInstance;
      await made.init();
      await Promise.all(bundles.slice(1, first).map((b) => made.mergeIndex(`${root}pagefind/${b.path}`, { baseUrl: root })));
      return { key, instance: made, bundles, merged: first, facetsDone: false };
    })();
    entry.catch(() => {
      loaded.delete(key);
      manifest = undefined;
    });
    loaded.set(key, entry);
  }
  return loaded.get(key)!;
}

/** Drops an instance and the manifest it was made from. */
function forget(l: Loaded): void {
  void loaded.get(l.key)?.then((kept) => kept === l && loaded.delete(l.key));
  manifest = undefined;
  if (current?.loaded === l) current = undefined;
}

/** Adds the next older partition to an instance; false when every one is merged. */
async function mergeNext(l: Loaded): Promise<boolean> {
  if (l.merged >= l.bundles.length) return false;
  const bundle = l.bundles[l.merged++];
  void prefetchBundle(`${root}pagefind/${bundle.path}`, bundle, false).catch(() => undefined);
  try {
    await l.instance.mergeIndex(`${root}pagefind/${bundle.path}`, { baseUrl: root });
  } catch (error) {
    // The engine may hold half a bundle now, and the manifest may name an index replaced
    // since it was read: the next search starts over from a fresh manifest.
    forget(l);
    throw error;
  }
  l.facetsDone = false;
  l.facets = undefined;
  return true;
}

/**
 * Runs the plan on everything merged so far; appends what is new, in score order. The
 * partial-match searches (one per character pair) only run with `loose`: the first
 * results are exact ones, and the partial matches follow them anyway.
 */
async function searchRound(p: Progress, loose: boolean): Promise<void> {
  const { instance } = p.loaded;
  const options = { filters: pagefindFilters(p.selection) };
  const [exactResponses, looseResponses] = await Promise.all([Promise.all(p.plan.exact.map((q) => instance.search(q, options))), Promise.all((loose ? p.plan.loose : []).map((q) => instance.search(q, options)))]);
  const combined = combineHits(
    exactResponses.map((r) => r.results),
    looseResponses.map((r) => r.results),
  );
  for (const hit of combined.exact) if (!p.seen.has(hit.id)) (p.seen.add(hit.id), p.exact.push(hit));
  for (const hit of combined.loose) if (!p.seen.has(hit.id)) (p.seen.add(hit.id), p.loose.push(hit));
  // Facet counts are Pagefind's for one exact search: exact for the usual one-phrase
  // query; for several phrases, those of the phrase with the fewest pages (an upper bound).
  p.facets = [...exactResponses].sort((a, b) => a.results.length - b.results.length)[0].filters;
}

async function describe(hit: PagefindResult, match: 'exact' | 'loose', plan: SearchPlan): Promise<ResultItem> {
  const first = hit.words.length ? Math.min(...hit.words) : 0;
  const bundles = await loadManifest();
  let card = await cardOf(hit, Math.floor(first / BLOCK_UNITS), bundles);
  let excerpt = card ? buildExcerpt(card.text, plan.phrases) : [];
  // A match in the trailer (a lone number listed after the text) has no block of its own:
  // look for the number block by block.
  if (!card || !excerpt.some((part) => part.mark)) {
    for (let k = 0; ; k++) {
      const next = await cardOf(hit, k, bundles);
      if (!next) break;
      card ??= next;
      const candidate = buildExcerpt(next.text, plan.phrases);
      if (candidate.some((part) => part.mark)) {
        card = next;
        excerpt = candidate;
        break;
      }
      if ((k + 1) * BLOCK_UNITS >= next.units) break;
    }
  }
  if (!card) {
    const data = await hit.data();
    return { url: data.raw_url ?? data.url, title: data.meta.title ?? data.url, year: data.meta.year, kind: data.meta.kind, department: data.meta.department, excerpt: [], match };
  }
  return { url: card.url, title: card.title, year: card.year, kind: card.kind, department: card.department, excerpt, match };
}

async function respond(p: Progress, request: SearchRequest, started: number): Promise<SearchResponse> {
  const all = [...p.exact.map((h) => [h, 'exact'] as const), ...p.loose.map((h) => [h, 'loose'] as const)];
  const items = await Promise.all(all.slice(0, request.limit).map(([h, m]) => describe(h, m, p.plan)));
  const years = (bs: Bundle[]) => bs.filter((b) => b.year !== undefined).map((b) => b.year!);
  return {
    seq: request.seq,
    query: request.query,
    phrases: p.plan.phrases.map((x) => x.text),
    exactCount: p.exact.length,
    looseCount: p.loose.length,
    items,
    facets: p.facets,
    facetsComplete: p.loaded.facetsDone,
    searchedYears: [...new Set(years(p.loaded.bundles.slice(0, p.loaded.merged)))],
    pendingYears: [...new Set(years(p.loaded.bundles.slice(p.loaded.merged)))],
    ms: performance.now() - started,
  };
}

async function handle(request: SearchRequest): Promise<void> {
  const started = performance.now();
  const plan = planQuery(request.query);
  if (!plan) {
    self.postMessage({ seq: request.seq, query: request.query, phrases: [], exactCount: 0, looseCount: 0, items: [], facets: {}, facetsComplete: true, searchedYears: [], pendingYears: [], ms: 0 } satisfies SearchResponse);
    return;
  }
  const key = JSON.stringify([request.query, request.selection]);
  if (current?.key !== key) {
    const l = await loadedFor(request.selection.year);
    current = { key, plan, selection: request.selection, loaded: l, exact: [], loose: [], seen: new Set(), facets: {}, looseDone: false };
    // Results already found in partitions merged for an earlier query are found again here.
    await searchRound(current, false);
  }
  const p = current;
  // Fill the page with exact matches from older partitions, or search them all when asked.
  while ((request.everything || p.exact.length < request.fill) && (await mergeNext(p.loaded))) {
    if (current !== p) return;
    await searchRound(p, false);
    p.looseDone = false;
  }
  if (current !== p) return;
  // First results: exact matches only, as soon as they are known.
  if (!p.looseDone && p.exact.length >= Math.min(request.fill, request.limit)) self.postMessage(await respond(p, request, started));
  if (current !== p) return;
  // Then the partial matches and the facet counts (Pagefind's filter indexes), and again.
  if (!p.loaded.facetsDone) await facetsOf(p.loaded);
  if (current !== p) return;
  await searchRound(p, true);
  p.looseDone = true;
  self.postMessage(await respond(p, request, started));
}

/**
 * A word no page has, searched once while warming up. The first search of an instance
 * runs through code the browser has not compiled yet (chunk decoding, the WebAssembly
 * search); doing that while the reader types saves about half of a first query's
 * search time (measured: 130 → 60 ms in headless Chromium). It costs one small index
 * chunk per bundle: the one whose word range holds this character.
 */
const WARM_UP_QUERY = '"龘"';

/** Loads the engine, the bundles and their facet indexes ahead of a query, and runs a first search. */
async function warm(request: WarmRequest): Promise<void> {
  const l = await loadedFor(request.years);
  if (request.bundlesOnly) return;
  await facetsOf(l);
  await l.instance.search(WARM_UP_QUERY);
}

/** Loads the facet indexes of everything merged (again, if a partition is merged meanwhile). */
async function facetsOf(l: Loaded): Promise<void> {
  while (!l.facetsDone) {
    const facets = (l.facets ??= l.instance.filters());
    try {
      await facets;
    } catch (error) {
      if (l.facets === facets) l.facets = undefined;
      throw error;
    }
    if (l.facets === facets) l.facetsDone = true;
  }
}

self.addEventListener('message', (event: MessageEvent<SearchRequest | WarmRequest>) => {
  const request = event.data;
  if ('warm' in request) {
    warm(request).catch(() => undefined);
    return;
  }
  // A failed load or merge has dropped its indexes and the manifest (an index may have been
  // replaced since the worker read it): once more from a fresh manifest, then the error.
  handle(request)
    .catch(() => {
      current = undefined;
      return handle(request);
    })
    .catch((error) => {
      self.postMessage({ seq: request.seq, query: request.query, phrases: [], exactCount: 0, looseCount: 0, items: [], facets: {}, facetsComplete: true, searchedYears: [], pendingYears: [], ms: 0, error: String(error) } satisfies SearchResponse);
    });
});
