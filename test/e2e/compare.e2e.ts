/** The comparison page keeps its choice in the URL: a shared link opens the same comparison. */
import { describe, expect, test } from 'vitest';
import { corpus, useBrowser } from './site.ts';

const browser = useBrowser();
const visibleYears = (page: import('playwright-core').Page) => page.$$eval('section[data-view="year"]:not([hidden])', (s) => s.map((x) => (x as HTMLElement).dataset.year));
const visibleBodies = (page: import('playwright-core').Page) => page.$$eval('#table-rate-matrix tbody tr:not([hidden])', (rows) => rows.map((r) => (r as HTMLElement).dataset.department));

describe('comparison state in the URL', () => {
  test('choosing a year writes it to the URL, and that URL opens the same view', async () => {
    const page = await browser.open('compare/');
    await page.getByLabel('选一个年度，比较各部门').check();
    await page.getByLabel('预算年度').selectOption('2022');
    expect(new URL(page.url()).search).toBe('?view=year&year=2022');
    expect(await visibleYears(page)).toEqual(['2022']);
    expect(await page.locator('#view-departments').isVisible()).toBe(false);
    const shared = await browser.open(page.url().replace(browser.url, ''));
    expect(await shared.getByLabel('预算年度').inputValue()).toBe('2022');
    expect(await shared.getByLabel('选一个年度，比较各部门').isChecked()).toBe(true);
    expect(await visibleYears(shared)).toEqual(['2022']);
    await page.close();
    await shared.close();
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
    const page = await browser.open('compare/?view=year&year=1901');
    expect(await visibleYears(page)).toEqual([String(Math.max(...corpus.summaries.map((s) => s.data.fiscalYear)))]);
    await page.close();
  });
});
