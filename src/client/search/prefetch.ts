/**
 * Fetches a bundle's files before Pagefind asks for them. Pagefind loads a bundle one
 * request after another (its entry, then its metadata and WebAssembly) and merges a second
 * bundle only once the first is loaded: four round trips in a row before a cold search can
 * start. The worker knows the bundles from partitions.json, so it starts every such request
 * at once; when the engine fetches one of these files, it gets the response already on its
 * way instead of a new request. Nothing is fetched that the engine would not fetch itself;
 * entry files that partitions.json carries are not fetched at all.
 */

import { entryFiles, type PagefindEntry } from '../../lib/search/entry-files.ts';
import type { Bundle } from '../../lib/search/query.ts';
import { packedResponse, prefetchIndexTable } from './index-packs.ts';
import { inflated, isPagefindFile } from './native-gunzip.ts';

const early = new Map<string, Promise<Response>>();
/** Files the engine has asked for already: fetching them early would fetch them twice. */
const asked = new Set<string>();
const networkFetch = self.fetch.bind(self);

/** The map key of a URL: Pagefind adds a cache-busting query to the entry file. */
const keyOf = (url: string) => {
  const u = new URL(url, self.location.href);
  return `${u.origin}${u.pathname}`;
};

function fetchEarly(url: string, init?: RequestInit): Promise<Response> | undefined {
  const key = keyOf(url);
  if (asked.has(key)) return undefined;
  let response = early.get(key);
  if (!response) {
    const started = networkFetch(url, init);
    early.set(key, started);
    // A failed request is the engine's to report (it must not also be an unhandled
    // rejection), and is not kept: a retry asks the network again.
    const forget = () => {
      if (early.get(key) === started) early.delete(key);
    };
    started.then((r) => (r.ok ? undefined : forget()), forget);
    response = started;
  }
  return response;
}

/** Entry files' content (JSON text) by URL key, from the manifest last loaded. */
const entries = new Map<string, string>();

/**
 * The entry files the manifest carries (URL and content, as the build read it): the engine's
 * requests for them are answered from here, every time, instead of the network. Called on
 * each manifest load, so that a reloaded manifest replaces what an older one said.
 */
export function useEntries(list: [url: string, entry: PagefindEntry][]): void {
  entries.clear();
  for (const [url, entry] of list) entries.set(keyOf(url), JSON.stringify(entry));
}

/**
 * Answers the engine's requests for entry files from the manifest, for packed index chunks
 * and fragments from their packs (index-packs.ts), and for files fetched early from the
 * early response (each is handed over once); every other request goes to the network.
 */
export function servePrefetched(): void {
  self.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const key = keyOf(url);
    const entry = init ? undefined : entries.get(key);
    if (entry !== undefined) return Promise.resolve(new Response(entry, { headers: { 'Content-Type': 'application/json' } }));
    const pathname = new URL(key).pathname;
    const packed = init ? undefined : packedResponse(pathname);
    if (packed) return isPagefindFile(pathname) ? packed.then(inflated) : packed;
    asked.add(key);
    let response = early.get(key);
    if (response && !init) early.delete(key);
    else response = networkFetch(input, init);
    return isPagefindFile(pathname) ? response.then(inflated) : response;
  };
}

/**
 * Starts loading a bundle as Pagefind's `init` would: its entry, its metadata (entryFiles),
 * for the first bundle of an instance the WebAssembly, and its index packs' chunk table.
 * When the manifest carries the entry (useEntries), nothing is fetched for it and the others
 * are asked for at once; otherwise the entry is asked for with them when the manifest names
 * them, or before them.
 */
export async function prefetchBundle(basePath: string, bundle: Bundle, withWasm: boolean): Promise<void> {
  prefetchIndexTable(basePath);
  const known = entries.get(keyOf(`${basePath}pagefind-entry.json`));
  const named = known === undefined ? undefined : entryFiles(JSON.parse(known) as PagefindEntry);
  if (named) {
    fetchEarly(`${basePath}${named.meta}`);
    if (withWasm) fetchEarly(`${basePath}${bundle.wasm ?? named.wasm}`);
    return;
  }
  // Pagefind asks for the entry with a cache-busting query (it names the current metadata):
  // never take it from the HTTP cache either.
  const entryRequest = fetchEarly(`${basePath}pagefind-entry.json`, { cache: 'no-cache' });
  if (bundle.meta) fetchEarly(`${basePath}${bundle.meta}`);
  if (withWasm && bundle.wasm) fetchEarly(`${basePath}${bundle.wasm}`);
  if (bundle.meta && (bundle.wasm || !withWasm)) return;
  // The engine reads the original response, this a copy, made before anyone reads it.
  const entryResponse = await entryRequest?.then((r) => r.clone());
  if (!entryResponse?.ok) return;
  const files = entryFiles((await entryResponse.json()) as PagefindEntry);
  if (!files) return;
  fetchEarly(`${basePath}${files.meta}`);
  if (withWasm) fetchEarly(`${basePath}${files.wasm}`);
}
