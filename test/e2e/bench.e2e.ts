/**
 * The bench's landing driver (scripts/bench/pipe-browser.ts): it opens the search page with
 * nothing attached, and reads the figures the page records once its results are shown.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchPipeBrowser, type PipeBrowser } from '../../scripts/bench/pipe-browser.ts';
import { benchServer } from '../../scripts/bench/serve.ts';

describe('bench landings with nothing attached', () => {
  let browser: PipeBrowser;
  let server: Awaited<ReturnType<typeof benchServer>>;
  beforeAll(async () => {
    server = await benchServer(inject('siteDir'), { gzip: true });
    browser = await launchPipeBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('reads the timings of a search whose results are on the page, after the page fetched its result cards', async () => {
    server.log.length = 0;
    const figures = await browser.land(`${server.url}search/?q=${encodeURIComponent('三公经费')}`, server.log, 'results');
    expect(figures.state).toBe('done');
    expect(Number(figures.ms)).toBeGreaterThan(0);
    expect(Number(figures.sinceNavigation)).toBeGreaterThanOrEqual(Number(figures.ms));
    // Result cards: slots of a partition's card packs (read by range) or the site bundle's card files.
    expect(server.log.some((sent) => /^\/pagefind\/([^/]+\/card-pack\/[^/]+\.mzp|cards\/)/.test(sent.path) && sent.bytes > 0)).toBe(true);
  });

  test('each landing is cold: the second fetches the index again', async () => {
    const indexRequests = async () => {
      server.log.length = 0;
      await browser.land(`${server.url}search/?q=${encodeURIComponent('代表建议')}`, server.log, 'results');
      return server.log.filter((sent) => sent.path.endsWith('.pf_meta')).length;
    };
    expect(await indexRequests()).toBeGreaterThan(0);
    expect(await indexRequests()).toBeGreaterThan(0);
  });

  test('a browser that cannot start is an error, not a crash or a wait', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      await expect(launchPipeBrowser()).rejects.toThrow(/Chromium/);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  test('a page without the element is an error, not a wait', async () => {
    server.log.length = 0;
    await expect(browser.land(`${server.url}`, server.log, 'results')).rejects.toThrow(/TypeError|observe/);
  });
});
