/**
 * Downloads, fetched as a browser would from the links people click, parse back to the
 * same figures as the JSON: UTF-8 with a BOM, one row per figure, numbers exact.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { DOWNLOADS_ARCHIVE_PATH, downloadsPartPath } from '../../src/lib/downloads/archive.ts';
import { disclosureDownloads } from '../../src/lib/downloads/files.ts';
import { archivedCsv } from '../../src/lib/downloads/table-archive.ts';
import { csvLinks, fetchCsv, type CsvLink } from './csv-links.ts';
import { at, corpus, PAGE_TYPES, rawJson, useBrowser } from './site.ts';

const browser = useBrowser({ javaScriptEnabled: false });

async function fetchText(path: string): Promise<{ status: number; type: string; bytes: Buffer }> {
  const response = await fetch(new URL(path, browser.url));
  return { status: response.status, type: response.headers.get('content-type') ?? '', bytes: Buffer.from(await response.arrayBuffer()) };
}
const records = (bytes: Buffer) => parse(bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];

describe('downloads', () => {
  test('every CSV and JSON link on every page type resolves (a CSV in a table archive to its entry), and CSVs start with a BOM', async () => {
    const csvs = new Map<string, CsvLink>();
    const jsons = new Set<string>();
    for (const [, path] of PAGE_TYPES) {
      const page = await browser.open(path);
      for (const link of await csvLinks(page)) csvs.set(`${link.href} ${link.entry ?? ''}`, link);
      for (const href of await page.$$eval('a[href$=".json"]', (a) => a.map((x) => (x as HTMLAnchorElement).href))) jsons.add(href);
      await page.close();
    }
    expect(csvs.size).toBeGreaterThan(15);
    expect([...csvs.values()].filter((l) => l.entry).length).toBeGreaterThan(3);
    for (const link of csvs.values()) {
      const { status, bytes } = await fetchCsv(link);
      expect(status, `${link.href} ${link.entry ?? ''}`).toBe(200);
      expect([...bytes.subarray(0, 3)], link.href).toEqual([0xef, 0xbb, 0xbf]);
      expect(records(bytes).length, link.href).toBeGreaterThan(0);
    }
    for (const href of jsons) {
      const { status, bytes } = await fetchText(href);
      expect(status, href).toBe(200);
      JSON.parse(bytes.toString('utf8'));
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
  test('every disclosure’s downloads are served, its JSON at its path and its CSVs in its body-year’s tables.zip, and the archive they were built in is not', async () => {
    for (const s of corpus.summaries) {
      for (const file of disclosureDownloads(s)) {
        const place = archivedCsv(file.path);
        const { status, bytes } = place ? await fetchCsv({ href: new URL(place.archive, browser.url).href, entry: place.entry }) : await fetchText(file.path);
        expect(status, file.path).toBe(200);
        // Chart CSVs may show the audit's rates, which this unaudited corpus lacks; the rest must match byte for byte.
        if (!file.path.includes('/chart-')) expect(bytes.toString('utf8'), file.path).toBe(file.body);
      }
      expect((await fetchText(`data/${s.id}/figures.csv`)).status, 'no CSV outside its archive').toBe(404);
    }
    expect((await fetchText(DOWNLOADS_ARCHIVE_PATH)).status).toBe(404);
    expect((await fetchText(downloadsPartPath(0))).status, 'the cross-year parts are unpacked too').toBe(404);
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
  test('the RSS feed lists the newest disclosures (here every one) and the sitemap every page type', async () => {
    const feed = (await fetchText('feed.xml')).bytes.toString('utf8');
    for (const s of corpus.summaries) expect(feed).toContain(`/${s.id}/</link>`);
    const index = (await fetchText('sitemap-index.xml')).bytes.toString('utf8');
    const sitemap = (await fetchText(new URL(index.match(/<loc>([^<]+)<\/loc>/)![1]).pathname.slice(1))).bytes.toString('utf8');
    for (const [, path] of PAGE_TYPES.filter(([, p]) => !p.includes('?'))) expect(sitemap).toContain(`/${path}</loc>`);
  });
});
