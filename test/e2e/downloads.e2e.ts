/**
 * Downloads, fetched as a browser would from the links people click, parse back to the
 * same figures as the JSON: UTF-8 with a BOM, one row per figure, numbers exact.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { DOWNLOADS_ARCHIVE_PATH } from '../../src/lib/downloads/archive.ts';
import { disclosureDownloads } from '../../src/lib/downloads/files.ts';
import { at, corpus, PAGE_TYPES, rawJson, useBrowser } from './site.ts';

const browser = useBrowser({ javaScriptEnabled: false });

async function fetchText(path: string): Promise<{ status: number; type: string; bytes: Buffer }> {
  const response = await fetch(new URL(path, browser.url));
  return { status: response.status, type: response.headers.get('content-type') ?? '', bytes: Buffer.from(await response.arrayBuffer()) };
}
const records = (bytes: Buffer) => parse(bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];

describe('downloads', () => {
  test('every CSV and JSON link on every page type resolves, and CSVs start with a BOM', async () => {
    const links = new Set<string>();
    for (const [, path] of PAGE_TYPES) {
      const page = await browser.open(path);
      for (const href of await page.$$eval('a[href$=".csv"], a[href$=".json"]', (a) => a.map((x) => (x as HTMLAnchorElement).href))) links.add(href);
      await page.close();
    }
    expect(links.size).toBeGreaterThan(15);
    for (const link of links) {
      const { status, bytes } = await fetchText(link);
      expect(status, link).toBe(200);
      if (link.endsWith('.csv')) {
        expect([...bytes.subarray(0, 3)], link).toEqual([0xef, 0xbb, 0xbf]);
        expect(records(bytes).length, link).toBeGreaterThan(0);
      } else JSON.parse(bytes.toString('utf8'));
    }
  });
  test('the whole dataset’s figures.csv parses back to every figure of every JSON', async () => {
    const rows = records((await fetchText('data/figures.csv')).bytes);
    for (const s of corpus.summaries) {
      const raw = rawJson(s.id);
      const own = rows.filter((r) => r.disclosure_id === s.id);
      expect(own.length).toBeGreaterThan(0);
      for (const r of own) expect(r.value_published, `${s.id} ${r.field}`).toBe(String(at(raw, r.field)));
    }
  });
  test('each disclosure’s JSON download is its content file', async () => {
    for (const s of corpus.summaries) {
      const { id, ...data } = JSON.parse((await fetchText(`data/${s.id}.json`)).bytes.toString('utf8'));
      const { $schema: _, ...raw } = rawJson(s.id);
      expect(id).toBe(s.id);
      expect(data).toEqual(raw);
    }
  });
  test('every disclosure’s downloads are served from their own paths, and the archive they were built in is not', async () => {
    for (const s of corpus.summaries) {
      for (const file of disclosureDownloads(s)) {
        const { status, bytes } = await fetchText(file.path);
        expect(status, file.path).toBe(200);
        // Chart CSVs may show the audit's rates, which this unaudited corpus lacks; the rest must match byte for byte.
        if (!file.path.startsWith('data/charts/')) expect(bytes.toString('utf8'), file.path).toBe(file.body);
      }
    }
    expect((await fetchText(DOWNLOADS_ARCHIVE_PATH)).status).toBe(404);
  });
  test('key-figures.csv gives each execution rate as published', async () => {
    const rows = records((await fetchText('data/key-figures.csv')).bytes);
    for (const s of corpus.summaries) {
      const raw = rawJson(s.id);
      const row = rows.find((r) => r.disclosure_id === s.id)!;
      expect(row.execution_rate_published).toBe((raw.executionRate as string | undefined) ?? '');
      expect(row.spending_published).toBe((at(raw, 'spending.total') as string | undefined) ?? '');
    }
  });
  test('datapackage.json lists resources that exist', async () => {
    const pkg = JSON.parse((await fetchText('data/datapackage.json')).bytes.toString('utf8')) as { resources: { path: string }[] };
    for (const r of pkg.resources) expect((await fetchText(`data/${r.path}`)).status, r.path).toBe(200);
  });
  test('the RSS feed lists every disclosure and the sitemap every page type', async () => {
    const feed = (await fetchText('feed.xml')).bytes.toString('utf8');
    for (const s of corpus.summaries) expect(feed).toContain(`/${s.id}/</link>`);
    const index = (await fetchText('sitemap-index.xml')).bytes.toString('utf8');
    const sitemap = (await fetchText(new URL(index.match(/<loc>([^<]+)<\/loc>/)![1]).pathname.slice(1))).bytes.toString('utf8');
    for (const [, path] of PAGE_TYPES.filter(([, p]) => !p.includes('?'))) expect(sitemap).toContain(`/${path}</loc>`);
  });
});
