// Screenshots of each page type at phone and desktop widths, for people to look at.
// Usage: node test/e2e/screenshots.ts <built-site-dir> <out-dir>
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './browser.ts';
import { serve } from './serve.ts';

const [site = 'dist', out = '/tmp/mingzhang-shots'] = process.argv.slice(2);
const PAGES: [string, string][] = [
  ['home', ''],
  ['year', '2023/'],
  ['department', 'departments/guangzhou-rd/'],
  ['disclosure', '2023/guangzhou-rd/self-evaluation/'],
  ['disclosure-targets', '2023/dongguan-rd/performance-targets/'],
  ['compare', 'compare/'],
  ['glossary', 'glossary/'],
  ['downloads', 'downloads/'],
  ['about', 'about/'],
  ['article', 'articles/hunan-renda-gaige/'],
];
mkdirSync(out, { recursive: true });
const server = await serve(site);
for (const width of [390, 1280]) {
  const browser = await launch({ width, height: 900 });
  const page = await browser.context.newPage();
  for (const [name, path] of PAGES) {
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    await page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: process.env.FULL === '1' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log(`${name}-${width}.png${overflow > 0 ? `  (page overflows by ${overflow}px)` : ''}`);
  }
  await browser.close();
}
await server.close();
