/**
 * The content security policy, on the built site. In Node, over every HTML file: one
 * policy per page with the required directives, nothing unsafe, and script/style hashes
 * that are exactly those of the inline code on that page (a policy that hashed whatever is
 * there would also allow injected code); `_headers` says the same plus frame-ancestors. In
 * Chromium, with the host headers served: every page type (search with a real query,
 * charts drawn) records 0 violations, and code injected after load is refused.
 * Prints and records "CSP on N/N pages, 0 violations".
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { headersFor } from '../../src/lib/build/host-headers.ts';
import { writeGateReport } from '../gate/report.ts';
import { launch } from './browser.ts';
import { PAGE_TYPES } from './site.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dist = inject('siteDir');
const siteUrl = inject('siteUrl');
const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => relative(dist, join(e.parentPath, e.name))).sort();
const urlPath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

// Written here independently of src/lib/build/csp.ts: the test must not share the code it checks.
type Policy = Map<string, string[]>;
const parse = (text: string): Policy => new Map(text.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name.toLowerCase(), sources]));
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const hashesIn = (sources: string[] = []) => sources.filter((s) => /^'sha\d+-/.test(s)).map((s) => s.slice(1, -1)).sort();
/** What the HTML parser sees on a page: a small tokenizer of our own (attribute values and comments are not markup). */
function pageFacts(html: string) {
  const facts = { metas: [] as string[], scripts: [] as string[], styles: [] as string[], styleAttributes: 0, handlers: 0 };
  const tag = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/y;
  const decode = (v: string) => v.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i)) {
    if (html.startsWith('<!--', i)) {
      i = html.indexOf('-->', i) < 0 ? html.length : html.indexOf('-->', i) + 3;
      continue;
    }
    tag.lastIndex = i;
    const m = tag.exec(html);
    if (!m) {
      i++;
      continue;
    }
    i = tag.lastIndex;
    const name = m[1].toLowerCase();
    const attrs = new Map([...m[2].matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map((a) => [a[1].toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? '')]));
    if (attrs.has('style')) facts.styleAttributes++;
    if ([...attrs.keys()].some((a) => /^on[a-z]+$/.test(a))) facts.handlers++;
    if (name === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy') facts.metas.push(attrs.get('content') ?? '');
    if (name !== 'script' && name !== 'style') continue;
    const close = new RegExp(`</${name}[\\s/>]`, 'ig');
    close.lastIndex = i;
    const end = close.exec(html)?.index ?? html.length;
    const body = html.slice(i, end);
    i = end;
    if (name === 'style') facts.styles.push(body);
    else if (!attrs.has('src') && ['', 'module', 'text/javascript'].includes(attrs.get('type') ?? '')) facts.scripts.push(body);
  }
  return facts;
}

/** Every problem found with a page's policy, in words. */
function policyProblems(file: string, html: string): string[] {
  const facts = pageFacts(html);
  if (facts.metas.length !== 1) return [`${file}: ${facts.metas.length} CSP meta tags`];
  const policy = parse(facts.metas[0]);
  const problems: string[] = [];
  const want: Record<string, (s: string[]) => boolean> = {
    'default-src': (s) => s.join(' ') === "'self'",
    'object-src': (s) => s.join(' ') === "'none'",
    'base-uri': (s) => ["'none'", "'self'"].includes(s.join(' ')),
    'form-action': (s) => s.join(' ') === "'self'",
    'img-src': (s) => s.join(' ') === "'self'",
  };
  for (const [name, ok] of Object.entries(want)) if (!policy.has(name) || !ok(policy.get(name)!)) problems.push(`${file}: ${name} ${policy.get(name)?.join(' ') ?? 'missing'}`);
  for (const name of [...policy.keys()].filter((n) => /^(script|style)-src/.test(n))) {
    const loose = policy.get(name)!.filter((s) => !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(s) && s !== "'self'" && !(s === "'wasm-unsafe-eval'" && name === 'script-src' && file === 'search/index.html'));
    if (loose.length) problems.push(`${file}: ${name} allows ${loose.join(' ')}`);
  }
  if ([...policy.keys()].some((n) => /-(elem|attr)$/.test(n))) problems.push(`${file}: -elem/-attr directives ${[...policy.keys()].join(' ')}`);
  const expect = { 'script-src': facts.scripts.map(sha256).sort(), 'style-src': facts.styles.map(sha256).sort() };
  for (const [name, hashes] of Object.entries(expect)) {
    const got = hashesIn(policy.get(name));
    if ([...new Set(hashes)].join() !== got.join()) problems.push(`${file}: ${name} hashes ${got.join(' ') || 'none'}, inline code on the page ${hashes.join(' ') || 'none'}`);
  }
  if (facts.styleAttributes) problems.push(`${file}: ${facts.styleAttributes} style attributes (blocked without 'unsafe-inline')`);
  if (facts.handlers) problems.push(`${file}: ${facts.handlers} on* handler attributes`);
  return problems;
}

const measured = { pages: 0, exact: 0, violations: -1, loaded: 0, headerOk: false };

describe('every built page carries an exact policy', () => {
  test('each page: required directives, nothing unsafe, hashes = its inline code', () => {
    expect(files.length).toBeGreaterThan(PAGE_TYPES.length);
    const problems = files.flatMap((f) => policyProblems(f, readFileSync(join(dist, f), 'utf8')));
    measured.pages = files.length;
    measured.exact = files.length - new Set(problems.map((p) => p.split(':')[0])).size;
    expect(problems).toEqual([]);
  });

  test('the check is not a no-op: an injected, a hashed-but-absent and a loosened page each fail', () => {
    const page = readFileSync(join(dist, 'search', 'index.html'), 'utf8');
    expect(policyProblems('search/index.html', page)).toEqual([]);
    const injected = page.replace('</body>', '<script>alert(1)</script></body>');
    expect(policyProblems('x', injected).join()).toMatch(/script-src hashes .* inline code on the page .*sha256-/);
    const withoutScript = page.replace(/<script\b(?![^>]*\ssrc=)[^>]*>[\s\S]*?<\/script>/, '');
    expect(policyProblems('x', withoutScript).join()).toContain('script-src hashes');
    expect(policyProblems('x', page.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")).join()).toContain("allows 'unsafe-inline'");
    expect(policyProblems('x', page.replace("object-src 'none'", "object-src *")).join()).toContain('object-src *');
    expect(policyProblems('x', page.replace(/<h1\b/, '<h1 style="color:red"')).join()).toContain('style attributes');
  });

  test('no hash covers a payload: every hashed inline script is code from src/', () => {
    const sources = readdirSync(join(ROOT, 'src', 'client'), { recursive: true }).filter((f) => String(f).endsWith('.inline.js')).map((f) => readFileSync(join(ROOT, 'src', 'client', String(f)), 'utf8'));
    const scripts = new Set(files.flatMap((f) => pageFacts(readFileSync(join(dist, f), 'utf8')).scripts));
    for (const script of scripts) expect(sources, script.slice(0, 80)).toContain(script);
    for (const f of files) for (const style of pageFacts(readFileSync(join(dist, f), 'utf8')).styles) expect(style, f).not.toMatch(/url\(|@import|expression\(|injmark|__reached/i);
  });

  test('_headers gives every page the same policy, plus frame-ancestors, allowing the union of the pages\' hashes', () => {
    expect(existsSync(join(dist, '_headers')), '_headers in the build output').toBe(true);
    const text = readFileSync(join(dist, '_headers'), 'utf8');
    const union = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
    let header: Policy | undefined;
    for (const file of files) {
      const csp = headersFor(text, urlPath(file)).filter(([n]) => n.toLowerCase() === 'content-security-policy');
      expect(csp.length, `${urlPath(file)}: one CSP header`).toBe(1);
      header = parse(csp[0][1]);
      const meta = parse(pageFacts(readFileSync(join(dist, file), 'utf8')).metas[0]);
      for (const [name, sources] of meta) {
        if (name === 'script-src' || name === 'style-src') for (const h of hashesIn(sources)) union[name].add(h);
        else expect(header.get(name), `${file}: ${name}`).toEqual(sources);
      }
    }
    expect(header!.get('frame-ancestors')).toEqual(["'none'"]);
    for (const name of ['script-src', 'style-src'] as const) {
      expect(hashesIn(header!.get(name)), name).toEqual([...union[name]].sort());
      expect(header!.get(name)!.filter((s) => !/^'sha256-/.test(s)), name).toEqual(name === 'script-src' ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"]);
    }
    measured.headerOk = true;
  });
});

describe('Chromium, with the host headers', () => {
  let browser: Awaited<ReturnType<typeof launch>>;
  const violations: string[] = [];
  beforeAll(async () => {
    browser = await launch();
    await browser.context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`));
    });
  });
  afterAll(() => browser?.close());

  async function visit(path: string, ready?: (page: Page) => Promise<void>): Promise<{ page: Page; seen: string[] }> {
    const page = await browser.context.newPage();
    const seen: string[] = [];
    const blocked = /Content[ -]Security[ -]Policy|Refused to|wasm-unsafe-eval/i;
    page.on('console', (m) => m.type() === 'error' && blocked.test(m.text()) && seen.push(`console: ${m.text()}`));
    // The search worker takes the policy of its own response (the header), not the page's.
    page.on('worker', (w) => w.on('console', (m) => blocked.test(m.text()) && seen.push(`worker: ${m.text().slice(0, 200)}`)));
    page.on('pageerror', (e) => seen.push(`error: ${e.message}`));
    const response = await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
    expect(response?.status(), path).toBe(200);
    expect(response?.headers()['content-security-policy'], `${path}: header`).toContain("frame-ancestors 'none'");
    // A blocked script shows up as a page that never gets ready: say what was blocked.
    await ready?.(page).catch((error: Error) => Promise.reject(new Error(`${error.message}\nCSP: ${seen.join('\n') || 'no violation seen'}`)));
    seen.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));
    return { page, seen };
  }

  const search = async (page: Page) => {
    // A query from a built disclosure page's own title (its body's name), typed and submitted.
    const disclosure = PAGE_TYPES.find(([t]) => t.startsWith('disclosure'))![1];
    const title = readFileSync(join(dist, disclosure, 'index.html'), 'utf8').match(/<h1[^>]*>([^<]+)/)![1];
    await page.fill('#search-q', title.replace(/^\d{4}年/, '').slice(0, 6));
    await page.click('#search-form button[type="submit"]');
    await page.waitForSelector('#results[data-state="done"]', { state: 'attached', timeout: 30_000 });
    expect(await page.locator('#results li').count(), 'search found results').toBeGreaterThan(0);
  };
  const charts = async (page: Page) => {
    await page.waitForSelector('figure.chart-drawn', { timeout: 10_000 });
    const box = await page.locator('figure.chart-drawn .chart-canvas').first().boundingBox();
    expect(box?.height, 'the chart got its height from data-height').toBeGreaterThanOrEqual(160);
  };
  const cases: [string, string, ((page: Page) => Promise<void>) | undefined][] = [
    ...PAGE_TYPES.map(([type, path]) => [type, path, undefined] as [string, string, undefined]),
    ['search, a real query', 'search/', search],
    ['charts drawn', 'departments/conghua-rd/', charts],
  ];

  test.each(cases)('%s (/%s): 0 violations', async (_, path, ready) => {
    const { page, seen } = await visit(path, ready);
    violations.push(...seen.map((s) => `/${path}: ${s}`));
    measured.loaded++;
    expect(seen).toEqual([]);
    await page.close();
  });

  test('code injected into a loaded page is refused, and the page cannot be framed', async () => {
    const { page } = await visit('');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = 1';
      document.body.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
      await new Promise((r) => setTimeout(r, 100));
      return { script: (window as unknown as { __injected?: number }).__injected ?? null, colour: getComputedStyle(document.body).color, seen: (window as unknown as { __csp: string[] }).__csp };
    });
    expect(ran.script).toBeNull();
    expect(ran.colour).not.toBe('rgb(255, 0, 0)');
    expect(ran.seen.join('\n')).toMatch(/script-src-elem blocked inline[\s\S]*style-src-elem blocked inline/);
    await page.close();
    // frame-ancestors 'none' (the header): a frame of the site stays empty.
    const frame = await browser.context.newPage();
    await frame.setContent(`<iframe src="${siteUrl}about/"></iframe>`);
    await frame.waitForLoadState('load');
    const framed = frame.frames().find((f) => f !== frame.mainFrame());
    expect(framed, 'the iframe exists').toBeDefined();
    // Chromium shows its own error page in the frame: nothing of the site's.
    expect(await framed!.evaluate(() => document.querySelector('.site-header, #main') !== null).catch(() => false)).toBe(false);
    await frame.close();
  });

  afterAll(() => {
    measured.violations = violations.length;
  });
});

afterAll(() => {
  const { pages, exact, violations, loaded, headerOk } = measured;
  const ok = pages > 0 && exact === pages && violations === 0 && loaded === PAGE_TYPES.length + 2;
  const figure = `CSP on ${exact}/${pages} pages, ${violations < 0 ? 'not measured' : violations} violations`;
  console.log(`csp: ${figure}; ${loaded} page loads in Chromium; _headers ${headerOk ? 'consistent' : 'NOT consistent'}`);
  writeGateReport('csp', [
    { label: 'content security policy', figure, ok },
    { label: 'page types in Chromium', figure: `${loaded}/${PAGE_TYPES.length + 2} loaded (search with a query, charts drawn), ${Math.max(violations, 0)} violations`, ok },
    { label: 'host headers (_headers)', figure: headerOk ? 'same policy + frame-ancestors on every page' : 'inconsistent with the pages', ok: headerOk },
  ]);
});
