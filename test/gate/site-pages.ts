/** The pages of a built site, as the gates walk them: every HTML file, and the URL path it is served at. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML file below `dist` ("about/index.html", "404.html"), sorted. */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The path a file is served at, below the site's root: "about/index.html" → "about/", "index.html" → "". */
export const pagePath = (file: string): string => file.replace(/(^|\/)index\.html$/, '$1');

/** The address the site names itself by: the canonical link of its home page (astro's `site`). */
export function publicUrl(dist: string): string {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
  if (!canonical) throw new Error(`${dist}/index.html has no <link rel="canonical">`);
  return canonical;
}
