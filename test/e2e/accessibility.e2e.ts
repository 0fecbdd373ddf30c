/**
 * axe-core finds no WCAG 2.x A/AA violation on any page of the build (which includes one of
 * every page type; with charts drawn and with the comparison controls showing), and no page
 * is wider than a 360 px phone. Zero axe violations is a floor, not a claim of
 * accessibility: automation finds about a third. One browser, the pages in sequence.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { writeGateReport } from '../gate/report.ts';
import { htmlFiles, pagePath } from '../gate/site-pages.ts';
import { PAGE_TYPES, useBrowser } from './site.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const PAGES = htmlFiles(inject('siteDir')).map(pagePath);

describe('accessibility (axe-core, WCAG 2.x A/AA)', () => {
  const browser = useBrowser();
  const passed = new Set<string>();
  let violationCount = 0;
  afterAll(() => {
    const types = PAGE_TYPES.filter(([, path]) => passed.has(path)).length;
    console.log(`axe: ${passed.size}/${PAGES.length} pages without violations (${types}/${PAGE_TYPES.length} page types), ${violationCount} violations`);
    writeGateReport('axe', [
      { label: 'axe WCAG 2.x A/AA, every page', figure: `${passed.size}/${PAGES.length} pages, ${violationCount} violations`, ok: PAGES.length > 0 && passed.size === PAGES.length },
      { label: 'axe, page types among them', figure: `${types}/${PAGE_TYPES.length}`, ok: types === PAGE_TYPES.length },
    ]);
  });

  test('every page type is among the pages checked', () => {
    expect(PAGE_TYPES.filter(([, path]) => !PAGES.includes(path))).toEqual([]);
  });

  test.each(PAGES)('/%s has no violations', async (path) => {
    // "load": the page's scripts have drawn its charts and shown its controls by then; the
    // network-idle wait (half a second a page) bought nothing here.
    const page = await browser.open(path, 'load');
    // What axe sees is the page as a reader has it: every chart drawn.
    expect(await page.evaluate(() => document.querySelectorAll('figure.chart:not(.chart-drawn)').length), 'charts not drawn yet').toBe(0);
    // Through DevTools, not a <script>: the page's CSP refuses inline code it did not hash.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async (tags) => {
      const result = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    }, TAGS);
    violationCount += violations.length;
    if (violations.length === 0) passed.add(path);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('phones: nothing is wider than the screen', () => {
  const browser = useBrowser({ width: 360 });
  test.each(PAGE_TYPES)('%s at 360 px', async (_, path) => {
    const page = await browser.open(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.close();
  });
});
