/** The link checker finds a missing page, a missing fragment and a dead canonical link, and never requests an external one. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serve } from '../e2e/serve.ts';
import { checkLinks } from './links.ts';

const page = (body: string, head = '') => `<!doctype html><html lang="zh-CN"><head><title>t</title>${head}</head><body>${body}</body></html>`;
let dir = '';
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mingzhang-links-'));
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'index.html'), page('<a href="/a/">a</a> <a href="/a/#here">here</a> <a href="/a/#nowhere">nowhere</a> <a href="/missing/">missing</a> <a href="https://elsewhere.example/x">out</a> <a href="mailto:x@example.org">mail</a>', '<link rel="canonical" href="https://pub.example/">'));
  writeFileSync(join(dir, 'a', 'index.html'), page('<h2 id="here">here</h2><a href="#top-missing">top</a>', '<link rel="canonical" href="https://pub.example/gone/">'));
  server = await serve(dir);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('broken pages and fragments are named with the page they are on; external links are listed, not requested', async () => {
  const report = await checkLinks(server.url, [''], 'https://pub.example');
  expect(report.broken.map((b) => [b.page, b.url])).toEqual([
    ['/', '/a/#nowhere'],
    ['/', '/missing/'],
    ['/a/', '/a/#top-missing'],
    ['/a/', '/gone/'],
  ]);
  expect(report.broken.find((b) => b.url === '/a/#nowhere')?.why).toMatch(/nowhere/);
  expect(report.external).toEqual(['https://elsewhere.example/x', 'mailto:x@example.org']);
  expect(server.requests.some((r) => r.includes('elsewhere'))).toBe(false);
  expect(report.checked).toBeGreaterThanOrEqual(4);
});
