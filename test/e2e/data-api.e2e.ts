/**
 * The data API page (/data-api/) with JavaScript off: it documents exactly the fields the
 * schemas define, every example and schema it links to is served (and parses), and the
 * served datapackage.json lists every JSON file the site has under /data/; every CSV served
 * has its path documented, and each peer and national-view CSV is in the datapackage with the
 * columns, types and units the page states.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { KIND_NAMES } from '../../src/schemas/disclosure.ts';
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

  test('every CSV the site serves has its path documented, and each peer and national-view CSV is in the datapackage with the columns the page documents', async () => {
    const page = await browser.open('data-api/');
    const patterns = await page.$$eval('table.api-files tbody tr', (trs) => trs.filter((tr) => tr.children[1].textContent!.trim() === 'CSV').map((tr) => tr.getAttribute('data-path')!));
    const families = await page.$$eval('table[data-view-csv]', (tables) => tables.map((t) => ({ pattern: t.getAttribute('data-view-csv')!, columns: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim())) })));
    await page.close();
    const placeholders: Record<string, string> = { '<预算年度>': '\\d{4}', '<省份代码>': '[a-z]+', '<类型>': `(?:${KIND_NAMES.join('|')})` };
    const regexOf = (pattern: string) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/<[^>]+>/g, (p) => placeholders[p] ?? '[^/]+')}$`);
    const dir = inject('siteDir');
    const csvs = readdirSync(join(dir, 'data'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.csv')).map((e) => relative(dir, join(e.parentPath, e.name)));
    expect(csvs.length).toBeGreaterThan(20);
    for (const csv of csvs) expect(patterns.some((p) => regexOf(p).test(csv)), csv).toBe(true);
    type Schema = { fields: { name: string; type: string; description: string }[] };
    const pkg = await (await fetch(`${inject('siteUrl')}data/datapackage.json`)).json() as { resources: { path: string; schema?: Schema | string }[] };
    // A family with fixed columns names its published Table Schema; an index states its own.
    const schemas = new Map<string, Schema>();
    for (const r of pkg.resources) if (typeof r.schema === 'string' && !schemas.has(r.schema)) schemas.set(r.schema, await (await fetch(`${inject('siteUrl')}data/${r.schema}`)).json() as Schema);
    const schemaOf = (s: Schema | string | undefined) => (typeof s === 'string' ? schemas.get(s) : s);
    expect(families.length).toBeGreaterThanOrEqual(8);
    for (const family of families) {
      expect(patterns, family.pattern).toContain(family.pattern);
      const files = csvs.filter((c) => regexOf(family.pattern).test(c));
      expect(files.length, family.pattern).toBeGreaterThan(0);
      for (const file of files) {
        const header = (parse(readFileSync(join(dir, file), 'utf8'), { bom: true, to_line: 1 }) as string[][])[0];
        const documented = family.columns.flatMap(([name]) => (name.includes('<预算年度>') ? header.filter((h) => /^\d{4} 年度$/.test(h)) : [name]));
        expect(header, file).toEqual(documented);
        const schema = schemaOf(pkg.resources.find((r) => `data/${r.path}` === file)?.schema);
        expect(schema?.fields.map((f) => f.name), file).toEqual(header);
        // Type and unit as the page states them.
        for (const field of schema!.fields) {
          const [, type, unit] = family.columns.find(([name]) => name === field.name) ?? family.columns.find(([name]) => name.includes('<预算年度>'))!;
          expect(field.type, `${file} ${field.name}`).toBe(type);
          if (unit !== '—') expect(field.description, `${file} ${field.name}`).toContain(`单位：${unit}。`);
        }
      }
    }
  });
});
