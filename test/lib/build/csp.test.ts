/**
 * A page's policy narrowed to its own inline code: hashes of code elsewhere dropped, code
 * the build did not hash reported and never allowed, and the header allowing their union.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { cspHash, inlineCode, metaPolicy, narrowPolicy } from '../../../src/lib/build/csp.ts';
import { headerPolicy, headersFor, headersFile } from '../../../src/lib/build/host-headers.ts';

const h = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const OURS = 'console.log("ours")';
const CSS = '.a{color:red}';
const ELSEWHERE = h('code on another page');
const page = (policy: string, body: string) => `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const astroPolicy = `default-src 'self';object-src 'none'; script-src 'self' '${h(OURS)}' '${ELSEWHERE}'; style-src 'self' '${h(CSS)}' '${h('.b{}')}';`;

describe('narrowPolicy', () => {
  test('keeps exactly the hashes of the inline code on the page', () => {
    const out = narrowPolicy(page(astroPolicy, `<script>${OURS}</script><style>${CSS}</style><script type="module" src="/a.js"></script>`));
    expect(out.unhashed).toEqual([]);
    expect(metaPolicy(out.html)?.policy).toBe(`default-src 'self'; object-src 'none'; script-src 'self' '${h(OURS)}'; style-src 'self' '${h(CSS)}'`);
  });

  test('never adds a hash: injected code is reported and stays blocked', () => {
    const out = narrowPolicy(page(astroPolicy, `<script>${OURS}</script><script>alert(1)</script><svg><style>*{}</style></svg>`));
    expect(out.unhashed.map((c) => [c.kind, c.excerpt])).toEqual([['script', 'alert(1)'], ['style', '*{}']]);
    const policy = metaPolicy(out.html)!.policy;
    expect(policy).not.toContain(h('alert(1)'));
    expect(policy).not.toContain(h('*{}'));
  });

  test('a page without inline code keeps no hash; a page without a policy is said to have none', () => {
    expect(metaPolicy(narrowPolicy(page(astroPolicy, '<p>x</p>')).html)?.policy).toBe("default-src 'self'; object-src 'none'; script-src 'self'; style-src 'self'");
    expect(narrowPolicy('<html><body><script>x</script></body></html>').policy).toBe(false);
  });

  test('what counts as inline code: comments, external and data scripts do not; CRLF hashes as LF', () => {
    const html = `<!-- <script>no</script> --><script src="/x.js"></script><script type="application/json">{}</script><script data-x='a>b'>go()</script><style>\r\np{}</style>`;
    expect(inlineCode(html).map((c) => c.hash)).toEqual([h('go()'), h('\np{}')]);
    expect(cspHash('a\r\nb')).toBe(h('a\nb'));
    // Text in an attribute value is not markup (Astro leaves '<' unescaped there).
    expect(inlineCode(`<figure data-chart='{"t":"<script>x()</script>"}' title="<style>a{}</style>"><script>y()</script></figure>`).map((c) => c.hash)).toEqual([h('y()')]);
  });
});

describe('the host header', () => {
  const pages = [`script-src 'self' '${h(OURS)}'; style-src 'self'`, `script-src 'self'; style-src 'self' '${h(CSS)}'`];
  test('the same directives, frame-ancestors, the union of the pages\' hashes, and wasm for the search worker', () => {
    expect(headerPolicy(pages)).toBe(`default-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; script-src 'self' 'wasm-unsafe-eval' '${h(OURS)}'; style-src 'self' '${h(CSS)}'`);
  });
  test('_headers applies to every path and reads back', () => {
    const file = headersFile(pages);
    for (const path of ['/', '/2023/x/budget/', '/_astro/worker.js']) expect(headersFor(file, path).map(([n]) => n)).toEqual(['Content-Security-Policy', 'X-Content-Type-Options']);
    expect(headersFor('/about/\n  X-A: 1\n/*\n  X-B: 2\n', '/about/')).toEqual([['X-A', '1'], ['X-B', '2']]);
    // public/_headers' own rules stay; the policy rule is replaced, never doubled.
    const merged = headersFile(pages, headersFile([], '/pagefind/*\n  Cache-Control: max-age=60\n'));
    expect(headersFor(merged, '/pagefind/x').map(([n]) => n)).toEqual(['Cache-Control', 'Content-Security-Policy', 'X-Content-Type-Options']);
    expect(headersFor(merged, '/')[0][1]).toBe(headerPolicy(pages));
    expect(headersFor('/about/\n  X-A: 1\n', '/other/')).toEqual([]);
  });
});
