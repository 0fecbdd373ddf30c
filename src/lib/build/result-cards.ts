/** Result cards of two search bundles that share a Pagefind page id (see docs/search.md). */

/** One card: what a result shows, keyed by the page's address. */
export interface ResultCard {
  url: string;
  [field: string]: unknown;
}

/** Both bundles' cards in one file, by address, so arrival order never changes the file. */
export function mergeResultCards(a: readonly ResultCard[], b: readonly ResultCard[]): ResultCard[] {
  return [...a, ...b].sort((x, y) => (x.url < y.url ? -1 : x.url > y.url ? 1 : 0));
}
