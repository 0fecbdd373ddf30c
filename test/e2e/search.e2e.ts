/**
 * Search in a real browser (Debian Chromium), on the site as scripts/build-site.ts builds
 * it from the bundled content: partitioned pages, one index per partition, merged in the
 * browser. Pagefind gives wrong answers under Node, so search is only ever tested here.
 *
 * Ground truth comes from the built pages themselves: a page "has" a phrase when its
 * searchable text (the data-pagefind-body element, as the index reads it, plus the names
 * its record adds) contains it. Every such page must be found as an exact match, no page
 * without it may be, and no partial match may stand above an exact one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { kindName } from '../../src/lib/disclosure-ref.ts';
import { extractPage } from '../../src/lib/search/extract.ts';
import type { DisclosureKind } from '../../src/schemas/disclosure.ts';
import { launch } from './browser.ts';
import { serve } from './serve.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'content');

let site = '';
let url = '';
let context: BrowserContext;
const cleanup: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  const given = process.env.E2E_SITE ? resolve(ROOT, process.env.E2E_SITE) : undefined;
  if (given && existsSync(join(given, 'pagefind', 'partitions.json'))) site = given;
  else {
    const temp = mkdtempSync(join(tmpdir(), 'mingzhang-search-e2e-'));
    site = join(temp, 'dist');
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-site.ts'), '--out', site, '--cache', join(temp, 'work'), '--content', CONTENT], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    if (result.status !== 0) throw new Error(`build-site failed:\n${result.stdout}\n${result.stderr}`);
    cleanup.push(() => rmSync(temp, { recursive: true, force: true }));
  }
  const server = await serve(site);
  url = server.url;
  cleanup.push(server.close);
  const browser = await launch();
  context = browser.context;
  cleanup.push(browser.close);
}, 240_000);

afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

/** The content pages and the text a search may find in each. */
function contentPages(): { url: string; text: string }[] {
  const pages: { url: string; text: string }[] = [];
  const departments = new Map<string, { name: string; shortName: string; aliases?: string[] }>();
  for (const slug of ['conghua-rd', 'dongguan-rd', 'guangdong-rd', 'guangzhou-rd']) departments.set(slug, JSON.parse(readFileSync(join(CONTENT, 'departments', `${slug}.json`), 'utf8')));
  for (const id of ['2020/guangdong-rd/self-evaluation', '2022/conghua-rd/self-evaluation', '2023/dongguan-rd/performance-targets', '2023/guangzhou-rd/self-evaluation']) {
    const data = JSON.parse(readFileSync(join(CONTENT, `${id}.json`), 'utf8')) as { kind: DisclosureKind; fiscalYear: number; department: string };
    const d = departments.get(data.department)!;
    const body = extractPage(readFileSync(join(site, id, 'index.html'), 'utf8')).text;
    pages.push({ url: `/${id}/`, text: [body, d.name, d.shortName, ...(d.aliases ?? []), `${data.fiscalYear}年度`, kindName(data.kind)].join('\n') });
  }
  for (const slug of ['anyang-yusuan-lianwang', 'hunan-renda-gaige', 'junan-zhidu-zixin', 'shaanxi-daibiao-lvzhi', 'yaoan-yusuan-lianwang']) {
    pages.push({ url: `/articles/${slug}/`, text: extractPage(readFileSync(join(site, 'articles', slug, 'index.html'), 'utf8')).text });
  }
  return pages;
}

/** Quotation marks never split a phrase, and whitespace between characters is not text. */
const comparable = (text: string) => text.replace(/[“”‘’"'「」『』《》〈〉]/g, '').replace(/\n/g, '|').replace(/[ \t]+/g, ' ');

interface Shown {
  url: string;
  title: string;
  loose: boolean;
  excerpt: string;
  marks: string[];
}

/** Opens the search page for a query (and facets), shows every result, and reads them. */
async function searchFor(query: string, extra = ''): Promise<{ page: Page; shown: Shown[]; status: string }> {
  const page = await context.newPage();
  await page.goto(`${url}search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForSelector('#results[data-state="done"]', { timeout: 20_000 });
  // "显示更多结果" and "搜索更早年度" until every result of every year is on the page.
  while (await page.locator('#search-more').isVisible()) {
    await page.click('#search-more');
    await page.waitForSelector('#results[data-state="done"]');
  }
  const shown = await page.$$eval('#results li', (items) =>
    items.map((li) => ({
      url: new URL(li.querySelector('h3 a')!.getAttribute('href')!, location.href).pathname,
      title: li.querySelector('h3 a')!.textContent ?? '',
      loose: !!li.querySelector('.match-label'),
      excerpt: li.querySelector('.result-excerpt')?.textContent ?? '',
      marks: [...li.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent ?? ''),
    })),
  );
  return { page, shown, status: (await page.textContent('#search-status')) ?? '' };
}

const PHRASES = ['流溪河', '资源保护', '三公经费', '代表建议', '预算联网监督', '联网监督', '绩效自评', '执行率', '预算执行率', '数字人大', '财政拨款', '省人大', '城中村改造', '从化', '东莞', '人大代表', '监督', '2023', '5,082.95', '全过程人民民主', '营商环境'];

describe('search finds every page that has the phrase, and ranks them first', () => {
  for (const phrase of PHRASES) {
    test(`“${phrase}”: exact matches are exactly the pages that contain it, above any partial match`, async () => {
      const pages = contentPages();
      const truth = pages.filter((p) => comparable(p.text).includes(comparable(phrase))).map((p) => p.url).sort();
      const { page, shown } = await searchFor(phrase);
      const content = new Set(pages.map((p) => p.url));
      const exact = shown.filter((s) => !s.loose && content.has(s.url)).map((s) => s.url).sort();
      expect(exact).toEqual(truth);
      const firstLoose = shown.findIndex((s) => s.loose);
      if (firstLoose !== -1) expect(shown.slice(firstLoose).every((s) => s.loose)).toBe(true);
      await page.close();
    });
  }

  // Both breaks are in seed 003 (从化, "流溪" / "河" and "资" / "源保护"); 资源保护 also stands
  // unbroken in the 广州 report (seed 001). The 广东 report (seed 000) does not contain it.
  test('finds words the source PDF split across a page break, whole: 流溪河 and 资源保护 (从化)', async () => {
    for (const [phrase, id] of [['流溪河', '/2022/conghua-rd/self-evaluation/'], ['资源保护', '/2022/conghua-rd/self-evaluation/'], ['资源保护', '/2023/guangzhou-rd/self-evaluation/']]) {
      const { page, shown } = await searchFor(phrase);
      const hit = shown.find((s) => s.url === id);
      expect(hit, `${phrase} in ${id}`).toBeDefined();
      expect(hit!.loose).toBe(false);
      expect(hit!.marks.join('')).toContain(phrase);
      await page.close();
    }
  });

  test('labels pages that have the characters but not the phrase as 部分匹配, after the exact ones', async () => {
    const { page, shown, status } = await searchFor('三公经费');
    const pages = contentPages();
    for (const s of shown.filter((x) => x.loose)) expect(comparable(pages.find((p) => p.url === s.url)?.text ?? '')).not.toContain('三公经费');
    expect(status).toMatch(/“三公经费”/);
    await page.close();
  });
});

describe('direct hits, facets and the URL', () => {
  test('a department name, its 简称 and a year lead straight to their pages', async () => {
    for (const [query, target] of [['广州市从化区人民代表大会常务委员会办公室', '/departments/conghua-rd/'], ['从化区人大常委会办公室', '/departments/conghua-rd/'], ['东莞人大', '/departments/dongguan-rd/'], ['2023', '/2023/']]) {
      const { page } = await searchFor(query);
      const direct = await page.$$eval('#results section[aria-label="直达"] h3 a', (as) => as.map((a) => new URL(a.getAttribute('href')!, location.href).pathname));
      expect(direct, query).toContain(target);
      await page.close();
    }
  });

  test('a year facet in the URL narrows the results and loads only that year’s index', async () => {
    const requests: string[] = [];
    const listener = (r: { url(): string }) => requests.push(new URL(r.url()).pathname);
    context.on('request', listener);
    const { page, shown } = await searchFor('代表建议', '&year=2023');
    context.off('request', listener);
    expect(shown.length).toBeGreaterThan(0);
    for (const s of shown) expect(s.url.startsWith('/2023/') || s.url.startsWith('/articles/') || s.url === '/2023/').toBe(true);
    expect(await page.isChecked('#facets input[name="year"][value="2023"]')).toBe(true);
    expect(requests.some((r) => r.startsWith('/pagefind/2023/'))).toBe(true);
    expect(requests.filter((r) => /^\/pagefind\/20(20|22)\//.test(r))).toEqual([]);
    await page.close();
  });

  test('a search opened by its address fetches every file once, and none that does not exist', async () => {
    // The worker asks for the index files ahead of the engine (src/client/search/prefetch.ts),
    // with names from partitions.json: a wrong name would be a failed request, a missed
    // hand-over a second request for the same file.
    // A pack is read by ranges (index-pack.ts, card-pack.ts): each range is one file here.
    const responses: { path: string; status: number }[] = [];
    const listener = (r: Response) => responses.push({ path: `${new URL(r.url()).pathname}${r.request().headers().range ? ` ${r.request().headers().range}` : ''}`, status: r.status() });
    context.on('response', listener);
    const { page, shown } = await searchFor('三公经费');
    await page.waitForSelector('#facets[data-state="done"]');
    context.off('response', listener);
    expect(shown.length).toBeGreaterThan(0);
    const paths = responses.map((r) => r.path);
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
    expect(responses.filter((r) => r.status >= 400)).toEqual([]);
    expect(paths.some((p) => /^\/pagefind\/site\/pagefind\.[^/]+\.pf_meta$/.test(p))).toBe(true);
    expect(paths.some((p) => /^\/pagefind\/site\/wasm\.[^/]+\.pagefind$/.test(p))).toBe(true);
    // The manifest carries the entry files: the engine found its indexes without them.
    expect(paths.filter((p) => p.endsWith('/pagefind-entry.json'))).toEqual([]);
    // The manifest names the files the worker asks for early; each is there.
    const manifest = JSON.parse(readFileSync(join(site, 'pagefind', 'partitions.json'), 'utf8')) as { bundles: { path: string; meta?: string; wasm?: string }[] };
    for (const bundle of manifest.bundles) expect(existsSync(join(site, 'pagefind', bundle.path, bundle.meta ?? 'no meta named'))).toBe(true);
    expect(existsSync(join(site, 'pagefind', manifest.bundles[0].path, manifest.bundles[0].wasm ?? 'no wasm named'))).toBe(true);
    await page.close();
  });

  test('choosing a facet updates the URL and the counts; Back restores the previous search', async () => {
    const { page } = await searchFor('代表建议');
    await page.waitForSelector('#facets[data-state="done"]');
    await page.check('#facets input[name="kind"][value="部门整体支出绩效自评报告"]');
    await page.waitForSelector('#results[data-state="done"]');
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['部门整体支出绩效自评报告']);
    const kinds = await page.$$eval('#results .result-meta', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(kinds.every((k) => k.includes('部门整体支出绩效自评报告'))).toBe(true);
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('kind') && document.querySelector('#results')?.getAttribute('data-state') === 'done');
    expect(await page.isChecked('#facets input[name="kind"][value="部门整体支出绩效自评报告"]')).toBe(false);
    await page.close();
  });

  test('the header search box works from any page with the keyboard, and results are announced', async () => {
    const page = await context.newPage();
    await page.goto(`${url}2022/conghua-rd/self-evaluation/`);
    await page.getByRole('searchbox', { name: '搜索' }).fill('流溪河');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('#results[data-state="done"]');
    expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
    expect(await page.textContent('#search-status')).toMatch(/找到 \d+ 个包含“流溪河”的结果/);
    expect(await page.inputValue('#search-q')).toBe('流溪河');
    await page.close();
  });
});

describe('accessibility of the search page', () => {
  const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  test('has no axe violations (WCAG 2.x A/AA) with results, partial matches and facets showing', async () => {
    const { page } = await searchFor('三公经费');
    await page.waitForSelector('#facets[data-state="done"]');
    // Through DevTools, not a <script>: the page's CSP refuses inline code it did not hash.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  test('a facet toggled with the keyboard keeps the focus after the results update', async () => {
    const { page } = await searchFor('代表建议');
    await page.waitForSelector('#facets[data-state="done"]');
    await page.focus('#facets input[name="year"][value="2023"]');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2023' && document.querySelector('#results')?.getAttribute('data-state') === 'done');
    await page.waitForSelector('#facets[data-state="done"]');
    expect(await page.evaluate(() => [(document.activeElement as HTMLInputElement).name, (document.activeElement as HTMLInputElement).value])).toEqual(['year', '2023']);
    await page.close();
  });

  test('fits a 360 px phone screen', async () => {
    const browser = await launch({ width: 360 });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${url}search/?q=${encodeURIComponent('预算联网监督')}`);
      await page.waitForSelector('#results[data-state="done"]');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    } finally {
      await browser.close();
    }
  });
});

describe('without JavaScript', () => {
  test('the header box still leads to /search/?q=…, which says that results need JavaScript', async () => {
    const browser = await launch({ javaScriptEnabled: false });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${url}departments/`);
      await page.getByRole('searchbox', { name: '搜索' }).fill('三公经费');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=三公经费');
      expect(await page.textContent('main')).toContain('搜索结果需要浏览器运行 JavaScript');
    } finally {
      await browser.close();
    }
  });
});
