/**
 * Result cards in the search worker: a result's title, year, kind, department and one block
 * of its text for the excerpt (docs/search.md), fetched once each. Cards of partition
 * bundles are slots of their packs, read by HTTP range at an offset the page id gives
 * (src/lib/search/card-pack.ts); cards of bundles Pagefind wrote (the site bundle) are
 * small files named by page id and block.
 */
import { cardPackFile, packKeyOf, readSlot, slotRange } from '../../lib/search/card-pack.ts';
import type { Bundle } from '../../lib/search/query.ts';
import type { ResultCard } from '../../lib/search/records.ts';

const root = import.meta.env.BASE_URL;

/** What a card lookup needs of a Pagefind result. */
export interface CardHit {
  id: string;
  data: () => Promise<{ url: string; raw_url?: string }>;
}

const cards = new Map<string, Promise<ResultCard[] | undefined>>();
/**
 * Cards are gzip, read with the browser's DecompressionStream. A browser without it
 * (Safari before 16.4, Firefox before 113) gets no cards: its results show Pagefind's
 * fragment (title, year, kind, department) without an excerpt, instead of an error.
 */
const canInflate = typeof DecompressionStream === 'function';
const inflate = async (body: ReadableStream<Uint8Array<ArrayBuffer>>) => (await new Response(body.pipeThrough(new DecompressionStream('gzip'))).json()) as ResultCard[];

/** Bytes start..end (inclusive) of a file; undefined unless the host answered the range. */
async function range(url: string, start: number, end: number): Promise<Uint8Array | undefined> {
  const response = await fetch(url, { headers: { Range: `bytes=${start}-${end}` } });
  // A host that ignores ranges sends the whole pack: stop reading, show no excerpt.
  if (response.status !== 206) {
    void response.body?.cancel();
    return undefined;
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** Block `block` of a packed page in one bundle: its slot, and the overflow area when the card did not fit. */
async function packedCard(bundle: Bundle, id: string, block: number): Promise<ResultCard[] | undefined> {
  const place = bundle.cards && slotRange(bundle.cards, id, block);
  if (!place || place.pack >= bundle.cards!.packs) return undefined;
  const url = `${root}pagefind/${bundle.path}card-pack/${cardPackFile(bundle.cards!, place.pack)}`;
  const slot = await range(url, place.start, place.end);
  const read = slot && readSlot(slot);
  if (!read) return undefined;
  const gzip = 'card' in read ? read.card : await range(url, read.overflow.start, read.overflow.end);
  if (!gzip) return undefined;
  const found = await inflate(new Blob([gzip as Uint8Array<ArrayBuffer>]).stream());
  // Past a page's last block the slot is the next page's: its block number tells.
  return found.filter((card) => card.block === block);
}

/** A card file of a bundle Pagefind wrote. */
async function cardFile(id: string, block: number): Promise<ResultCard[] | undefined> {
  const response = await fetch(`${root}pagefind/cards/${id}-${block}.mzc`);
  return response.ok && response.body ? inflate(response.body) : undefined;
}

function cardsFor(id: string, block: number, bundles: readonly Bundle[]): Promise<ResultCard[] | undefined> {
  if (!canInflate) return Promise.resolve(undefined);
  const key = `${id}-${block}`;
  if (!cards.has(key)) {
    const packKey = packKeyOf(id);
    // Two bundles may share a key (hashes of separate builds): read both, tell apart by URL.
    const owners = packKey ? bundles.filter((b) => b.cards?.key === packKey) : [];
    const found = owners.length ? Promise.all(owners.map((b) => packedCard(b, id, block))).then((lists) => lists.flatMap((list) => list ?? [])) : cardFile(id, block);
    cards.set(key, found.catch(() => undefined));
  }
  return cards.get(key)!;
}

/** The card of a hit: the block holding its first match; two pages sharing an id are told apart by URL. */
export async function cardOf(hit: CardHit, block: number, bundles: readonly Bundle[]): Promise<ResultCard | undefined> {
  const found = await cardsFor(hit.id, block, bundles);
  if (!found || found.length <= 1) return found?.[0];
  const data = await hit.data();
  return found.find((c) => c.url === (data.raw_url ?? data.url));
}
