/**
 * The data API page (/data-api/) with JavaScript off: it documents exactly the fields the
 * schemas define, every example and schema it links to is served (and parses), and the
 * served datapackage.json lists every JSON file the site has under /data/.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { dataApiModel } from '../../src/lib/downloads/data-api.ts';
import { corpus, useBrowser } from './site.ts';

const browser = useBrowser({ javaScriptEnabled: false });
const first = corpus.summaries[0];
const model = dataApiModel({ disclosure: first.id, department: first.data.department, province: 'gd' });

describe('/data-api/', () => {
  test('lists every field of every record, with its Chinese name and unit', async () => {
    const page = await browser.open('data-api/');
    for (const record of model.records) {
      const rows = await page.$$eval(`table[data-record="${record.id}"] tbody tr`, (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
      expect(rows.map((r) => r[0]), record.id).toEqual(record.fields.map((f) => f.path));
      expect(rows.map((r) => [r[1], r[3]]), record.id).toEqual(record.fields.map((f) => [f.title, f.unit ?? '—']));
    }
    const basic = await page.locator('table[data-record="final-accounts"] tr[data-field="spending.basic"]').textContent();
    expect(basic).toContain('基本支出');
    expect(basic).toContain('元或万元');
    await page.close();
  });

  test('every example and schema it links to is served and parses', async () => {
    const page = await browser.open('data-api/');
    const links = await page.$$eval('table.api-files a, section a[href*="/schemas/"]', (as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
    expect(links.length).toBeGreaterThan(8);
    for (const link of links) {
      const response = await page.request.get(link);
      expect(response.status(), link).toBe(200);
      const body = await response.text();
      if (link.endsWith('.json')) expect(() => JSON.parse(body), link).not.toThrow();
      if (link.endsWith('.xml')) expect(body, link).toContain('<rss');
    }
    await page.close();
  });

  test('the served datapackage lists every JSON and CSV file of the dataset and every disclosure’s JSON', async () => {
    const page = await browser.open('data-api/');
    const pkg = await (await page.request.get(`${inject('siteUrl')}data/datapackage.json`)).json() as { resources: { path: string; jsonSchema?: string }[] };
    const dir = join(inject('siteDir'), 'data');
    const served = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
    const json = served.filter((p) => p.endsWith('.json') && !p.startsWith('schemas/') && p !== 'datapackage.json');
    expect(pkg.resources.filter((r) => r.path.endsWith('.json')).map((r) => r.path).sort()).toEqual(json.sort());
    for (const r of pkg.resources) expect(served, r.path).toContain(r.path);
    for (const r of pkg.resources.filter((r) => r.jsonSchema)) expect(served, r.jsonSchema).toContain(r.jsonSchema);
    await page.close();
  });
});
