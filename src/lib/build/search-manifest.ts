/**
 * /pagefind/partitions.json: the list of index bundles the search page merges, with what
 * the engine loads first from each (entry-files.ts), so the search worker neither waits for
 * an entry file nor fetches it.
 */
import type { CardPackInfo } from '../search/card-pack.ts';
import type { IndexPackInfo } from '../search/index-pack.ts';
import type { PagefindEntry } from '../search/entry-files.ts';

/** One bundle as the build knows it. */
export interface BundlePlace {
  id: string;
  path: string;
  size: number;
  year?: number;
  provinces?: string[];
}

/** What the engine loads first from a bundle (absent where a bundle has no entry file). */
export interface BundleEntryFiles {
  entry?: PagefindEntry;
  meta?: string;
  wasm?: string;
  /** Where its result cards are (bundles our writer wrote; card-pack.ts). */
  cards?: CardPackInfo;
  /** Where its index chunks and fragments are (bundles our writer wrote; index-pack.ts). */
  index?: IndexPackInfo;
}

/**
 * Files Pagefind writes that the site never uses: the engine (the search worker carries its
 * own copy, src/client/search/vendor/pagefind.js), the UI kits, Pagefind's worker, and the
 * WebAssembly of every bundle but the first (the site bundle, which every search loads first).
 */
export function isUnusedBundleFile(file: string, firstBundle: boolean): boolean {
  return /^pagefind[-.](component-ui|modular-ui|ui|highlight|worker)\b|^pagefind\.js$/.test(file) || (!firstBundle && file === 'wasm.unknown.pagefind');
}

/** The manifest's text. */
export function searchManifest(bundles: readonly (BundlePlace & BundleEntryFiles)[]): string {
  return `${JSON.stringify({ version: 1, bundles }, null, 2)}\n`;
}
