// Page weight per page type: HTML + CSS + JS a browser loads, raw and compressed.
// Usage: node scripts/page-weight.ts [built-site-dir=dist]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { assetsOf, PAGE_TYPES } from '../src/lib/downloads/page-assets.ts';

const site = process.argv[2] ?? 'dist';
if (!existsSync(join(site, 'index.html'))) {
  console.error(`${site}/index.html not found: build first (npm run build).`);
  process.exit(1);
}
const read = (path: string) => readFileSync(join(site, path.replace(/^\//, '')));
const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
const sizes = (files: string[]) => {
  const bytes = files.map(read);
  return { raw: bytes.reduce((n, b) => n + b.length, 0), gzip: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0), brotli: bytes.reduce((n, b) => n + brotliCompressSync(b).length, 0) };
};
console.log('page type                       HTML gz    CSS gz     JS gz  total gz  total br  (KB)  page');
for (const [type, page] of PAGE_TYPES) {
  const htmlPath = `${page}index.html`;
  if (!existsSync(join(site, htmlPath))) continue;
  const html = read(htmlPath).toString('utf8');
  const { css, js } = assetsOf(html, (p) => read(p).toString('utf8'));
  const h = sizes([htmlPath]);
  const c = sizes(css);
  const j = sizes(js);
  console.log(`${type.padEnd(30)} ${kb(h.gzip)} ${kb(c.gzip)} ${kb(j.gzip)} ${kb(h.gzip + c.gzip + j.gzip)} ${kb(h.brotli + c.brotli + j.brotli)}        /${page}`);
}
