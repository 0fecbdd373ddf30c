/**
 * axe-core finds no WCAG 2.x A/AA violation on any page type (with charts drawn and with
 * the comparison controls showing), and no page is wider than a 360 px phone. Zero axe
 * violations is a floor, not a claim of accessibility: automation finds about a third.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { PAGE_TYPES, useBrowser } from './site.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('accessibility (axe-core, WCAG 2.x A/AA)', () => {
  const browser = useBrowser();
  test.each(PAGE_TYPES)('%s has no violations', async (_, path) => {
    const page = await browser.open(path);
    // Through DevTools, not a <script>: the page's CSP refuses inline code it did not hash.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async (tags) => {
      const result = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    }, TAGS);
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
