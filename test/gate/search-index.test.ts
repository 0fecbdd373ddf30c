/** The search gate reads what a site's bundles index and which of its pages are content pages, and names each difference. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
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
write('pagefind/partitions.json', JSON.stringify({ bundles: [{ id: 'site', path: 'site/', entry: entry(3) }, { id: '2023', path: '2023/', entry: entry(2) }] }));
write('pagefind/site/fragment/1.pf_fragment', fragment('/2023/'));
write('pagefind/site/fragment/2.pf_fragment', fragment('/departments/a-rd/'));
write('pagefind/site/fragment/3.pf_fragment', fragment('/search/'));
write('pagefind/2023/fragment/1.pf_fragment', fragment('/2023/a-rd/self-evaluation/'));
write('pagefind/2023/fragment/2.pf_fragment', fragment('/2023/'));

test('content pages: data-pagefind-body pages, department and year pages; not a page that only mentions the attribute', () => {
  expect(contentPages(dist)).toEqual(['/2023/', '/2023/a-rd/self-evaluation/', '/articles/x/', '/departments/a-rd/']);
});

test('indexed pages are counted from the entries and named from the fragments; each difference is named', () => {
  const indexed = indexedPages(dist);
  expect(indexed.count).toBe(5);
  expect(compareIndex(indexed, contentPages(dist))).toEqual({ missing: ['/articles/x/'], extra: ['/search/'], twice: ['/2023/'] });
});
