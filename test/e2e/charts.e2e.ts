/**
 * Charts draw in a real browser, and what they draw is the data of the table beside
 * them, which is the JSON; pages without charts load no JavaScript at all, and no page
 * asks any host but ours for anything.
 */
import { describe, expect, test } from 'vitest';
import { at, corpus, PAGE_TYPES, rawJson, unformat, useBrowser } from './site.ts';

const browser = useBrowser();
const CHART_PAGES = ['2023/', 'departments/guangzhou-rd/', 'departments/conghua-rd/', '2023/guangzhou-rd/self-evaluation/', 'compare/'];

interface Spec { unit: string; categories: string[]; series: { label: string; values: (number | null)[] }[] }

describe('charts', () => {
  test.each(CHART_PAGES)('/%s draws each chart from the same numbers as its table and the JSON', async (path) => {
    const page = await browser.open(path);
    const figures = await page.locator('figure[data-chart]:visible').all();
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      await expect(figure.getAttribute('class')).resolves.toContain('chart-drawn');
      // Something was painted: count non-transparent pixels of the canvas.
      const painted = await figure.locator('canvas').evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
        return n;
      });
      expect(painted).toBeGreaterThan(500);
      const spec = JSON.parse((await figure.getAttribute('data-chart'))!) as Spec;
      const rows = await figure.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => ({ text: c.querySelector('.cell-value')?.textContent ?? '', path: (c as HTMLElement).dataset.path, source: (c as HTMLElement).dataset.source }))));
      expect(rows.map((r) => r[0].text)).toEqual(spec.categories);
      spec.series.forEach((series, j) =>
        series.values.forEach((value, i) => {
          const cell = rows[i][j + 1];
          if (value === null) return expect(cell.text).toBe('—');
          const published = String(at(rawJson(cell.source!), cell.path!));
          expect(unformat(cell.text)).toBe(published);
          const [, number, unit] = published.match(/^(-?[\d.]+) ?(万元|元|%)?$/)!;
          expect(value).toBeCloseTo(unit === '元' ? Number(number) / 10000 : Number(number), 10);
        }),
      );
    }
    await page.close();
  });
});

describe('JavaScript only where a chart, a control or an archived CSV link needs it', () => {
  test.each(PAGE_TYPES)('%s', async (_, path) => {
    const page = await browser.open(path);
    const scripts = await page.$$eval('script[src]', (s) => s.map((x) => (x as HTMLScriptElement).src));
    const charts = await page.locator('figure[data-chart]').count();
    const controls = await page.locator('#compare-form').count();
    const archived = await page.locator('a[data-archive-entry]').count();
    if (charts === 0 && controls === 0 && archived === 0) expect(scripts).toEqual([]);
    else expect(scripts.length).toBeGreaterThan(0);
    if (archived === 0) expect(scripts.filter((src) => src.includes('ArchivedCsvLink'))).toEqual([]);
    await page.close();
  });
  test('a disclosure page without a chart ships only the script of its archived CSV links, and no chart code', async () => {
    const id = corpus.summaries.find((s) => !(s.figures.basic && s.figures.project))!.id;
    const page = await browser.open(`${id}/`);
    const scripts = await page.$$eval('script', (s) => s.map((x) => (x as HTMLScriptElement).src));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/\/_astro\/ArchivedCsvLink\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/);
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(loaded.filter((url) => url.includes('/_astro/') && url.endsWith('.js'))).toEqual([scripts[0]]);
    await page.close();
  });
  test('no page requests anything from another host', () => {
    const own = new URL(browser.url).host;
    const foreign = browser.requests.filter((r) => !r.startsWith('data:') && new URL(r).host !== own);
    expect(foreign).toEqual([]);
    expect(browser.requests.length).toBeGreaterThan(10);
  });
});
