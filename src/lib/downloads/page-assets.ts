/**
 * The CSS and JavaScript a built page makes a browser load: its stylesheets and module
 * scripts, and every chunk those scripts import in turn. Used by scripts/page-weight.ts.
 */

/** One page of each type, site-relative, as the weight report lists them. */
export const PAGE_TYPES: [string, string][] = [
  ['home', ''],
  ['year', '2023/'],
  ['departments', 'departments/'],
  ['department (with charts)', 'departments/guangzhou-rd/'],
  ['disclosure (with chart)', '2023/guangzhou-rd/self-evaluation/'],
  ['disclosure (no chart)', '2022/conghua-rd/self-evaluation/'],
  ['body-year', '2023/guangzhou-rd/'],
  ['compare', 'compare/'],
  ['peers', 'departments/guangzhou-rd/peers/'],
  ['national 三公 (year × province)', 'national/three-public/2023/gd/'],
  ['national execution (year)', 'national/execution/2023/'],
  ['national coverage (year × province)', 'national/coverage/2023/gd/'],
  ['glossary', 'glossary/'],
  ['downloads', 'downloads/'],
  ['data API', 'data-api/'],
  ['about', 'about/'],
  ['article', 'articles/hunan-renda-gaige/'],
];

const attr = (tag: string, name: string): string | undefined => tag.match(new RegExp(`\\s${name}="([^"]+)"`))?.[1];

/** Stylesheets and scripts (with their static imports) of a page; paths are site-absolute. */
export function assetsOf(html: string, read: (path: string) => string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((t) => attr(t, 'rel') === 'stylesheet').map((t) => attr(t, 'href')!).filter(Boolean);
  const entry = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => attr(m[0], 'src')).filter((s): s is string => !!s);
  const js = new Set<string>();
  const visit = (path: string) => {
    if (js.has(path)) return;
    js.add(path);
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    for (const m of read(path).matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(new URL(m[1], `http://x${dir}`).pathname);
  };
  entry.forEach(visit);
  return { css, js: [...js] };
}
