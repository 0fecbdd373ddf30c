import { describe, expect, test } from 'vitest';
import { packCards } from '../../src/lib/search/card-pack.ts';
import { IndexPackReader, packIndex } from '../../src/lib/search/index-pack.ts';
import { writeBundle } from '../../src/lib/search/pagefind-bundle.ts';

// 300 pages of varied words and card block counts: enough index chunks to cross pack bounds.
const pages = Array.from({ length: 300 }, (_, p) => ({
  url: `/2023/d${p}/budget/`,
  words: Array.from({ length: 40 + (p % 17) * 9 }, (_, i) => String.fromCharCode(0x4e00 + ((p * 31 + i * 7) % 900), 0x4e00 + ((p + i * 13) % 700))),
  meta: { title: `页${p}` },
  filters: { year: ['2023'] },
}));
const blocks = pages.map((_, p) => 1 + (p % 4));
const cards = packCards(blocks.map((n) => Array.from({ length: n }, () => Buffer.from('card'))));
const bundle = writeBundle(pages, { language: 'zz', chunkSize: 200, pageSerials: cards.firstSlots });
const chunkFiles = bundle.files.filter((f) => f.path.startsWith('index/'));
const fragmentFiles = bundle.files.filter((f) => f.path.startsWith('fragment/'));

/** A reader over packs in memory that counts its range reads, as a host answers them. */
function readerOf(packed: ReturnType<typeof packIndex>) {
  const reads: [number, number, number][] = [];
  const reader = new IndexPackReader(packed.info, async (pack, start, end) => {
    reads.push([pack, start, end]);
    return packed.packs[pack].subarray(start, end + 1);
  });
  return { reader, reads };
}

describe('index chunks and fragments packed, read by range from their names alone', () => {
  test('the bundle has many chunks and a fragment per page', () => {
    expect(chunkFiles.length).toBeGreaterThan(20);
    expect(fragmentFiles).toHaveLength(pages.length);
  });

  test.each([64 * 1024, 20_000, 1])('every chunk and fragment reads back as written, packs of %i bytes', async (cap) => {
    const packed = packIndex(bundle.files, bundle.key, blocks, cap);
    const { reader } = readerOf(packed);
    for (const file of chunkFiles) expect(Buffer.from((await reader.chunk(file.path.slice('index/'.length, -'.pf_index'.length)))!)).toEqual(file.bytes);
    for (const file of fragmentFiles) expect(Buffer.from((await reader.fragment(file.path.slice('fragment/'.length, -'.pf_fragment'.length)))!)).toEqual(file.bytes);
    const total = [...chunkFiles, ...fragmentFiles].reduce((n, f) => n + f.bytes.length, 0);
    expect(packed.packs.reduce((n, p) => n + p.length, 0)).toBe(total + packed.info.chunkTable + packed.info.fragmentTable);
    // No pack exceeds its cap unless it holds one item only.
    if (cap > 1) for (const p of packed.packs) expect(p.length).toBeLessThanOrEqual(cap);
    if (cap === 1) expect(packed.packs).toHaveLength(1 + chunkFiles.length + fragmentFiles.length);
    expect(packed.info.packs).toBe(packed.packs.length);
    expect(packed.rest.map((f) => f.path).filter((p) => p.startsWith('index/') || p.startsWith('fragment/'))).toEqual([]);
  });

  test('a chunk costs the chunk table once and one range each; the fragment table is read only for fragments', async () => {
    const packed = packIndex(bundle.files, bundle.key, blocks);
    const { reader, reads } = readerOf(packed);
    await reader.chunk(`${bundle.key}0`);
    await reader.chunk(`${bundle.key}1`);
    expect(reads).toHaveLength(3);
    expect(reads[0]).toEqual([0, 0, packed.info.chunkTable - 1]);
    // The chunk table is about two bytes per chunk.
    expect(packed.info.chunkTable).toBeLessThan(3 * chunkFiles.length + 4);
    await reader.fragment(`${bundle.key}-0`);
    await reader.fragment(`${bundle.key}-${cards.firstSlots[7].toString(36)}`);
    expect(reads).toHaveLength(6);
  });

  test('a name of another bundle, a serial that starts no page, a chunk past the last: nothing', async () => {
    const { reader } = readerOf(packIndex(bundle.files, bundle.key, blocks));
    expect(await reader.chunk(`zz_fffff0`)).toBeUndefined();
    expect(await reader.chunk(`${bundle.key}${(chunkFiles.length + 5).toString(36)}`)).toBeUndefined();
    expect(await reader.fragment(`${bundle.key}-${(cards.firstSlots[1] + 1).toString(36)}`)).toBeUndefined();
    expect(await reader.fragment(`${bundle.key}-zz!`)).toBeUndefined();
  });

  test('a bundle whose pages and blocks disagree is refused', () => {
    expect(() => packIndex(bundle.files, bundle.key, blocks.slice(1))).toThrow();
    expect(() => packIndex(bundle.files, 'zz_00000', blocks)).toThrow(/named/);
  });
});
