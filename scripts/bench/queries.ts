/**
 * Cold searches in headless Chromium (Debian's), one fresh browser context per query so
 * nothing is cached: what a search fetches (bytes on the wire, requests) and how long until
 * its first results are on the page. Our site is measured through its real search page;
 * the baseline (stock Pagefind, one index, its own Chinese segmentation) through a minimal
 * page that runs pagefind.search() and loads the first ten results, as its UI would.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { launchPipeBrowser, type PipeBrowser, whenDoneExpression } from './pipe-browser.ts';
import { benchServer, type Sent } from './serve.ts';

/** The fixed query set: common and rare phrases, a number, a year; the bench adds a department name per corpus. */
export const QUERIES = ['三公经费', '代表建议', '预算联网监督', '流溪河', '执行率', '数字人大', '绩效目标', '2023'];

/** One query's figures. */
export interface QueryFigures {
  query: string;
  /** Results found at first display (exact + partial, or Pagefind's count for the baseline). */
  results: number;
  /** Bytes and requests of the search (the page's HTML and CSS excluded) until first results. */
  bytes: number;
  requests: number;
  /** Milliseconds from sending the query to first results on the page (cold: engine and index load included). */
  searchMs: number;
  /** Milliseconds from navigation start to first results. */
  pageMs: number;
  /**
   * The same query typed into a search page that is already open (its engine and default
   * bundles loaded while the reader types): bytes, requests and time to first results.
   */
  typedBytes?: number;
  typedRequests?: number;
  typedMs?: number;
  /** Bytes once partial matches and facet counts are loaded; bytes and requests of a cold search of every year at once. */
  bytesWithFacets?: number;
  bytesEverything?: number;
  requestsEverything?: number;
}

const BASELINE_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>baseline</title></head><body><p id="out" data-state="idle"></p><script type="module">
const q = new URLSearchParams(location.search).get('q');
const t0 = performance.now();
const pf = await import('/pagefind/pagefind.js');
const r = await pf.search(q);
const data = await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
const out = document.getElementById('out');
out.textContent = data.map((d) => d.meta.title + ' ' + d.excerpt).join('\\n');
out.dataset.count = String(r.results.length);
out.dataset.ms = String(performance.now() - t0);
out.dataset.since = String(performance.now());
out.dataset.state = 'done';
</script></body></html>`;

/**
 * Waits until an element's data-state is "done" and returns its data attributes, without
 * Playwright's selector engine: waitForSelector and $eval inject it into the page (330 KB of
 * script, parsed on the page's main thread in 30–50 ms, measured in a trace) while the
 * landing it measures is still loading.
 */
async function whenDone(page: Page, id: string): Promise<Record<string, string>> {
  const wait = page.evaluate(whenDoneExpression(id)) as Promise<Record<string, string>>;
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`#${id} not done after 120 s`)), 120_000).unref());
  return Promise.race([wait, timeout]);
}

/** Headless Debian Chromium, without its background requests. */
const launchBrowser = () => chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });

/** A browser context with nothing cached (a cold reader); it accepts the HTTP/2 server's self-signed certificate. */
const freshContext = (browser: Browser, options: { http2?: boolean }) => browser.newContext({ locale: 'zh-CN', ignoreHTTPSErrors: Boolean(options.http2) });

/** The bench's median: the upper middle of an even count, as in every table it prints. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const isPageAsset = (s: Sent) => s.path.endsWith('.html') || s.path.endsWith('/') || s.path.endsWith('.css') || s.path.endsWith('.svg');
const sum = (log: Sent[]) => ({ bytes: log.filter((s) => !isPageAsset(s)).reduce((n, s) => n + s.bytes, 0), requests: log.filter((s) => !isPageAsset(s)).length });

/** Measures each query cold on a built site. `baseline` uses the stock Pagefind page. */
export async function measureQueries(site: string, queries: string[], options: { gzip: boolean; baseline?: boolean; http2?: boolean }): Promise<QueryFigures[]> {
  if (options.baseline) writeFileSync(join(site, 'bench-baseline.html'), BASELINE_PAGE);
  const server = await benchServer(site, { gzip: options.gzip, http2: options.http2 });
  const browser = await launchBrowser();
  const figures: QueryFigures[] = [];
  const manifest = join(site, 'pagefind', 'partitions.json');
  const years = !options.baseline && existsSync(manifest) ? [...new Set((JSON.parse(readFileSync(manifest, 'utf8')) as { bundles: { year?: number }[] }).bundles.flatMap((b) => (b.year ? [b.year] : [])))] : [];
  try {
    for (const query of queries) {
      const context = await freshContext(browser, options);
      const page = await context.newPage();
      server.log.length = 0;
      const q = encodeURIComponent(query);
      if (options.baseline) {
        await page.goto(`${server.url}bench-baseline.html?q=${q}`);
        const d = await whenDone(page, 'out');
        const at = sum(server.log);
        figures.push({ query, results: Number(d.count), ...at, searchMs: Number(d.ms), pageMs: Number(d.since) });
      } else {
        await page.goto(`${server.url}search/?q=${q}`);
        const d = await whenDone(page, 'results');
        const at = sum(server.log);
        const count = await page.$eval('#search-status', (e) => Number(/找到 (\d+)/.exec(e.textContent ?? '')?.[1] ?? 0) + Number(/另有 (\d+)/.exec(e.textContent ?? '')?.[1] ?? 0));
        await page.waitForSelector('#facets[data-state="done"]', { timeout: 120_000 }).catch(() => undefined);
        await page.waitForLoadState('networkidle');
        const withFacets = sum(server.log).bytes;
        // Then everything, cold again: every year chosen, so every partition is searched at once.
        const all = await freshContext(browser, options);
        const allPage = await all.newPage();
        server.log.length = 0;
        await allPage.goto(`${server.url}search/?q=${q}${years.map((y) => `&year=${y}`).join('')}`);
        await allPage.waitForSelector('#facets[data-state="done"]', { timeout: 120_000 });
        await allPage.waitForLoadState('networkidle');
        const everything = sum(server.log);
        await all.close();
        // Typed on an open search page: the page loads the engine on arrival, the reader types.
        const typed = await freshContext(browser, options);
        const typedPage = await typed.newPage();
        await typedPage.goto(`${server.url}search/`);
        await typedPage.waitForLoadState('networkidle');
        server.log.length = 0;
        await typedPage.fill('#search-q', query);
        await typedPage.press('#search-q', 'Enter');
        await typedPage.waitForSelector('#results[data-state="done"]', { timeout: 120_000 });
        const typedAt = sum(server.log);
        const typedMs = Number(await typedPage.$eval('#results', (e) => (e as HTMLElement).dataset.ms));
        await typed.close();
        figures.push({ query, results: count, ...at, searchMs: Number(d.ms), pageMs: Number(d.sinceNavigation), bytesWithFacets: withFacets, bytesEverything: everything.bytes, requestsEverything: everything.requests, typedBytes: typedAt.bytes, typedRequests: typedAt.requests, typedMs });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

/** Median landing times of one site: query → first results, navigation → first results. */
export interface LandingFigures {
  site: string;
  searchMs: number;
  pageMs: number;
  /** Quartiles of query → first results. */
  searchMsQuartiles: [number, number];
  samples: number;
  /**
   * Against the first site: the median of the differences of query → first results between
   * this site's landing and the first site's landing of the same query in the same run
   * (back to back, the order alternating by run). Cancels the machine's drift, which on this VM moves whole runs by 100 ms.
   */
  pairedDeltaMs?: number;
}

/**
 * Cold landings only (`/search/?q=…` in a fresh browser context), `runs` times per query,
 * taking the sites in turn so that each sees the same machine: for comparing two builds of
 * the search page on the same output, where one pass of measureQueries is too noisy.
 * The pages load with nothing attached to them (pipe-browser.ts), as in a reader's browser;
 * with `attached`, through Playwright as measureQueries does, which slows them down.
 * `baseline`: the stock Pagefind page of measureQueries instead of our search page.
 */
export async function measureLandings(sites: string[], queries: string[], options: { gzip: boolean; runs: number; http2?: boolean; attached?: boolean; baseline?: boolean }): Promise<LandingFigures[]> {
  if (options.baseline) for (const site of sites) writeFileSync(join(site, 'bench-baseline.html'), BASELINE_PAGE);
  const [path, id] = options.baseline ? ['bench-baseline.html', 'out'] : ['search/', 'results'];
  const servers = await Promise.all(sites.map((site) => benchServer(site, { gzip: options.gzip, http2: options.http2 })));
  const samples = sites.map(() => ({ searchMs: [] as number[], pageMs: [] as number[] }));
  let browser: Browser | undefined;
  let pipe: PipeBrowser | undefined;
  const land = async (url: string, log: Sent[]) => {
    if (pipe) return pipe.land(url, log, id);
    const context = await freshContext(browser!, options);
    try {
      const page = await context.newPage();
      await page.goto(url);
      return await whenDone(page, id);
    } finally {
      await context.close();
    }
  };
  try {
    if (options.attached) browser = await launchBrowser();
    else pipe = await launchPipeBrowser({ acceptSelfSigned: options.http2 });
    for (let run = 0; run < options.runs; run++) {
      for (const query of queries) {
        // Sites in turn, the order reversed every other run: no site always goes first.
        const order = [...servers.entries()];
        if (run % 2 === 1) order.reverse();
        for (const [k, server] of order) {
          server.log.length = 0;
          const d = await land(`${server.url}${path}?q=${encodeURIComponent(query)}`, server.log);
          samples[k].searchMs.push(Math.round(Number(d.ms)));
          samples[k].pageMs.push(Math.round(Number(d.sinceNavigation ?? d.since)));
        }
      }
    }
  } finally {
    await browser?.close();
    await pipe?.close();
    for (const server of servers) await server.close();
  }
  const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)];
  return sites.map((site, k) => ({
    site,
    searchMs: median(samples[k].searchMs),
    pageMs: median(samples[k].pageMs),
    searchMsQuartiles: [quantile(samples[k].searchMs, 0.25), quantile(samples[k].searchMs, 0.75)],
    samples: samples[k].searchMs.length,
    ...(k > 0 ? { pairedDeltaMs: median(samples[k].searchMs.map((ms, i) => ms - samples[0].searchMs[i])) } : {}),
  }));
}

/**
 * Measures queries on sites already built, without building anything, for trying a change
 * to the search page on a large corpus's output:
 *
 *   node scripts/bench/queries.ts --site DIR [--gzip] [--query Q]...      every figure, one pass
 *   node scripts/bench/queries.ts --site A --site B --runs 4 [--gzip]     landings only, sites in turn
 *   … --http2                                                             served over HTTP/2 (TLS, self-signed)
 *   … --attached                                                          landings through Playwright (slower)
 *
 * (default queries: the bench's fixed set).
 */
if (import.meta.main) {
  const { parseCommandLine } = await import('../../src/lib/cli-args.ts');
  const { values } = parseCommandLine({ options: { site: { type: 'string', multiple: true }, gzip: { type: 'boolean', default: false }, http2: { type: 'boolean', default: false }, attached: { type: 'boolean', default: false }, query: { type: 'string', multiple: true }, runs: { type: 'string' } } });
  const sites = values.site ?? ['dist'];
  const queries = values.query ?? QUERIES;
  if (sites.length > 1 || values.runs) {
    const runs = Number(values.runs ?? 3);
    for (const f of await measureLandings(sites, queries, { gzip: values.gzip!, runs, http2: values.http2, attached: values.attached })) {
      const paired = f.pairedDeltaMs === undefined ? '' : `; paired difference to the first site ${f.pairedDeltaMs > 0 ? '+' : ''}${f.pairedDeltaMs} ms`;
      console.log(`${f.site}: landing, query → first results ${f.searchMs} ms (quartiles ${f.searchMsQuartiles.join('–')}), navigation → first results ${f.pageMs} ms (medians of ${f.samples})${paired}`);
    }
  } else {
    const figures = await measureQueries(sites[0], queries, { gzip: values.gzip!, http2: values.http2 });
    for (const f of figures) console.log(`${f.query.padEnd(8)} ${String(f.results).padStart(5)} results  landing ${(f.bytes / 1024).toFixed(0)} KB ${f.requests} req ${f.searchMs.toFixed(0)} ms  typed ${((f.typedBytes ?? 0) / 1024).toFixed(0)} KB ${f.typedMs} ms`);
    console.log(`median: landing ${(median(figures.map((f) => f.bytes)) / 1024).toFixed(0)} KB, ${median(figures.map((f) => f.searchMs))} ms; typed ${median(figures.map((f) => f.typedMs ?? 0))} ms`);
  }
}
