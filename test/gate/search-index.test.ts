/** The search gate reads what a site's bundles index and which of its pages are content pages, and names each difference. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { INDEX_PACK_DIR, indexPackFile, packIndex } from '../../src/lib/search/index-pack.ts';
import { writeBundle } from '../../src/lib/search/pagefind-bundle.ts';
import { compareIndex, contentPages, indexedPages } from './search-index.ts';

const dist = mkdtempSync(join(tmpdir(), 'mingzhang-index-gate-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const write = (path: string, data: string | Buffer) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), data);
};
const html = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><body>${body}</body></html>`;
write('2023/index.html', html('<main>年度</main>'));
write('2023/a-rd/self-evaluation/index.html', html('<article class="disclosure" data-pagefind-body>文</article>'));
write('2023/a-rd/index.html', html('<main>对照</main>'));
write('articles/x/index.html', html('<article data-pagefind-body>文章</article>'));
write('departments/a-rd/index.html', html('<main>部门</main>'));
write('departments/index.html', html('<main>部门一览</main>'));
write('methodology/index.html', html('<main><code>data-pagefind-body</code> 说明</main>'));
const fragment = (url: string) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify({ url }))]));
const entry = (n: number) => ({ languages: { zz: { page_count: n } } });
// A partition bundle as our writer writes it: its fragments packed (index-pack.ts).
const partition = writeBundle(
  ['/2023/a-rd/self-evaluation/', '/2023/'].map((url) => ({ url, words: ['文'], meta: {}, filters: {} })),
  { language: 'zz', chunkSize: 4000, pageSerials: [0, 2] },
);
const packed = packIndex(partition.files, partition.key, [2, 1]);
for (const file of packed.rest) write(`pagefind/2023/${file.path}`, file.bytes);
packed.packs.forEach((bytes, n) => write(`pagefind/2023/${INDEX_PACK_DIR}/${indexPackFile(packed.info, n)}`, bytes));
const partitionEntry = JSON.parse(packed.rest.find((f) => f.path === 'pagefind-entry.json')!.bytes.toString('utf8'));
write('pagefind/partitions.json', JSON.stringify({ bundles: [{ id: 'site', path: 'site/', entry: entry(3) }, { id: '2023', path: '2023/', entry: partitionEntry, index: packed.info }] }));
write('pagefind/site/fragment/1.pf_fragment', fragment('/2023/'));
write('pagefind/site/fragment/2.pf_fragment', fragment('/departments/a-rd/'));
write('pagefind/site/fragment/3.pf_fragment', fragment('/search/'));

test('content pages: data-pagefind-body pages, department and year pages; not a page that only mentions the attribute', () => {
  expect(contentPages(dist)).toEqual(['/2023/', '/2023/a-rd/self-evaluation/', '/articles/x/', '/departments/a-rd/']);
});

test('indexed pages are counted from the entries and named from the fragments, packed or not; each difference is named', async () => {
  const indexed = await indexedPages(dist);
  expect(indexed.count).toBe(5);
  expect(compareIndex(indexed, contentPages(dist))).toEqual({ missing: ['/articles/x/'], extra: ['/search/'], twice: ['/2023/'] });
});
