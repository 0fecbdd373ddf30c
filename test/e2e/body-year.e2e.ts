/**
 * The body-year page (/<year>/<dept>/) in Chromium with JavaScript off: on a site built
 * from a generated corpus holding every combination of documents (test/body-year/corpus.ts),
 * each table equals the JSON it pairs — published figures as printed, differences and rates
 * recomputed here — every figure links to its place on its own disclosure page, and axe finds
 * no violation; on the served site (the bundled content), each body-year says what it lacks
 * and is linked from its disclosures and its department.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from './browser.ts';
import { serve } from './serve.ts';
import { csvLinks, csvName, fetchCsv } from './csv-links.ts';
import { at, corpus, unformat, useBrowser } from './site.ts';
import { COMBINATIONS, writeBodyYearCorpus } from '../body-year/corpus.ts';
import { ROOT } from '../lib/figures/corpus-helpers.ts';

const YEARLY = ['budget', 'final-accounts', 'performance-targets', 'self-evaluation'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page): Promise<string[]> {
  // Through DevTools, not a <script>: the page's CSP refuses inline code it did not hash.
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, TAGS);
}

/** An amount as shown ("+1,200.00 万元", "-35.00 万元") → 元 × 10^6. */
function micros(text: string): bigint {
  const [, sign, number, unit] = text.trim().replace(/,/g, '').match(/^([+-]?)(\d+(?:\.\d+)?) (元|万元)$/)!;
  const [whole, fraction = ''] = number.split('.');
  const value = BigInt(whole + fraction.padEnd(6, '0').slice(0, 6)) * (unit === '万元' ? 10000n : 1n);
  return sign === '-' ? -value : value;
}

describe('a site of every combination of documents', () => {
  const temp = mkdtempSync(join(tmpdir(), 'mingzhang-body-year-e2e-'));
  const content = join(temp, 'content');
  const bodyYears = writeBodyYearCorpus(content, 120);
  const json = (id: string) => JSON.parse(readFileSync(join(content, `${id}.json`), 'utf8')) as Record<string, unknown>;
  /** The yearly documents a body-year holds, in page order. */
  const documentsOf = (bodyYear: string) => YEARLY.filter((k) => existsSync(join(content, `${bodyYear}/${k}.json`)));
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Awaited<ReturnType<typeof launch>>;
  const open = async (path: string) => {
    const page = await browser.context.newPage();
    const response = await page.goto(server.url + path);
    expect(response?.status(), path).toBe(200);
    return page;
  };

  beforeAll(async () => {
    const dist = join(temp, 'dist');
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', dist], {
      cwd: ROOT,
      env: { ...process.env, MINGZHANG_CONTENT: content, MINGZHANG_CACHE_DIR: join(temp, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
    server = await serve(dist);
    browser = await launch({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  test('covers every combination the page must handle', () => {
    const held = new Set(bodyYears.map((b) => documentsOf(b).join('+')));
    for (const combination of COMBINATIONS) expect(held, combination.join('+')).toContain(combination.join('+'));
  });

  test.each(bodyYears)('/%s/: each table equals the JSON, without JavaScript', async (bodyYear) => {
    const page = await open(`${bodyYear}/`);
    // Published figures, exactly as their JSON states them, each linked to its own disclosure page.
    const cells = await page.$$eval('main td[data-source][data-path]', (tds) => tds.map((td) => ({ source: (td as HTMLElement).dataset.source!, path: (td as HTMLElement).dataset.path!, text: td.querySelector('.cell-value')!.textContent!, href: td.querySelector('a')?.getAttribute('href') ?? '' })));
    for (const c of cells) {
      expect(c.source.startsWith(`${bodyYear}/`)).toBe(true);
      const stated = String(at(json(c.source), c.path));
      expect(c.path.includes('Target') || c.path.endsWith('.actual') ? c.text : unformat(c.text), `${c.source} ${c.path}`).toBe(stated);
      expect(c.href).toMatch(new RegExp(`^/${c.source}/#(table-[a-z-]+|loc-[a-zA-Z0-9-]+)$`));
    }
    // Differences and rates, recomputed from the two figures of each row.
    const rows = await page.$$eval('#table-budget-final tbody tr, #table-budget-final-functions tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.querySelector('.cell-value')!.textContent!.trim())));
    for (const row of rows) {
      const [budget, final, difference, rate] = row.slice(-4);
      expect(micros(difference), row.join(' | ')).toBe(micros(final) - micros(budget));
      const b = micros(budget);
      if (b === 0n) expect(rate).toBe('—');
      else {
        const tenfold = (micros(final) * 100000n) / b;
        const cents = tenfold / 10n + (tenfold % 10n >= 5n ? 1n : 0n);
        expect(rate, row.join(' | ')).toBe(`${cents / 100n}.${String(cents % 100n).padStart(2, '0')}%`);
      }
    }
    // Each indicator's outcome is one of four, with the rule that decided it.
    const outcomes = await page.$$eval('#table-targets-evaluation tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(-2).map((td) => td.textContent!.trim())));
    for (const [outcome, rule] of outcomes) {
      expect(['达到', '未达到', '未填报', '未判断']).toContain(outcome);
      expect(rule.length).toBeGreaterThan(3);
    }
    // Each table's CSV is served, one record per row of the table.
    const links = await csvLinks(page, 'main .data-table p.download a');
    expect(links.length).toBe(await page.locator('main .data-table').count());
    for (const link of links) {
      const csv = await fetchCsv(link);
      expect(csv.status, link.href).toBe(200);
      const lines = csv.bytes.toString('utf8').trim().split(/\r?\n/).length;
      expect(lines - 1, link.entry).toBe(await page.locator(`#table-${csvName(link)} tbody tr`).count());
    }
    const documents = documentsOf(bodyYear);
    const main = (await page.locator('main').textContent())!;
    if (!documents.includes('final-accounts')) expect(main).toContain('该年度未公开部门决算。');
    if (documents.includes('budget') && documents.includes('final-accounts')) expect(rows.length).toBeGreaterThan(0);
    else expect(rows).toEqual([]);
    await page.close();
  });

  test('the data API page’s example of a body-year CSV is one the site serves', async () => {
    const page = await open('data-api/');
    const example = page.locator('table.api-files tr[data-path="body-year/<表>.csv"] a');
    expect(await example.count()).toBe(1);
    const response = await page.request.get(new URL((await example.getAttribute('href'))!, server.url).href);
    expect(response.status()).toBe(200);
    await page.close();
  });

  test('a figure’s link lands on that figure’s table on its disclosure page', async () => {
    const full = bodyYears.find((b) => documentsOf(b).includes('budget') && documentsOf(b).includes('final-accounts'))!;
    const page = await open(`${full}/`);
    const link = page.locator('#table-budget-final td[data-path="spending.total"][data-source$="/final-accounts"] a');
    await link.click();
    await page.waitForURL(`**/${full}/final-accounts/#table-figures`);
    expect(unformat((await page.locator('#table-figures td[data-path="spending.total"] .cell-value').textContent())!)).toBe(String(at(json(`${full}/final-accounts`), 'spending.total')));
    await page.close();
  });

  test('axe finds no WCAG A/AA violation on a page with every table, nor on a page with none, and neither is wider than a phone', async () => {
    const withAll = bodyYears.find((b) => documentsOf(b).length === 4)!;
    const withOne = bodyYears.find((b) => documentsOf(b).length === 1)!;
    // axe runs in the page, so this browser has JavaScript on.
    const withScripts = await launch();
    try {
      for (const path of [withAll, withOne]) {
        const page = await withScripts.context.newPage();
        await page.goto(`${server.url}${path}/`, { waitUntil: 'networkidle' });
        expect(await axeViolations(page), path).toEqual([]);
        const overflow = await page.setViewportSize({ width: 360, height: 800 }).then(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth));
        expect(overflow, `${path} at 360 px`).toBe(0);
        await page.close();
      }
    } finally {
      await withScripts.close();
    }
  });
});

describe('the served site', () => {
  const browser = useBrowser({ javaScriptEnabled: false });
  const bodyYearsOf = [...new Set(corpus.summaries.map((s) => `${s.data.fiscalYear}/${s.data.department}`))];

  test.each(bodyYearsOf)('/%s/ lists its documents, says which it did not publish, and is linked from them and its department', async (bodyYear) => {
    const page = await browser.open(`${bodyYear}/`);
    const own = corpus.summaries.filter((s) => s.id.startsWith(`${bodyYear}/`));
    const listed = await page.$$eval('#documents + ul a', (as) => as.map((a) => a.getAttribute('href')));
    expect(listed).toEqual(own.map((s) => `/${s.id}/`));
    const missing = await page.$$eval('.missing-list li', (lis) => lis.map((li) => li.textContent!.trim()));
    expect(missing.length).toBe(4 - own.filter((s) => s.data.kind !== 'project-evaluation').length);
    for (const sentence of missing) expect(sentence).toMatch(/^该年度未公开.+。$/);
    for (const s of own) {
      const disclosure = await browser.open(`${s.id}/`);
      expect(await disclosure.locator(`nav.prev-next a[href="/${bodyYear}/"]`).count()).toBe(1);
      await disclosure.close();
    }
    const department = await browser.open(`departments/${bodyYear.split('/')[1]}/`);
    expect(await department.locator(`#body-years + p + ul a[href="/${bodyYear}/"]`).count()).toBe(1);
    await department.close();
    await page.close();
  });
});
