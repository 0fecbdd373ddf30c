/**
 * Sitemaps as text: each build writes its own (@astrojs/sitemap), and the partitioned build
 * splits and merges their <url> entries. Pure string work; the assemble stage reads and
 * writes the files.
 */

/** Most <url> entries in one sitemap file, as @astrojs/sitemap splits them. */
export const SITEMAP_LIMIT = 45000;

/** True for a sitemap file's name (`sitemap-0.xml`), not the index. */
export function isSitemapFile(name: string): boolean {
  return /^sitemap-\d+\.xml$/.test(name);
}

/** The <url> entries of one sitemap file. */
export function sitemapEntries(xml: string): string[] {
  return xml.match(/<url>[\s\S]*?<\/url>/g) ?? [];
}

/** The page path an entry is for (`2023/dept/budget/`), without the leading slash. */
export function entryPath(entry: string): string {
  const loc = /<loc>([^<]*)<\/loc>/.exec(entry)?.[1] ?? '';
  return new URL(loc, 'https://x').pathname.slice(1);
}

/** A sitemap file of `entries`, with the XML head of an existing one. */
export function sitemapXml(headOf: string, entries: readonly string[]): string {
  return `${headOf.split('<url>')[0]}${entries.join('')}</urlset>`;
}

/**
 * The merged site's sitemap files: all entries sorted by address (the same pages give the
 * same sitemap however their partitions were built), SITEMAP_LIMIT a file.
 */
export function mergedSitemaps(headOf: string, entries: readonly string[]): { name: string; xml: string }[] {
  const sorted = [...entries].sort();
  const files: { name: string; xml: string }[] = [];
  for (let i = 0; i * SITEMAP_LIMIT < sorted.length; i++) files.push({ name: `sitemap-${i}.xml`, xml: sitemapXml(headOf, sorted.slice(i * SITEMAP_LIMIT, (i + 1) * SITEMAP_LIMIT)) });
  return files;
}

/** The sitemap index listing `files` at `site`. */
export function sitemapIndexXml(index: string, files: readonly string[], site: string): string {
  const entries = files.map((f) => `<sitemap><loc>${new URL(f, site).href}</loc></sitemap>`).join('');
  return index.replace(/<sitemap>[\s\S]*<\/sitemap>/, entries);
}

/** Sorts sitemap file names by their number (sitemap-2.xml before sitemap-10.xml). */
export function bySitemapNumber(a: string, b: string): number {
  return Number(a.slice(8, -4)) - Number(b.slice(8, -4));
}
