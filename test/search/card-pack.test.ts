import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { cardPackName } from '../../src/lib/search/card-pack-name.ts';
import { cardPackFile, packCards, packedPageId, packKeyOf, readSlot, slotRange } from '../../src/lib/search/card-pack.ts';

/** A card as the index writes it: gzip JSON of a one-card list. */
const card = (url: string, block: number, text: string) => gzipSync(JSON.stringify([{ url, block, text }]), { level: 9 });
/** What a host's range request returns (inclusive end, cut at the file's end). */
const ranged = (file: Buffer, start: number, end: number) => file.subarray(start, Math.min(end + 1, file.length));

/** Reads block `block` of page `id` the way the search worker does. */
function read(packs: Buffer[], info: { slot: number; perPack: number }, id: string, block: number) {
  const place = slotRange(info, id, block);
  if (!place || place.pack >= packs.length) return undefined;
  const slot = readSlot(ranged(packs[place.pack], place.start, place.end));
  if (!slot) return undefined;
  const bytes = 'card' in slot ? slot.card : ranged(packs[place.pack], slot.overflow.start, slot.overflow.end);
  return (JSON.parse(gunzipSync(bytes).toString('utf8')) as { url: string; block: number; text: string }[])[0];
}

describe('result cards packed in slots, read by range from the page id alone', () => {
  // Incompressible text of n characters, the same on every run.
  const noise = (n: number, seed: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919 + seed * 104729) % 20000))).join('');
  // Pages of 2, 1, 3 blocks (the second block of /c/ far longer than any other), then 200 pages of one block.
  const pages = [
    [card('/a/', 0, noise(300, 1)), card('/a/', 1, noise(300, 2))],
    [card('/b/', 0, noise(300, 3))],
    [card('/c/', 0, noise(300, 4)), card('/c/', 1, noise(5_000, 5)), card('/c/', 2, noise(300, 6))],
    ...Array.from({ length: 200 }, (_, i) => [card(`/d${i}/`, 0, noise(300, 7 + i))]),
  ];
  const slots = 206;

  test.each([2, 3, 205, 8192])('every block of every page reads back, %i slots per pack', (perPack) => {
    const packed = packCards(pages, perPack);
    expect(packed.firstSlots.slice(0, 4)).toEqual([0, 2, 3, 6]);
    const info = { slot: packed.slot, perPack };
    pages.forEach((blocks, p) => {
      const id = packedPageId('zz_ab12c', packed.firstSlots[p]);
      blocks.forEach((bytes, k) => expect(read(packed.packs, info, id, k)).toEqual(JSON.parse(gunzipSync(bytes).toString('utf8'))[0]));
    });
    expect(packed.packs).toHaveLength(Math.ceil(slots / perPack));
  });

  test('the long card goes to the overflow area; the slot stays small', () => {
    const packed = packCards(pages);
    expect(packed.slot).toBeLessThan(pages[2][1].length);
    const slot = readSlot(ranged(packed.packs[0], 4 * packed.slot, 5 * packed.slot - 1));
    expect(slot && 'overflow' in slot).toBe(true);
  });

  test("past a page's last block the slot is the next page's, with another block number", () => {
    const packed = packCards(pages);
    const info = { slot: packed.slot, perPack: 8192 };
    const next = read(packed.packs, info, packedPageId('zz_ab12c', 0), 2);
    expect(next).toMatchObject({ url: '/b/', block: 0 });
    expect(read(packed.packs, info, packedPageId('zz_ab12c', 3), 3)).toMatchObject({ url: '/d0/', block: 0 });
    // Past the last slot of the last pack there is nothing to read.
    expect(read(packed.packs, info, packedPageId('zz_ab12c', slots - 1), 1)).toBeUndefined();
  });

  test('page ids Pagefind writes (no "-") are not packed', () => {
    expect(packKeyOf('zz_1aaa30')).toBeUndefined();
    expect(packKeyOf(packedPageId('zz_1aaa3', 77))).toBe('zz_1aaa3');
    expect(slotRange({ slot: 100, perPack: 10 }, packedPageId('zz_k', 77), 5)).toEqual({ key: 'zz_k', pack: 8, start: 200, end: 299 });
  });

  test('a page without blocks and a truncated or empty slot are refused, not misread', () => {
    expect(() => packCards([[]])).toThrow(/at least one/);
    expect(readSlot(new Uint8Array([0]))).toBeUndefined();
    expect(readSlot(new Uint8Array([0, 0, 0, 0]))).toBeUndefined();
    expect(readSlot(new Uint8Array([0, 9, 1, 2]))).toBeUndefined();
  });
});

describe('card pack names', () => {
  test('packs whose bytes differ get different names; the same bytes the same name', () => {
    const a = packCards([[card('/a/', 0, '一，二')]]).packs;
    const b = packCards([[card('/a/', 0, '一。二')]]).packs;
    expect(cardPackName(a)).toBe(cardPackName(packCards([[card('/a/', 0, '一，二')]]).packs));
    expect(cardPackName(a)).not.toBe(cardPackName(b));
    expect(cardPackFile({ name: cardPackName(a) }, 3)).toMatch(/^c[0-9a-f]{10}-3\.mzp$/);
  });
});
