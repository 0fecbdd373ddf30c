/**
 * Result cards of partition bundles are slots of a few pack files, read by HTTP range
 * (src/lib/search/card-pack.ts): a result's excerpt costs one small range request, never
 * the pack; and a host that ignores ranges still gets its results listed, without excerpts.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { CardPackInfo } from '../../src/lib/search/card-pack.ts';
import { useBrowser } from './site.ts';

const SITE = resolve(import.meta.dirname, '..', '..', process.env.E2E_SITE ?? 'dist');
const QUERY = '流溪河';
const packs = (JSON.parse(readFileSync(join(SITE, 'pagefind', 'partitions.json'), 'utf8')) as { bundles: { cards?: CardPackInfo }[] }).bundles.flatMap((b) => (b.cards ? [b.cards] : []));

async function results(page: Page) {
  await page.waitForSelector('#results[data-state="done"]', { timeout: 20_000 });
  return page.$$eval('#results li', (items) => items.map((li) => ({ url: li.querySelector('h3 a')!.getAttribute('href')!, marks: [...li.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent ?? '') })));
}

describe('result cards from packs, by range', () => {
  const browser = useBrowser();

  test('every partition bundle has packed cards', () => {
    expect(packs.length).toBeGreaterThan(0);
    for (const info of packs) expect(info.slot).toBeGreaterThan(2);
  });

  test('an excerpt comes from one slot: 206 answers no longer than a slot', async () => {
    const page = await browser.open('search/');
    const ranged: { url: string; status: number; bytes: number }[] = [];
    page.on('response', async (r) => {
      if (r.url().includes('/card-pack/')) ranged.push({ url: r.url(), status: r.status(), bytes: Number((await r.allHeaders())['content-length']) });
    });
    await page.goto(`${browser.url}search/?q=${encodeURIComponent(QUERY)}`);
    const shown = await results(page);
    const hit = shown.find((s) => s.url.endsWith('/2022/conghua-rd/self-evaluation/'));
    expect(hit?.marks.join('')).toContain(QUERY);
    expect(ranged.length).toBeGreaterThan(0);
    const largest = Math.max(...packs.map((p) => p.slot));
    for (const r of ranged) {
      expect(r.status).toBe(206);
      expect(r.bytes).toBeLessThanOrEqual(largest);
    }
    await page.close();
  });

  test('a host that ignores ranges: results are still listed, with their titles, without excerpts', async () => {
    const page = await browser.open('search/');
    await page.route('**/card-pack/*.mzp', async (route) => {
      const path = new URL(route.request().url()).pathname;
      await route.fulfill({ status: 200, contentType: 'application/octet-stream', body: readFileSync(join(SITE, decodeURIComponent(path))) });
    });
    await page.goto(`${browser.url}search/?q=${encodeURIComponent(QUERY)}`);
    const shown = await results(page);
    const hit = shown.find((s) => s.url.endsWith('/2022/conghua-rd/self-evaluation/'));
    expect(hit).toBeDefined();
    expect(hit!.marks).toEqual([]);
    await page.close();
  });
});
