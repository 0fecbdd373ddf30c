/**
 * The peer pages and the national views in Chromium, on a site built (the cross-year site
 * build) from a generated corpus whose bodies differ (test/peers/corpus.ts): each table
 * equals the JSON recomputed here (test/peers/oracle.ts), the chart's data equals its table,
 * each CSV holds the table's rows, a filtered view's permalink keeps its filters through
 * links alone, axe finds no violation, and everything reads without JavaScript.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from './browser.ts';
import { serve } from './serve.ts';
import { unformat } from './site.ts';
import { ROOT } from '../lib/figures/corpus-helpers.ts';
import { writePeerCorpus } from '../peers/corpus.ts';
import { cmp, json, medianOf, oracleGroup, oracleStanding, plain } from '../peers/oracle.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MIN_PROVINCE_PEERS = 5;

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the site's content security policy refuses inline scripts.
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, TAGS);
}

/** A table's body as text, cell by cell (the value only, without notes). */
const cellsOf = (page: Page, selector: string) =>
  page.$$eval(`${selector} tbody tr`, (trs) => trs.map((tr) => [...tr.children].map((c) => (c.querySelector('.cell-value')?.textContent ?? c.textContent ?? '').trim())));

describe('peer pages and national views of a generated corpus', () => {
  const temp = mkdtempSync(join(tmpdir(), 'mingzhang-peers-e2e-'));
  const content = join(temp, 'content');
  writePeerCorpus(content, 800);
  const departments = new Map(readdirSync(join(content, 'departments')).map((f) => [f.slice(0, -5), JSON.parse(readFileSync(join(content, 'departments', f), 'utf8'))]));
  const ids = [...departments.keys()].sort();
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Awaited<ReturnType<typeof launch>>;
  let scripted: Awaited<ReturnType<typeof launch>>;
  const open = async (path: string, b = browser) => {
    const page = await b.context.newPage();
    const response = await page.goto(server.url + path);
    expect(response?.status(), path).toBe(200);
    return page;
  };

  beforeAll(async () => {
    const dist = join(temp, 'dist');
    // The cross-year pages are the site build's (scripts/build/pages.ts): it reads every body's summaries.
    const summaries = join(temp, 'summaries');
    const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'site-summaries.ts'), '--content', content, '--out', summaries], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`site summaries failed:\n${made.stdout}\n${made.stderr}`);
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', dist], {
      cwd: ROOT,
      env: { ...process.env, MINGZHANG_PARTITION: 'site', MINGZHANG_SUMMARIES: summaries, MINGZHANG_CONTENT: content, MINGZHANG_CACHE_DIR: join(temp, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
    server = await serve(dist);
    browser = await launch({ javaScriptEnabled: false });
    scripted = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await scripted?.close();
    await server?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  test.each(ids)('/departments/%s/peers/: each year\'s table equals the JSON, without JavaScript', async (id) => {
    const page = await open(`departments/${id}/peers/`);
    const group = oracleGroup(departments, id, MIN_PROVINCE_PEERS);
    const years = readdirSync(content).filter((y) => /^\d{4}$/.test(y) && existsSync(join(content, y, id))).map(Number).sort((a, b) => b - a);
    expect(await page.$$eval('main section[id^="year-"] h2', (hs) => hs.map((h) => h.textContent!.trim()))).toEqual(years.map((y) => `${y} 年度`));
    let rows = 0;
    for (const year of years) {
      const table = await cellsOf(page, `#table-peers-${year}`);
      rows += table.length;
      const byLabel = new Map(table.map((r) => [r[0], r]));
      for (const [label, metric, unit] of [['预算执行率', 'execution-rate', '%'], ['“三公”经费', 'three-public', ''], ['“三公”经费较上年增减率', 'three-public-change', '%'], ['人均支出（按编制数）', 'spending-per-post', ' 万元/人']] as const) {
        const [, value, , rank, percentile, medianText, compared, leftOut] = byLabel.get(label)!;
        const o = oracleStanding(content, departments, metric, id, year, group);
        const where = `${year}/${id} ${metric}`;
        if (!o.mine) {
          expect(value, where).toBe('—');
          continue;
        }
        if (metric === 'three-public') {
          const source = await page.$eval(`#peers-${year}-three-public td[data-path]`, (td) => [(td as HTMLElement).dataset.source!, (td as HTMLElement).dataset.path!]);
          expect(unformat(value), where).toBe(json(content, source[0])!.threePublic.total);
        } else expect(value.replace(/,/g, ''), where).toBe(`${plain(o.mine.value)}${unit}`);
        expect(Number(compared), where).toBe(o.compared.length);
        expect(Number(leftOut), where).toBe(o.leftOut);
        if (o.compared.length >= 3) {
          expect(rank, where).toBe(`${1 + o.compared.filter((c) => cmp(c.value, o.mine!.value) > 0).length} / ${o.compared.length}`);
          const lower = o.compared.filter((c) => cmp(c.value, o.mine!.value) < 0).length;
          expect(percentile, where).toBe(`${Math.round((lower * 100) / (o.compared.length - 1))}%`);
        } else expect(rank, where).toBe('—');
        if (o.compared.length > 1 && metric !== 'three-public') expect(cmp({ units: BigInt(medianText.replace(/[^\d-]/g, '')), scale: medianText.split('.')[1]?.replace(/\D/g, '').length ?? 0 }, medianOf(o.compared.map((c) => c.value))!), where).toBe(0);
      }
    }
    // The CSV holds every year's rows.
    const csv = await page.request.get(await page.$eval('main p.download a', (a) => (a as HTMLAnchorElement).href));
    expect((await csv.text()).trim().split(/\r?\n/).length - 1).toBe(rows);
  });

  test('the chart draws exactly the newest year\'s percentiles, and enhances the table with JavaScript on', async () => {
    let charts = 0;
    for (const id of ids) {
      const page = await open(`departments/${id}/peers/`);
      const figure = await page.$('figure[data-chart]');
      if (!figure) continue;
      charts++;
      const spec = JSON.parse((await figure.getAttribute('data-chart'))!) as { categories: string[]; series: { values: number[] }[] };
      const table = (await cellsOf(page, 'main section[id^="year-"] >> nth=0 >> .data-table:not(figure .data-table)')).filter((r) => r[4] !== '—');
      expect(spec.categories).toEqual(table.map((r) => r[0]));
      expect(spec.series[0].values.map((v) => `${v}%`)).toEqual(table.map((r) => r[4]));
      expect(await page.$eval('figure[data-chart] .chart-canvas', (d) => (d as HTMLElement).hidden)).toBe(true);
      if (charts === 1) {
        const live = await open(`departments/${id}/peers/`, scripted);
        await live.waitForSelector('figure.chart-drawn');
        expect(await live.$eval('figure[data-chart] .chart-canvas', (d) => (d as HTMLElement).hidden)).toBe(false);
      }
    }
    expect(charts).toBeGreaterThan(0);
  });

  test('三公: the filtered page\'s figures equal the JSON, its CSV its rows, and its permalink keeps the filters', async () => {
    const index = await open('national/three-public/');
    const first = await index.$$eval('#table-three-public-index tbody td a', (as) => as.find((a) => !a.textContent!.trim().startsWith('0 '))!.getAttribute('href')!);
    const [, year, province] = first.match(/^\/national\/three-public\/(\d{4})\/([a-z]+)\/$/)!;
    const page = await open(first.slice(1));
    for (const td of await page.$$('#table-three-public td[data-source]')) {
      const [source, path, text] = await td.evaluate((c) => [(c as HTMLElement).dataset.source!, (c as HTMLElement).dataset.path!, c.querySelector('.cell-value')!.textContent!]);
      expect(source.startsWith(`${year}/`)).toBe(true);
      expect(unformat(text)).toBe(path.split('.').reduce((o: any, k) => o?.[k], json(content, source)));
    }
    const rows = await page.locator('#table-three-public tbody tr').count();
    const csv = await page.request.get(await page.$eval('#table-three-public p.download a', (a) => (a as HTMLAnchorElement).href));
    expect((await csv.text()).trim().split(/\r?\n/).length - 1).toBe(rows);
    // The filters are links; following one keeps the other.
    expect(await page.$$eval('.national-filters [aria-current="page"]', (as) => as.map((a) => a.getAttribute('href')))).toEqual([first, first, first]);
    const otherYear = await page.$eval('.national-filters .filter:first-child a:not([aria-current])', (a) => a.getAttribute('href')!);
    expect(otherYear).toMatch(new RegExp(`^/national/three-public/\\d{4}/${province}/$`));
    const next = await open(otherYear.slice(1));
    expect(await next.$eval('.permalink', (a) => a.getAttribute('href'))).toBe(otherYear);
    expect(await next.$$eval('.national-filters [aria-current="page"]', (as) => as.map((a) => a.getAttribute('href')))).toEqual([otherYear, otherYear, otherYear]);
  });

  test('level filter: each level page of 三公 and coverage holds exactly its level\'s rows of the province page, its CSV its rows, and its permalink keeps all three filters', async () => {
    const LEVEL_NAMES: Record<string, string> = { province: '省级', city: '市级', 'district-county': '区县级' };
    let checked = 0;
    for (const view of ['three-public', 'coverage']) {
      const index = await open(`national/${view}/`);
      for (const href of (await index.$$eval(`#table-${view}-index tbody td a`, (as) => as.map((a) => a.getAttribute('href')!))).slice(0, 6)) {
        const whole = await open(href.slice(1));
        const wholeRows = await whole.$$eval(`#table-${view} tbody tr`, (trs) => trs.map((tr) => (tr as HTMLElement).dataset.department!));
        const levelLinks = await whole.$$eval('.national-filters .filter:nth-child(3) a:not([aria-current])', (as) => as.map((a) => a.getAttribute('href')!));
        expect(levelLinks.length).toBeGreaterThan(0);
        for (const levelHref of levelLinks) {
          const [, level] = levelHref.match(/\/([a-z-]+)\/$/)!;
          expect(Object.keys(LEVEL_NAMES)).toContain(level);
          const page = await open(levelHref.slice(1));
          const rows = await page.$$eval(`#table-${view} tbody tr`, (trs) => trs.map((tr) => ({ id: (tr as HTMLElement).dataset.department!, level: tr.children[1].textContent!.trim() })));
          expect(rows.map((r) => r.id), levelHref).toEqual(wholeRows.filter((id) => departments.get(id).level === level));
          for (const r of rows) expect(r.level).toBe(LEVEL_NAMES[level]);
          if (rows.length > 0) {
            const csv = await page.request.get(await page.$eval(`#table-${view} p.download a`, (a) => (a as HTMLAnchorElement).href));
            expect(csv.status()).toBe(200);
            expect((await csv.text()).trim().split(/\r?\n/).length - 1).toBe(rows.length);
          }
          expect(await page.$eval('.permalink', (a) => a.getAttribute('href'))).toBe(levelHref);
          expect(await page.$$eval('.national-filters [aria-current="page"]', (as) => as.map((a) => a.getAttribute('href')))).toEqual([levelHref, levelHref, levelHref]);
          // Another year keeps province and level; 全部 goes back to the province page.
          const otherYear = await page.$$eval('.national-filters .filter:first-child a:not([aria-current])', (as) => as.map((a) => a.getAttribute('href')!));
          for (const y of otherYear) expect(y).toBe(levelHref.replace(/\/\d{4}\//, `/${y.match(/\/(\d{4})\//)![1]}/`));
          expect(await page.$eval('.national-filters .filter:nth-child(3) a', (a) => a.getAttribute('href'))).toBe(href);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  test('coverage: a kind reads 已公开 exactly when its file exists, and every gap is named', async () => {
    const index = await open('national/coverage/');
    const links = await index.$$eval('#table-coverage-index tbody a', (as) => as.map((a) => a.getAttribute('href')!));
    for (const href of links.slice(0, 12)) {
      const [, year] = href.match(/(\d{4})/)!;
      const page = await open(href.slice(1));
      const rows = await page.$$eval('#table-coverage tbody tr', (trs) => trs.map((tr) => ({ id: (tr as HTMLElement).dataset.department!, cells: [...tr.children].map((c) => c.textContent!.trim()) })));
      for (const { id, cells } of rows) {
        ['budget', 'final-accounts', 'performance-targets', 'self-evaluation'].forEach((kind, k) => expect(cells[2 + k], `${year}/${id}/${kind}`).toBe(existsSync(join(content, year, id, `${kind}.json`)) ? '已公开' : '未公开'));
      }
    }
  });

  test('execution rates: each body\'s rate on a province page is its 决算 recomputed', async () => {
    const index = await open('national/execution/');
    const yearHref = await index.$eval('#table-execution-index tbody tr:first-child a', (a) => a.getAttribute('href')!);
    const yearPage = await open(yearHref.slice(1));
    for (const href of await yearPage.$$eval('#table-execution-year tbody th a', (as) => as.map((a) => a.getAttribute('href')!))) {
      const [, year] = href.match(/(\d{4})/)!;
      const page = await open(href.slice(1));
      const rows = await page.$$eval('#table-execution tbody tr', (trs) => trs.map((tr) => ({ id: (tr as HTMLElement).dataset.department!, rate: tr.children[2].querySelector('.cell-value')!.textContent!.trim() })));
      for (const { id, rate } of rows) {
        const o = oracleStanding(content, departments, 'execution-rate', id, Number(year), [id]);
        expect(rate, `${year}/${id}`).toBe(`${plain(o.mine!.value)}%`);
      }
    }
  });

  test('axe finds no violation on the peer page and the national views', async () => {
    const pages = [`departments/${ids[0]}/peers/`, 'national/', 'national/three-public/', 'national/execution/', 'national/coverage/'];
    const index = await open('national/coverage/');
    const province = await index.$eval('#table-coverage-index tbody a', (a) => a.getAttribute('href')!);
    pages.push(province.slice(1));
    // A level page, with its three filters.
    const byProvince = await open(province.slice(1));
    pages.push((await byProvince.$eval('.national-filters .filter:nth-child(3) a:not([aria-current])', (a) => a.getAttribute('href')!)).slice(1));
    // With JavaScript on (axe is a script), the chart drawn.
    for (const path of pages) expect(await axeViolations(await open(path, scripted)), path).toEqual([]);
  });
});
