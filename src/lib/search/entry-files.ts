/**
 * The files Pagefind's engine loads first from a bundle, read off its entry file
 * (pagefind-entry.json): the metadata of the language index it picks and the WebAssembly.
 * In a worker, or when the page's language has no index of its own, it picks the index
 * with the most pages. Used by the build (to name them in partitions.json) and by the
 * search worker (to ask for them early): both must pick what the engine picks.
 */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/** File names inside the bundle folder; undefined when the entry lists no index. */
export function entryFiles(entry: PagefindEntry): { meta: string; wasm: string } | undefined {
  const index = Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
  if (!index) return undefined;
  return { meta: `pagefind.${index.hash}.pf_meta`, wasm: `wasm.${index.wasm ?? 'unknown'}.pagefind` };
}
