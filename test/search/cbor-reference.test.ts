/**
 * Our CBOR encoder (src/lib/search/cbor.ts) pinned against a maintained implementation
 * (cborg): every index, meta and filter file of a real bundle decodes the same with both,
 * and cborg re-encodes each to exactly our bytes (both write the shortest form, which is
 * what Pagefind's minicbor writes). Random values of the subset: same bytes, ≥ 1,000 runs.
 */
import { decode, encode } from 'cborg';
import fc from 'fast-check';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { samplePages } from '../../scripts/bench/corpus/sample-pages.ts';
import { type CborValue, decodeCbor, encodeCbor } from '../../src/lib/search/cbor.ts';
import { writeBundle } from '../../src/lib/search/pagefind-bundle.ts';
import { INDEX_LANGUAGE } from '../../src/lib/search/records.ts';

const CONTENT = join(resolve(import.meta.dirname, '..', '..'), 'content');

test('every CBOR file of a bundle decodes and re-encodes identically with cborg', () => {
  const bundle = writeBundle(samplePages(CONTENT, 60), { language: INDEX_LANGUAGE, chunkSize: 2000 });
  const cborFiles = bundle.files.filter((f) => /\.pf_(index|meta|filter)$/.test(f.path));
  expect(cborFiles.filter((f) => f.path.endsWith('.pf_index')).length).toBeGreaterThan(1);
  for (const file of cborFiles) {
    const raw = gunzipSync(file.bytes);
    expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
    const body = raw.subarray(12);
    const theirs = decode(body) as CborValue;
    expect(theirs, file.path).toEqual(decodeCbor(body));
    expect(Buffer.from(encode(theirs)).equals(body), `${file.path}: cborg writes other bytes`).toBe(true);
  }
});

test('encodeCbor writes the bytes cborg writes for any value of the subset', () => {
  const value: fc.Arbitrary<CborValue> = fc.letrec<{ v: CborValue }>((tie) => ({
    v: fc.oneof(
      { depthSize: 'small' },
      fc.integer({ min: -(2 ** 32), max: 2 ** 32 - 1 }),
      // Every boundary of the head's forms (1, 2, 3, 5 bytes), both signs.
      fc.constantFrom(...[0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 - 1].flatMap((n) => [n, -1 - n])),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(tie('v'), { maxLength: 30 }),
    ),
  })).v;
  fc.assert(
    fc.property(value, (v) => {
      expect(Buffer.from(encode(v)).equals(encodeCbor(v))).toBe(true);
      expect(decodeCbor(encodeCbor(v))).toEqual(decode(encodeCbor(v)));
    }),
    { numRuns: 1000, seed: 20261206 },
  );
});
