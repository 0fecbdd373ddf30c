/**
 * The search worker: loads Pagefind and the partitions' indexes, runs the query plan
 * (phrases exactly, then the looser search), and describes the results the page shows.
 * Pagefind runs here, off the main thread; inside a worker it sees no <html lang="zh-CN">,
 * so it leaves our bigram queries alone instead of re-segmenting them as Chinese words.
 */
import { buildExcerpt } from '../../lib/search/excerpt.ts';
import { bundlesFor, combineHits, pagefindFilters, planQuery, type Bundle } from '../../lib/search/query.ts';
import type { QueryPhrase } from '../../lib/search/tokens.ts';
import type { ResultItem, SearchRequest, SearchResponse } from './protocol.ts';

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<{ url: string; raw_url?: string; content: string; meta: Record<string, string> }>;
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
const instances = new Map<string, Promise<PagefindInstance>>();
/** Per instance: its facet indexes, loaded after the first results (they are not needed for them). */
const facetIndexes = new Map<PagefindInstance, Promise<unknown>>();
const facetsLoaded = new WeakSet<PagefindInstance>();
let last: { key: string; exact: PagefindResult[]; loose: PagefindResult[]; facets: PagefindResponse['filters'] } | undefined;

const loadManifest = () =>
  (manifest ??= fetch(`${root}pagefind/partitions.json`).then(async (r) => {
    if (!r.ok) throw new Error(`partitions.json: HTTP ${r.status}`);
    return ((await r.json()) as { bundles: Bundle[] }).bundles;
  }));

function instanceFor(bundles: Bundle[]): Promise<PagefindInstance> {
  const key = bundles.map((b) => b.id).join(',');
  if (!instances.has(key)) {
    instances.set(
      key,
      (async () => {
        engine ??= import(/* @vite-ignore */ `${root}pagefind/pagefind.js`);
        const pagefind = await engine;
        const instance = pagefind.createInstance({ basePath: `${root}pagefind/${bundles[0].path}`, baseUrl: root, noWorker: true });
        await instance.init();
        await Promise.all(bundles.slice(1).map((b) => instance.mergeIndex(`${root}pagefind/${b.path}`, { baseUrl: root })));
        return instance;
      })(),
    );
  }
  return instances.get(key)!;
}

async function describe(hit: PagefindResult, match: 'exact' | 'loose', phrases: QueryPhrase[]): Promise<ResultItem> {
  const data = await hit.data();
  return {
    url: data.raw_url ?? data.url,
    title: data.meta.title ?? data.url,
    year: data.meta.year,
    kind: data.meta.kind,
    department: data.meta.department,
    excerpt: buildExcerpt(data.content, phrases),
    match,
  };
}

async function search(request: SearchRequest): Promise<SearchResponse> {
  const started = performance.now();
  const plan = planQuery(request.query);
  if (!plan) return { seq: request.seq, query: request.query, phrases: [], exactCount: 0, looseCount: 0, items: [], facets: {}, ms: 0 };
  const key = JSON.stringify([request.query, request.selection]);
  const instance = await instanceFor(bundlesFor(await loadManifest(), request.selection.year));
  if (last?.key !== key) {
    const options = { filters: pagefindFilters(request.selection) };
    const [exactResponses, looseResponses] = await Promise.all([Promise.all(plan.exact.map((q) => instance.search(q, options))), Promise.all(plan.loose.map((q) => instance.search(q, options)))]);
    const combined = combineHits(
      exactResponses.map((r) => r.results),
      looseResponses.map((r) => r.results),
    );
    // Facet counts are Pagefind's for one exact search: exact for the usual one-phrase
    // query; for several phrases, those of the phrase with the fewest pages (an upper bound).
    const facets = [...exactResponses].sort((a, b) => a.results.length - b.results.length)[0].filters;
    last = { key, exact: combined.exact, loose: combined.loose, facets };
  }
  const all = [...last.exact.map((h) => [h, 'exact'] as const), ...last.loose.map((h) => [h, 'loose'] as const)];
  const items = await Promise.all(all.slice(0, request.limit).map(([h, m]) => describe(h, m, plan.phrases)));
  return {
    seq: request.seq,
    query: request.query,
    phrases: plan.phrases.map((p) => p.text),
    exactCount: last.exact.length,
    looseCount: last.loose.length,
    items,
    facets: last.facets,
    facetsComplete: facetsLoaded.has(instance),
    ms: performance.now() - started,
  };
}

self.addEventListener('message', async (event: MessageEvent<SearchRequest>) => {
  try {
    const response = await search(event.data);
    self.postMessage(response);
    // Facet counts need Pagefind's filter indexes; load them after the first results are
    // out, then send the counts (the results do not change).
    const plan = planQuery(event.data.query);
    if (!plan) return;
    const instance = await instanceFor(bundlesFor(await loadManifest(), event.data.selection.year));
    if (!facetIndexes.has(instance)) {
      facetIndexes.set(instance, instance.filters());
      await facetIndexes.get(instance);
      facetsLoaded.add(instance);
      last = undefined;
      self.postMessage({ ...(await search(event.data)), facetsOnly: true });
    }
  } catch (error) {
    self.postMessage({ seq: event.data.seq, query: event.data.query, phrases: [], exactCount: 0, looseCount: 0, items: [], facets: {}, ms: 0, error: String(error) } satisfies SearchResponse);
  }
});
