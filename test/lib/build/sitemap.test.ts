import { describe, expect, test } from 'vitest';
import { bySitemapNumber, entryPath, isSitemapFile, mergedSitemaps, SITEMAP_LIMIT, sitemapEntries, sitemapIndexXml, sitemapXml } from '../../../src/lib/build/sitemap.ts';

const head = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const url = (path: string) => `<url><loc>https://mingzhang.example/${path}</loc></url>`;

describe('sitemaps', () => {
  test('reads the entries of a file and writes them back with its head', () => {
    const xml = sitemapXml(head, [url('2023/a/budget/'), url('2023/')]);
    expect(xml.startsWith(head)).toBe(true);
    expect(sitemapEntries(xml)).toEqual([url('2023/a/budget/'), url('2023/')]);
    expect(sitemapXml(xml, [])).toBe(`${head}</urlset>`);
  });

  test('names the page an entry is for', () => {
    expect(entryPath(url('2023/guangzhou-rd/final-accounts/'))).toBe('2023/guangzhou-rd/final-accounts/');
  });

  test('merges entries sorted by address, so the order partitions arrive in does not matter', () => {
    const one = mergedSitemaps(head, [url('b/'), url('a/'), url('c/')]);
    const other = mergedSitemaps(head, [url('c/'), url('b/'), url('a/')]);
    expect(one).toEqual(other);
    expect(one.map((f) => f.name)).toEqual(['sitemap-0.xml']);
    expect(sitemapEntries(one[0].xml)).toEqual([url('a/'), url('b/'), url('c/')]);
  });

  test('splits at the limit per file, as @astrojs/sitemap does', () => {
    const entries = Array.from({ length: SITEMAP_LIMIT + 2 }, (_, i) => url(`p${String(i).padStart(6, '0')}/`));
    const files = mergedSitemaps(head, entries);
    expect(files.map((f) => f.name)).toEqual(['sitemap-0.xml', 'sitemap-1.xml']);
    expect(sitemapEntries(files[1].xml)).toHaveLength(2);
    expect(mergedSitemaps(head, [])).toEqual([]);
  });

  test('rewrites the index to list the merged files', () => {
    const index = '<?xml version="1.0"?><sitemapindex><sitemap><loc>https://x/sitemap-0.xml</loc></sitemap></sitemapindex>';
    expect(sitemapIndexXml(index, ['sitemap-0.xml', 'sitemap-1.xml'], 'https://mingzhang.example')).toBe(
      '<?xml version="1.0"?><sitemapindex><sitemap><loc>https://mingzhang.example/sitemap-0.xml</loc></sitemap><sitemap><loc>https://mingzhang.example/sitemap-1.xml</loc></sitemap></sitemapindex>',
    );
  });

  test('tells sitemap files from the index and sorts them by number', () => {
    expect(['sitemap-index.xml', 'sitemap-10.xml', 'sitemap-2.xml', 'robots.txt'].filter(isSitemapFile).sort(bySitemapNumber)).toEqual(['sitemap-2.xml', 'sitemap-10.xml']);
  });
});
