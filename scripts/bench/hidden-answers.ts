/**
 * The hidden-answer check of the benchmark: each planted phrase (corpus/plant.ts) searched
 * through the real search page in Chromium, every year's results shown ("显示更多结果",
 * "搜索更早年度"), scored by recall.ts.
 */
import { chromium } from 'playwright-core';
import type { Planted } from './corpus/plant.ts';
import { scoreRecall, type ListedResult, type RecallScore } from './recall.ts';
import { benchServer } from './serve.ts';

export interface HiddenAnswers {
  phrases: number;
  expected: number;
  found: number;
  falseExact: number;
  inversions: number;
  /** "phrase: url" for every planted page not found as an exact match. */
  missing: string[];
}

export async function checkHiddenAnswers(site: string, planted: readonly Planted[]): Promise<HiddenAnswers> {
  const server = await benchServer(site, { gzip: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const scores: (RecallScore & { phrase: string })[] = [];
  try {
    const context = await browser.newContext({ locale: 'zh-CN' });
    for (const { phrase, ids } of planted) {
      const page = await context.newPage();
      await page.goto(`${server.url}search/?q=${encodeURIComponent(phrase)}`);
      await page.waitForSelector('#results[data-state="done"]', { timeout: 120_000 });
      while (await page.locator('#search-more').isVisible()) {
        await page.click('#search-more');
        await page.waitForSelector('#results[data-state="done"]', { timeout: 120_000 });
      }
      const results: ListedResult[] = await page.$$eval('#results li', (items) => items.map((li) => ({ url: new URL(li.querySelector('h3 a')!.getAttribute('href')!, location.href).pathname, loose: !!li.querySelector('.match-label') })));
      scores.push({ phrase, ...scoreRecall(results, ids.map((id) => `/${id}/`)) });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sum = (get: (s: RecallScore) => number) => scores.reduce((n, s) => n + get(s), 0);
  return { phrases: scores.length, expected: sum((s) => s.expected), found: sum((s) => s.found), falseExact: sum((s) => s.falseExact), inversions: sum((s) => s.inversions), missing: scores.flatMap((s) => s.missing.map((u) => `${s.phrase}: ${u}`)) };
}
