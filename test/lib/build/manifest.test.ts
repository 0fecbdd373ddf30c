/** The build manifest: sha256sum's format, sorted, without itself; comparing two names each differing file. */
import { expect, test } from 'vitest';
import { compareManifests, MANIFEST_FILE, manifestText, parseManifest } from '../../../src/lib/build/manifest.ts';

const h = (c: string) => c.repeat(64);

test('lines are "<sha256>  <path>", sorted by path, and the manifest does not list itself', () => {
  const text = manifestText([
    { path: 'b/index.html', sha256: h('b') },
    { path: MANIFEST_FILE, sha256: h('0') },
    { path: 'a.css', sha256: h('a') },
  ]);
  expect(text).toBe(`${h('a')}  a.css\n${h('b')}  b/index.html\n`);
  expect([...parseManifest(text)]).toEqual([['a.css', h('a')], ['b/index.html', h('b')]]);
});

test('the same files in another order give the same text', () => {
  const files = [{ path: 'x', sha256: h('1') }, { path: 'y/z', sha256: h('2') }, { path: 'y', sha256: h('3') }];
  expect(manifestText(files)).toBe(manifestText([...files].reverse()));
});

test('a name sha256sum would have to escape, a bad hash and a bad line are refused', () => {
  expect(() => manifestText([{ path: 'a\nb', sha256: h('1') }])).toThrow(/newline/);
  expect(() => manifestText([{ path: 'a', sha256: 'abc' }])).toThrow(/not a sha256/);
  expect(() => parseManifest(`${h('1')}  a\nnot a line\n`)).toThrow(/line 2/);
});

test('comparing names every changed, missing and added file', () => {
  const first = parseManifest(manifestText([{ path: 'same', sha256: h('1') }, { path: 'changed', sha256: h('2') }, { path: 'gone', sha256: h('3') }]));
  const second = parseManifest(manifestText([{ path: 'same', sha256: h('1') }, { path: 'changed', sha256: h('4') }, { path: 'new', sha256: h('5') }]));
  expect(compareManifests(first, second)).toEqual([
    { path: 'changed', kind: 'differs' },
    { path: 'gone', kind: 'only-first' },
    { path: 'new', kind: 'only-second' },
  ]);
  expect(compareManifests(first, first)).toEqual([]);
});
