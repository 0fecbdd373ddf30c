/**
 * The search worker: loads Pagefind and the partitions' indexes, runs the query plan
 * (phrases exactly, then the looser search), and describes the results the page shows.
 *
 * Partitions are searched newest first: the site bundle (articles, department and year
 * pages) and the newest year's partition, then, while the first page of results is not
 * full of exact matches, the next older one (Pagefind's mergeIndex). Exact matches keep
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
import type { ResultCard } from '../../lib/search/records.ts';
import type { ResultItem, SearchRequest, SearchResponse } from './protocol.ts';

interface PagefindResult {
  id: string;
  score: number;
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
let manifest: Promise<Bundle[]> | undefined;
let engine: Promise<{ createInstance(options: object): PagefindInstance }> | undefined;

/** A Pagefind instance over a growing list of bundles (site bundle first). */
interface Loaded {
  instance: Promise<PagefindInstance>;
  bundles: Bundle[];
  merged: number;
  facets?: Promise<unknown>;
  facetsDone: boolean;
}
const loaded = new Map<string, Loaded>();

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
}
let current: Progress | undefined;

const loadManifest = () =>
  (manifest ??= fetch(`${root}pagefind/partitions.json`).then(async (r) => {
    if (!r.ok) throw new Error(`partitions.json: HTTP ${r.status}`);
    return ((await r.json()) as { bundles: Bundle[] }).bundles;
  }));

/** The bundles for a year selection: site first, then partitions newest first. */
async function bundlesFor(years: string[] | undefined): Promise<Bundle[]> {
  const all = await loadManifest();
  const site = all.filter((b) => b.year === undefined);
  const parts = all.filter((b) => b.year !== undefined && (!years?.length || years.includes(String(b.year)))).sort((a, b) => b.year! - a.year!);
  return [...site, ...parts];
}

async function loadedFor(years: string[] | undefined): Promise<Loaded> {
  const key = years?.length ? [...years].sort().join(',') : '*';
  if (!loaded.has(key)) {
    const bundles = await bundlesFor(years);
    // With years chosen, all their partitions load at once; otherwise the newest one first.
    const first = years?.length ? bundles.length : Math.min(2, bundles.length);
    const instance = (async () => {
      engine ??= import(/* @vite-ignore */ `${root}pagefind/pagefind.js`);
      const pagefind = await engine;
      const made = pagefind.createInstance({ basePath: `${root}pagefind/${bundles[0].path}`, baseUrl: root, noWorker: true });
      await made.init();
      await Promise.all(bundles.slice(1, first).map((b) => made.mergeIndex(`${root}pagefind/${b.path}`, { baseUrl: root })));
      return made;
    })();
    loaded.set(key, { instance, bundles, merged: first, facetsDone: false });
  }
  return loaded.get(key)!;
}

/** Adds the next older partition to an instance; false when every one is merged. */
async function mergeNext(l: Loaded): Promise<boolean> {
  if (l.merged >= l.bundles.length) return false;
  const bundle = l.bundles[l.merged++];
  await (await l.instance).mergeIndex(`${root}pagefind/${bundle.path}`, { baseUrl: root });
  l.facetsDone = false;
  l.facets = undefined;
  return true;
}

/** Runs the plan on everything merged so far; appends what is new, in score order. */
async function searchRound(p: Progress): Promise<void> {
  const instance = await p.loaded.instance;
  const options = { filters: pagefindFilters(p.selection) };
  const [exactResponses, looseResponses] = await Promise.all([Promise.all(p.plan.exact.map((q) => instance.search(q, options))), Promise.all(p.plan.loose.map((q) => instance.search(q, options)))]);
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

const cards = new Map<string, Promise<ResultCard[] | undefined>>();
async function cardsFor(id: string): Promise<ResultCard[] | undefined> {
  if (!cards.has(id)) {
    cards.set(
      id,
      fetch(`${root}pagefind/cards/${id}.mzc`).then(async (r) => (r.ok && r.body ? ((await new Response(r.body.pipeThrough(new DecompressionStream('gzip'))).json()) as ResultCard[]) : undefined)),
    );
  }
  return cards.get(id)!;
}

async function describe(hit: PagefindResult, match: 'exact' | 'loose', plan: SearchPlan): Promise<ResultItem> {
  const found = await cardsFor(hit.id);
  let card = found?.length === 1 ? found[0] : undefined;
  if (!card) {
    // Two bundles gave pages the same id (or the card is missing): Pagefind's fragment says which.
    const data = await hit.data();
    const url = data.raw_url ?? data.url;
    card = found?.find((c) => c.url === url) ?? { url, title: data.meta.title ?? url, kind: data.meta.kind ?? '', year: data.meta.year, department: data.meta.department, text: '' };
  }
  return { url: card.url, title: card.title, year: card.year, kind: card.kind, department: card.department, excerpt: buildExcerpt(card.text, plan.phrases), match };
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
    current = { key, plan, selection: request.selection, loaded: l, exact: [], loose: [], seen: new Set(), facets: {} };
    // Results already found in partitions merged for an earlier query are found again here.
    await searchRound(current);
  }
  const p = current;
  // Fill the page with exact matches from older partitions, or search them all when asked.
  while ((request.everything || p.exact.length < request.limit) && (await mergeNext(p.loaded))) {
    if (current !== p) return;
    await searchRound(p);
  }
  if (current !== p) return;
  self.postMessage(await respond(p, request, started));
  // Facet counts need Pagefind's filter indexes; load them after the results are out.
  if (!p.loaded.facetsDone) {
    p.loaded.facets ??= (await p.loaded.instance).filters();
    await p.loaded.facets;
    p.loaded.facetsDone = true;
    if (current !== p) return;
    await searchRound(p);
    self.postMessage(await respond(p, request, started));
  }
}

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  handle(event.data).catch((error) => {
    self.postMessage({ seq: event.data.seq, query: event.data.query, phrases: [], exactCount: 0, looseCount: 0, items: [], facets: {}, facetsComplete: true, searchedYears: [], pendingYears: [], ms: 0, error: String(error) } satisfies SearchResponse);
  });
});
