/**
 * Index chunks and fragments of partition bundles are items of a few pack files, read by
 * HTTP range (src/lib/search/index-pack.ts): a search asks for no index file of a partition
 * by its own name, every pack answer is a range, and a host that ignores ranges still gets
 * the same results.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { IndexPackInfo } from '../../src/lib/search/index-pack.ts';
import { useBrowser } from './site.ts';

const SITE = resolve(import.meta.dirname, '..', '..', process.env.E2E_SITE ?? 'dist');
const QUERY = '代表建议';
const bundles = (JSON.parse(readFileSync(join(SITE, 'pagefind', 'partitions.json'), 'utf8')) as { bundles: { path: string; year?: number; index?: IndexPackInfo }[] }).bundles;

async function resultUrls(page: Page) {
  await page.waitForSelector('#results[data-state="done"]', { timeout: 20_000 });
  return page.$$eval('#results li h3 a', (as) => as.map((a) => a.getAttribute('href')!));
}

describe('index chunks and fragments from packs, by range', () => {
  const browser = useBrowser();

  test('every partition bundle has its index packed', () => {
    const partitions = bundles.filter((b) => b.year !== undefined);
    expect(partitions.length).toBeGreaterThan(0);
    for (const b of partitions) expect(b.index?.packs, b.path).toBeGreaterThan(0);
  });

  test('a search reads partitions’ chunks by range, never as files of their own', async () => {
    const page = await browser.open('search/');
    const seen: { path: string; status: number; range?: string }[] = [];
    page.on('response', (r) => seen.push({ path: new URL(r.url()).pathname, status: r.status(), range: r.request().headers().range }));
    await page.goto(`${browser.url}search/?q=${encodeURIComponent(QUERY)}`);
    expect((await resultUrls(page)).length).toBeGreaterThan(0);
    const packed = seen.filter((r) => r.path.includes('/index-pack/'));
    expect(packed.length).toBeGreaterThan(1);
    for (const r of packed) expect([r.status, r.range?.startsWith('bytes=')]).toEqual([206, true]);
    const partitionFiles = seen.filter((r) => /^\/pagefind\/(?!site\/)[^/]+\/(index|fragment)\//.test(r.path));
    expect(partitionFiles).toEqual([]);
    await page.close();
  });

  test('a host that ignores ranges: the same results, from the whole pack', async () => {
    const page = await browser.open('search/');
    await page.goto(`${browser.url}search/?q=${encodeURIComponent(QUERY)}`);
    const ranged = await resultUrls(page);
    await page.close();

    const whole = await browser.open('search/');
    let answeredWhole = 0;
    await whole.route('**/index-pack/*.mzp', async (route) => {
      answeredWhole++;
      const path = new URL(route.request().url()).pathname;
      await route.fulfill({ status: 200, contentType: 'application/octet-stream', body: readFileSync(join(SITE, decodeURIComponent(path))) });
    });
    await whole.goto(`${browser.url}search/?q=${encodeURIComponent(QUERY)}`);
    expect(await resultUrls(whole)).toEqual(ranged);
    expect(answeredWhole).toBeGreaterThan(0);
    await whole.close();
  });
});
