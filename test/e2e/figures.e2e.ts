/**
 * Every figure a page shows equals the JSON it comes from: each disclosure's figures
 * table and headline figures, and every stated figure on the year, department, home and
 * comparison pages. Read with JavaScript off, i.e. exactly what the build rendered.
 */
import { describe, expect, test } from 'vitest';
import { figureRows } from '../../src/lib/figures/figure-rows.ts';
import { DisclosureSchema } from '../../src/schemas/disclosure.ts';
import { at, corpus, PAGE_TYPES, rawJson, unformat, useBrowser } from './site.ts';

const browser = useBrowser({ javaScriptEnabled: false });

describe('a disclosure page shows each of its figures exactly as its JSON states it', () => {
  test.each(corpus.summaries.map((s) => s.id))('%s', async (id) => {
    const page = await browser.open(`${id}/`);
    const raw = rawJson(id);
    const shown = await page.$$eval('#table-figures td[data-path]', (tds) => tds.map((td) => [(td as HTMLElement).dataset.path!, td.querySelector('.cell-value')!.textContent!]));
    const expected = figureRows(DisclosureSchema.parse(raw) as Record<string, unknown>, DisclosureSchema).map((r) => r.path);
    expect(shown.map(([path]) => path)).toEqual(expected);
    expect(shown.length).toBeGreaterThan(0);
    for (const [path, text] of shown) expect(unformat(text), path).toBe(String(at(raw, path)));
    const headline = await page.$$eval('.key-facts [data-path]', (items) => items.map((i) => [(i as HTMLElement).dataset.path!, i.querySelector('.value')!.textContent!]));
    for (const [path, text] of headline) expect(unformat(text), path).toBe(String(at(raw, path)));
    await page.close();
  });
});

describe('cross-year pages show stated figures exactly as their JSON states them', () => {
  const crossYear = [...new Set(['', ...corpus.summaries.map((s) => `${s.data.fiscalYear}/`), ...corpus.departments.map((d) => `departments/${d.id}/`), 'compare/'])];
  test.each(crossYear)('/%s', async (path) => {
    const page = await browser.open(path);
    const cells = await page.$$eval('td[data-path][data-source]', (tds) => tds.map((td) => [(td as HTMLElement).dataset.source!, (td as HTMLElement).dataset.path!, td.querySelector('.cell-value')!.textContent!]));
    expect(cells.length).toBeGreaterThan(0);
    for (const [source, figurePath, text] of cells) expect(unformat(text), `${source} ${figurePath}`).toBe(String(at(rawJson(source), figurePath)));
    await page.close();
  });
});

describe('what a newcomer looks for is on the page', () => {
  test("Guangzhou's 2023 execution rate is on its department page and in the comparison", async () => {
    for (const path of ['departments/guangzhou-rd/', 'compare/', '']) {
      const page = await browser.open(path);
      await expect(page.locator('td[data-source="2023/guangzhou-rd/self-evaluation"][data-path="executionRate"]').first().textContent()).resolves.toContain('98.7%');
      await page.close();
    }
  });
  test("Conghua's 121.29% carries the audit's flag with its arithmetic", async () => {
    const page = await browser.open('compare/');
    const cell = page.locator('#table-rate-matrix td[data-source="2022/conghua-rd/self-evaluation"]');
    await expect(cell.textContent()).resolves.toContain('121.29%');
    const flag = cell.locator('a.flag');
    expect(await flag.count()).toBe(1);
    const note = page.locator(`#table-rate-matrix ${await flag.getAttribute('href')}`);
    await expect(note.textContent()).resolves.toMatch(/121\.29%.*100%/);
    await page.close();
  });
  test.each(corpus.summaries.map((s) => s.id))('%s links to its body’s list of every year, which lists it', async (id) => {
    const page = await browser.open(`${id}/`);
    const link = page.locator('nav.prev-next a', { hasText: '历年全部公开' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`/departments/${id.split('/')[1]}/#disclosures$`));
    await link.click();
    await expect(page.locator('#disclosures').textContent()).resolves.toBe('历年公开');
    expect(await page.locator(`a[href$="/${id}/"]`).count()).toBeGreaterThan(0);
    await page.close();
  });
  test('the four bodies appear in the execution-rate comparison', async () => {
    const page = await browser.open('compare/');
    const bodies = await page.$$eval('#table-rate-matrix tbody th', (ths) => ths.map((th) => th.textContent!.trim()));
    expect(bodies.sort()).toEqual(corpus.departments.map((d) => d.data.shortName).sort());
    await page.close();
  });
});

describe('without JavaScript', () => {
  test('the comparison page shows every body and links every year, hides the controls and says why', async () => {
    const page = await browser.open('compare/');
    expect(await page.locator('#compare-form').isVisible()).toBe(false);
    await expect(page.locator('main').textContent()).resolves.toContain('选择部门需要启用 JavaScript');
    const rows = await page.$$eval('#table-rate-matrix tbody tr', (trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).map((tr) => (tr as HTMLElement).dataset.department));
    expect(rows.sort()).toEqual(corpus.departments.map((d) => d.id).sort());
    for (const s of corpus.summaries) expect(await page.locator(`a[href$="/${s.data.fiscalYear}/#year-figures"]`).isVisible()).toBe(true);
    await page.close();
  });
  test.each(PAGE_TYPES)('%s reads completely: a heading, content and no empty chart box', async (_, path) => {
    const page = await browser.open(path);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('.chart-canvas:visible').count()).toBe(0);
    for (const figure of await page.locator('figure.chart').all()) expect(await figure.locator('table').isVisible()).toBe(true);
    await page.close();
  });
});
