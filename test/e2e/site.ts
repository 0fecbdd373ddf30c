/** What the browser tests share: the served site, the content they check it against, one browser per file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launch } from './browser.ts';
import { loadSummaries, ROOT } from '../lib/figures/corpus-helpers.ts';

/** The bundled content (the seeds), as the site was built from it. */
export const corpus = loadSummaries(join(ROOT, 'content'));

/** The raw JSON of a disclosure, as stored (not through the schema). */
export const rawJson = (id: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, 'content', `${id}.json`), 'utf8'));

/** The value at a dotted JSON path ("funds.0.executed"). */
export const at = (data: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], data);

/** A figure as shown, back to its published form: separators and the 分 suffix removed. */
export const unformat = (text: string): string => text.trim().replace(/,(?=\d{3})/g, '').replace(/ 分$/, '');

/** Page types and one URL of each, for tests that visit every type. */
export const PAGE_TYPES: [string, string][] = [
  ['home', ''],
  ['year', '2023/'],
  ['departments', 'departments/'],
  ['department', 'departments/conghua-rd/'],
  ['disclosure (self-evaluation)', '2022/conghua-rd/self-evaluation/'],
  ['disclosure (performance targets)', '2023/dongguan-rd/performance-targets/'],
  ['body-year', '2023/dongguan-rd/'],
  ['compare', 'compare/'],
  ['peers', 'departments/conghua-rd/peers/'],
  ['national', 'national/'],
  ['national (filtered)', 'national/three-public/2023/gd/'],
  ['kind', 'kinds/self-evaluation/'],
  ['glossary', 'glossary/'],
  ['downloads', 'downloads/'],
  ['data API', 'data-api/'],
  ['about', 'about/'],
  ['articles', 'articles/'],
  ['article', 'articles/hunan-renda-gaige/'],
];

/**
 * A browser for this test file, with JavaScript on or off; every request it makes is recorded.
 * `open` waits for the network to be idle, or, given "load", only for the load event (the
 * page's scripts have run then; what they fetch later may still be on its way).
 */
export function useBrowser(options: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const state = { url: '', requests: [] as string[], open: async (path: string, _waitUntil?: 'load' | 'networkidle'): Promise<Page> => Promise.reject(new Error('not started')), close: async () => {} };
  beforeAll(async () => {
    state.url = inject('siteUrl');
    const browser = await launch(options);
    browser.context.on('request', (r) => state.requests.push(r.url()));
    state.close = browser.close;
    state.open = async (path: string, waitUntil: 'load' | 'networkidle' = 'networkidle') => {
      const page = await browser.context.newPage();
      const response = await page.goto(state.url + path, { waitUntil });
      if (!response || response.status() !== 200) throw new Error(`${path}: HTTP ${response?.status()}`);
      return page;
    };
  });
  afterAll(() => state.close());
  return state;
}
