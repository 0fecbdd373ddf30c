/**
 * The injection corpus end to end (test/fixtures/injection/corpus.ts): the attacks the
 * check refuses are counted by the check; the text it allows is built into a site of its
 * own with scripts/build-site.ts, and dist/ and Chromium must show that no payload reached
 * a page as markup or ran. Each payload, if it ever became markup, would request
 * /__reached/<mark> (an image: even with scripts off) or push its mark to window.__reached.
 * Prints and records "K tried / K refused or inert / 0 reached".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runChecks } from '../../src/lib/check/run-checks.ts';
import { fixtureFiles } from '../fixtures/injection/base.ts';
import { CORPUS } from '../fixtures/injection/corpus.ts';
import { writeGateReport } from '../gate/report.ts';
import { launch } from './browser.ts';
import { serve } from './serve.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const inert = CORPUS.filter((f) => 'inert' in f.expect);
const refused = CORPUS.filter((f) => 'refused' in f.expect);
const markOf = (i: number) => `injmark${i}q`;
const temp = mkdtempSync(join(tmpdir(), 'mingzhang-injection-site-'));
const dist = join(temp, 'dist');
let server: Awaited<ReturnType<typeof serve>>;
let browser: { context: BrowserContext; close: () => Promise<void> };
const requests: string[] = [];

beforeAll(async () => {
  inert.forEach((fixture, i) => {
    for (const [path, text] of Object.entries(fixtureFiles(fixture, `inert${i}-rd`, markOf(i)))) {
      mkdirSync(dirname(join(temp, 'content', path)), { recursive: true });
      writeFileSync(join(temp, 'content', path), text);
    }
  });
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-site.ts'), '--content', join(temp, 'content'), '--out', dist, '--cache', join(temp, 'cache')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`build of the inert fixtures failed:\n${build.stdout}\n${build.stderr}`);
  server = await serve(dist);
  browser = await launch();
  browser.context.on('request', (r) => requests.push(r.url()));
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(temp, { recursive: true, force: true });
});

const htmlFiles = () => readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => relative(dist, join(e.parentPath, e.name)));

test('every attack the check sees is refused with a location, or allowed as text', () => {
  for (const fixture of refused) {
    const files = fixtureFiles(fixture, 'test-rd', 'm');
    const errors = runChecks({ root: 'content', files: Object.keys(files).sort(), read: (p) => files[p] }).problems.filter((p) => p.severity === 'error');
    expect(errors.length, fixture.name).toBeGreaterThan(0);
    for (const e of errors) expect(e.line >= 1 && e.column >= 1, `${fixture.name}: ${e.file}`).toBe(true);
  }
});

test('dist/ holds each allowed payload as text, never as markup', () => {
  const pages = htmlFiles().map((f) => [f, readFileSync(join(dist, f), 'utf8')] as const);
  const all = pages.map(([, html]) => html).join('\n');
  inert.forEach((fixture, i) => {
    // Shown: the payload text is on a page (so this test could see it if it were markup).
    expect(all.includes(markOf(i)), `${fixture.name} is shown`).toBe(true);
  });
  for (const [file, html] of pages) {
    // Astro writes every attribute value in double quotes with '"' as &quot;: with the values
    // blanked, what is left is the markup itself (text inside a value, e.g. a chart's data, is inert).
    const markup = html.replace(/="[^"]*"/g, '=""');
    expect(html, file).not.toContain('src="/__reached/');
    expect(html, file).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
    expect(markup, file).not.toMatch(/<[a-z][\w-]*\s[^<>]*\bon[a-z]+=/i);
    expect(markup, file).not.toMatch(/<script\b[^>]*>[^<]*(__reached|injmark)/i);
    expect(markup, file).not.toMatch(/<b>injmark/);
  }
});

test('no payload reaches or runs in Chromium, on every page of the site', async () => {
  const pages = htmlFiles().filter((f) => f !== '404.html').map((f) => f.replace(/index\.html$/, ''));
  pages.push(`search/?q=${encodeURIComponent('注入测试')}`);
  const found: string[] = [];
  for (const path of pages) {
    const page = await browser.context.newPage();
    await page.goto(server.url + path, { waitUntil: 'load' });
    if (path.includes('?q=')) await page.waitForSelector('#results[data-state="done"]', { state: 'attached', timeout: 30_000 });
    const seen = await page.evaluate(() => ({
      reached: (window as { __reached?: unknown }).__reached ?? null,
      markup: [...document.querySelectorAll('img[src*="__reached"], [onerror], [onload], [onclick], [onmouseover], a[href^="javascript:" i], a[href^="data:" i], iframe, object, embed, base')].map((e) => e.outerHTML.slice(0, 80)),
      scripts: [...document.scripts].filter((s) => /__reached|injmark/.test(s.textContent ?? '')).length,
      bold: [...document.querySelectorAll('b')].filter((b) => /injmark/.test(b.textContent ?? '')).length,
      results: [...document.querySelectorAll('#results li')].filter((li) => /injmark/.test(li.textContent ?? '')).length,
    }));
    if (seen.reached !== null || seen.markup.length || seen.scripts || seen.bold) found.push(`${path}: ${JSON.stringify(seen)}`);
    if (path.includes('?q=')) expect(seen.results, 'the search shows results with payloads in their titles').toBeGreaterThan(0);
    await page.close();
  }
  const reached = [...requests, ...server.requests].filter((r) => r.includes('__reached'));
  const tried = CORPUS.length;
  const ok = found.length === 0 && reached.length === 0;
  const figure = `${tried} tried / ${refused.length + inert.length} refused or inert (${refused.length} refused, ${inert.length} inert) / ${found.length + reached.length} reached`;
  console.log(`injection corpus: ${figure}; ${pages.length} pages loaded`);
  writeGateReport('injection', [
    { label: 'attack fixtures', figure, ok },
    { label: 'allowed payloads in Chromium', figure: `${pages.length} pages loaded, ${found.length} with payload markup, ${reached.length} payload requests`, ok },
  ]);
  expect(found).toEqual([]);
  expect(reached).toEqual([]);
}, 240_000);
