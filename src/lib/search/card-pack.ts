/**
 * Result cards of a disclosure bundle packed into a few large files, read by HTTP range.
 *
 * One small file per card block (12 per disclosure) was most of the site's files; a static
 * host or object store counts files. A bundle's cards are instead laid out in fixed-size
 * slots: block k of a page is slot `first + k`, where `first` is carried in the page's
 * Pagefind id (`<bundle key>-<first in base 36>`), so a result's card is one range request
 * computed from its id alone — no directory to fetch first, no extra round trip.
 *
 * A slot holds a two-byte length and the card's gzip bytes. The slot size is chosen per
 * bundle to fit nearly all its cards; a card that does not fit goes after the slots of its
 * pack file, and its slot holds where (a second range request, for the rare long card).
 * Packs hold at most SLOTS_PER_PACK slots, so no file exceeds the hosts' per-file limits.
 */

/** The folder of a bundle that holds its packs (`<name>-<n>.mzp`) and `pack.json`. */
export const CARD_PACK_DIR = 'card-pack';
/** Format of pack.json and the slots. */
export const CARD_PACK_VERSION = 2;
/** Slots per pack file: 8,192 × at most 1.6 KB ≈ 13 MB, under Cloudflare Pages' 25 MiB per file. */
export const SLOTS_PER_PACK = 8192;
/** A slot's first two bytes when its card is in the overflow area: then u32 offset, u32 length. */
const OVERFLOW = 0xffff;
/** Share of a bundle's cards that must fit their slot; the rest go to the overflow area. */
const FIT_SHARE = 0.99;
const MIN_SLOT = 64;

/** What the search page needs to address a bundle's packs (its `card-pack/pack.json`). */
export interface CardPackInfo {
  version: number;
  /** The bundle's key: the part of its page ids before "-". */
  key: string;
  /**
   * A hash of the packs' bytes, in their file names: a pack whose cards changed gets a new
   * name, so no browser or CDN serves a range of the previous one after a deploy (the bundle
   * key alone stays the same when only punctuation, which is not indexed, changed).
   */
  name: string;
  /** Bytes per slot. */
  slot: number;
  perPack: number;
  packs: number;
}

/** A bundle's packed cards: the pack files, and each page's first slot (for its id). */
export interface PackedCards {
  packs: Buffer[];
  firstSlots: number[];
  slot: number;
}

/** Slot size that fits FIT_SHARE of the cards, with the length prefix. */
function slotSize(lengths: number[]): number {
  const sorted = [...lengths].sort((a, b) => a - b);
  const fit = sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * FIT_SHARE) - 1)] : 0;
  return Math.max(MIN_SLOT, fit + 2);
}

/** Packs each page's card blocks (already gzipped, in block order) into slots. */
export function packCards(pages: readonly (readonly Buffer[])[], perPack = SLOTS_PER_PACK): PackedCards {
  const firstSlots: number[] = [];
  const cards: Buffer[] = [];
  for (const blocks of pages) {
    if (blocks.length === 0) throw new Error('a page has at least one card block');
    firstSlots.push(cards.length);
    cards.push(...blocks);
  }
  const slot = slotSize(cards.map((c) => c.length));
  const packs: Buffer[] = [];
  for (let start = 0; start < cards.length; start += perPack) {
    const inPack = cards.slice(start, start + perPack);
    const slots = Buffer.alloc(inPack.length * slot);
    const overflow: Buffer[] = [];
    let overflowAt = slots.length;
    inPack.forEach((card, i) => {
      const at = i * slot;
      if (card.length <= slot - 2) {
        slots.writeUInt16BE(card.length, at);
        card.copy(slots, at + 2);
      } else {
        if (slot < 10) throw new Error('slot too small for an overflow pointer');
        slots.writeUInt16BE(OVERFLOW, at);
        slots.writeUInt32BE(overflowAt, at + 2);
        slots.writeUInt32BE(card.length, at + 6);
        overflow.push(card);
        overflowAt += card.length;
      }
    });
    packs.push(Buffer.concat([slots, ...overflow]));
  }
  return { packs, firstSlots, slot };
}

/** A pack file's name in CARD_PACK_DIR. */
export const cardPackFile = (info: Pick<CardPackInfo, 'name'>, pack: number) => `${info.name}-${pack}.mzp`;

/** The page id our bundle writer gives a page whose cards start at `firstSlot`. */
export function packedPageId(key: string, firstSlot: number): string {
  return `${key}-${firstSlot.toString(36)}`;
}

/** Where block `block` of the page with this id is: pack number and byte range (inclusive end). */
export function slotRange(info: Pick<CardPackInfo, 'slot' | 'perPack'>, pageId: string, block: number): { key: string; pack: number; start: number; end: number } | undefined {
  const dash = pageId.lastIndexOf('-');
  if (dash <= 0 || !Number.isInteger(block) || block < 0) return undefined;
  const first = parseInt(pageId.slice(dash + 1), 36);
  if (!Number.isSafeInteger(first)) return undefined;
  const index = first + block;
  const pack = Math.floor(index / info.perPack);
  const start = (index % info.perPack) * info.slot;
  return { key: pageId.slice(0, dash), pack, start, end: start + info.slot - 1 };
}

/** The bundle key of a packed page id, or undefined for ids Pagefind itself wrote (no "-"). */
export function packKeyOf(pageId: string): string | undefined {
  const dash = pageId.lastIndexOf('-');
  return dash > 0 ? pageId.slice(0, dash) : undefined;
}

/** A slot's contents: the card's gzip bytes, or where in the pack file they are. */
export function readSlot(bytes: Uint8Array): { card: Uint8Array } | { overflow: { start: number; end: number } } | undefined {
  if (bytes.length < 2) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint16(0);
  if (length === OVERFLOW) {
    if (bytes.length < 10) return undefined;
    const start = view.getUint32(2);
    return { overflow: { start, end: start + view.getUint32(6) - 1 } };
  }
  if (length === 0 || length > bytes.length - 2) return undefined;
  return { card: bytes.subarray(2, 2 + length) };
}
