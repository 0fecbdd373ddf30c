/**
 * Result cards in the search worker: the gzip files that hold a result's title, year, kind,
 * department and one block of its text for the excerpt (docs/search.md), fetched once each.
 */
import type { ResultCard } from '../../lib/search/records.ts';

const root = import.meta.env.BASE_URL;

/** What a card lookup needs of a Pagefind result. */
export interface CardHit {
  id: string;
  data: () => Promise<{ url: string; raw_url?: string }>;
}

const cards = new Map<string, Promise<ResultCard[] | undefined>>();
/**
 * Cards are gzip files, read with the browser's DecompressionStream. A browser without it
 * (Safari before 16.4, Firefox before 113) gets no cards: its results show Pagefind's
 * fragment (title, year, kind, department) without an excerpt, instead of an error.
 */
const canInflate = typeof DecompressionStream === 'function';
function cardsFor(id: string, block: number): Promise<ResultCard[] | undefined> {
  if (!canInflate) return Promise.resolve(undefined);
  const key = `${id}-${block}`;
  if (!cards.has(key)) {
    cards.set(
      key,
      fetch(`${root}pagefind/cards/${key}.mzc`).then(async (r) => (r.ok && r.body ? ((await new Response(r.body.pipeThrough(new DecompressionStream('gzip'))).json()) as ResultCard[]) : undefined)),
    );
  }
  return cards.get(key)!;
}

/** The card of a hit: the block holding its first match; two pages sharing an id are told apart by URL. */
export async function cardOf(hit: CardHit, block: number): Promise<ResultCard | undefined> {
  const found = await cardsFor(hit.id, block);
  if (!found || found.length <= 1) return found?.[0];
  const data = await hit.data();
  return found.find((c) => c.url === (data.raw_url ?? data.url));
}
