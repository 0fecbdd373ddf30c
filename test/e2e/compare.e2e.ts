/** The comparison page keeps its choice in the URL: a shared link opens the same comparison. */
import { describe, expect, test } from 'vitest';
import { corpus, useBrowser } from './site.ts';

const browser = useBrowser();
const visibleBodies = (page: import('playwright-core').Page) => page.$$eval('#table-rate-matrix tbody tr:not([hidden])', (rows) => rows.map((r) => (r as HTMLElement).dataset.department));

describe('comparison state in the URL', () => {
  test('each year links to its bodies side by side, and the former year-view link opens it', async () => {
    const years = [...new Set(corpus.summaries.map((s) => s.data.fiscalYear))].sort((a, b) => b - a);
    const page = await browser.open('compare/');
    expect(await page.$$eval('a[data-year]', (as) => as.map((a) => (a as HTMLElement).dataset.year))).toEqual(years.map(String));
    await page.getByRole('link', { name: '2022 年度各部门比较' }).click();
    await page.waitForURL(/\/2022\/#year-figures$/);
    await expect(page.locator('#year-figures').textContent()).resolves.toBe('主要数字并列');
    expect(await page.locator('#table-year-2022 tbody tr').count()).toBe(corpus.summaries.filter((s) => s.data.fiscalYear === 2022).length);
    const old = await browser.open('compare/?view=year&year=2022');
    await old.waitForURL(/\/2022\/#year-figures$/);
    await page.close();
    await old.close();
  });
  test('choosing bodies writes them to the URL, and that URL shows only them', async () => {
    const page = await browser.open('compare/');
    for (const d of corpus.departments.filter((d) => !['guangzhou-rd', 'conghua-rd'].includes(d.id))) await page.getByLabel(d.data.shortName, { exact: true }).uncheck();
    const search = new URL(page.url()).searchParams;
    expect(search.get('view')).toBe('departments');
    expect(search.getAll('d').sort()).toEqual(['conghua-rd', 'guangzhou-rd']);
    expect((await visibleBodies(page)).sort()).toEqual(['conghua-rd', 'guangzhou-rd']);
    const shared = await browser.open(page.url().replace(browser.url, ''));
    expect((await visibleBodies(shared)).sort()).toEqual(['conghua-rd', 'guangzhou-rd']);
    for (const d of corpus.departments) expect(await shared.getByLabel(d.data.shortName, { exact: true }).isChecked()).toBe(['guangzhou-rd', 'conghua-rd'].includes(d.id));
    await expect(shared.locator('#compare-status').textContent()).resolves.toContain('共 2 个部门');
    await page.close();
    await shared.close();
  });
  test('a link with unknown values opens the default view instead of an empty page', async () => {
    for (const path of ['compare/?view=year&year=1901', 'compare/?view=departments&d=nobody']) {
      const page = await browser.open(path);
      expect(new URL(page.url()).pathname).toMatch(/\/compare\/$/);
      expect((await visibleBodies(page)).sort()).toEqual(corpus.departments.map((d) => d.id).sort());
      await page.close();
    }
  });
});
