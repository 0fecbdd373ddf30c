import { expect, test } from 'vitest';
import { entryFiles } from '../../src/lib/search/entry-files.ts';

test('names the metadata of the language index with the most pages, and its WebAssembly', () => {
  const entry = { languages: { en: { hash: 'en_1', wasm: 'en', page_count: 3 }, zz: { hash: 'zz_2', wasm: null, page_count: 40 } } };
  expect(entryFiles(entry)).toEqual({ meta: 'pagefind.zz_2.pf_meta', wasm: 'wasm.unknown.pagefind' });
  expect(entryFiles({ languages: { en: { hash: 'en_1', wasm: 'en', page_count: 3 } } })).toEqual({ meta: 'pagefind.en_1.pf_meta', wasm: 'wasm.en.pagefind' });
  expect(entryFiles({ languages: {} })).toBeUndefined();
});
