/**
 * A table's CSV link on a disclosure page, with JavaScript: clicking it saves that one CSV,
 * under its own name, read out of the body-year's tables.zip; when the archive cannot be
 * read, the browser downloads the archive itself, as the link does without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { csvLinks, fetchCsv } from './csv-links.ts';
import { useBrowser } from './site.ts';

const browser = useBrowser();
const PAGE = '2023/dongguan-rd/performance-targets/';

describe('an archived CSV link with JavaScript', () => {
  test('saves each table’s CSV alone, byte for byte, under its own name', async () => {
    const page = await browser.open(PAGE);
    const links = page.locator('main a[data-archive-entry]');
    const count = await links.count();
    expect(count).toBeGreaterThan(1);
    const expected = await csvLinks(page, 'main a[data-archive-entry]');
    for (let i = 0; i < count; i++) {
      const [download] = await Promise.all([page.waitForEvent('download'), links.nth(i).click()]);
      expect(download.suggestedFilename()).toBe(await links.nth(i).getAttribute('data-save-as'));
      expect(download.suggestedFilename()).toMatch(/^2023-dongguan-rd-.+\.csv$/);
      expect(readFileSync(await download.path())).toEqual((await fetchCsv(expected[i])).bytes);
    }
    // The archive is fetched once for all its tables.
    expect(browser.requests.filter((url) => url.endsWith('/data/2023/dongguan-rd/tables.zip'))).toHaveLength(1);
    await page.close();
  });

  test('downloads the archive when it cannot be read in the page', async () => {
    const page = await browser.open(PAGE);
    let fetched = 0;
    // The page's own fetch fails; the navigation that follows gets the archive.
    await page.route('**/tables.zip', (route) => (fetched++ === 0 ? route.abort() : route.continue()));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('main a[data-archive-entry]').first().click()]);
    expect(download.suggestedFilename()).toBe('tables.zip');
    expect(readFileSync(await download.path()).subarray(0, 2).toString()).toBe('PK');
    await page.close();
  });
});
