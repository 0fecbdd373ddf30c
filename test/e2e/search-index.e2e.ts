/**
 * Search gate: the site's Pagefind bundles index exactly its content pages (test/gate/search-index.ts):
 * the bundles' page count equals the number of content pages, and the indexed URLs are those
 * pages, each once. Pagefind reports success when it indexes too little; this counts what it wrote.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { writeGateReport } from '../gate/report.ts';
import { compareIndex, contentPages, indexedPages } from '../gate/search-index.ts';

test('indexed pages = content pages', async () => {
  const dist = inject('siteDir');
  expect(existsSync(join(dist, 'pagefind', 'partitions.json')), 'the site is built by scripts/build-site.ts').toBe(true);
  const content = contentPages(dist);
  const indexed = await indexedPages(dist);
  const diff = compareIndex(indexed, content);
  const ok = indexed.count === content.length && indexed.urls.length === content.length && diff.missing.length + diff.extra.length + diff.twice.length === 0;
  console.log(`search: indexed pages = content pages: ${indexed.count} = ${content.length}`);
  writeGateReport('search-index', [{ label: 'indexed pages = content pages', figure: `${indexed.count} = ${content.length}`, ok }]);
  expect(diff).toEqual({ missing: [], extra: [], twice: [] });
  expect(indexed.count).toBe(content.length);
  expect(content.length).toBeGreaterThan(0);
});
