import { describe, expect, test } from 'vitest';
import { mergeResultCards } from '../../../src/lib/build/result-cards.ts';
import { isUnusedBundleFile, searchManifest } from '../../../src/lib/build/search-manifest.ts';

describe('search manifest', () => {
  test("drops Pagefind's engine, UI kits and worker, and the WebAssembly of all bundles but the first", () => {
    for (const file of ['pagefind.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-component-ui.js', 'pagefind-highlight.js', 'pagefind-worker.js']) expect(isUnusedBundleFile(file, true), file).toBe(true);
    for (const file of ['pagefind-entry.json', 'wasm.unknown.pagefind', 'pagefind.zz_abc.pf_meta']) expect(isUnusedBundleFile(file, true), file).toBe(false);
    expect(isUnusedBundleFile('wasm.unknown.pagefind', false)).toBe(true);
  });

  test('writes version 1 with the bundles in order', () => {
    const text = searchManifest([{ id: 'site', path: 'site/', size: 0 }, { id: '2023', path: '2023/', size: 4, year: 2023 }]);
    expect(JSON.parse(text)).toEqual({ version: 1, bundles: [{ id: 'site', path: 'site/', size: 0 }, { id: '2023', path: '2023/', size: 4, year: 2023 }] });
    expect(text.endsWith('\n')).toBe(true);
  });

  test('cards of two bundles sharing an id are one list by address, whatever the order', () => {
    const a = [{ url: '/2023/b/budget/', title: 'B' }];
    const b = [{ url: '/2022/a/budget/', title: 'A' }];
    expect(mergeResultCards(a, b)).toEqual(mergeResultCards(b, a));
    expect(mergeResultCards(a, b).map((c) => c.url)).toEqual(['/2022/a/budget/', '/2023/b/budget/']);
  });
});
