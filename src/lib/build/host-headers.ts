/**
 * The `_headers` file static hosts read (Netlify, Cloudflare Pages): the pages' policy as an
 * HTTP header, which can also carry `frame-ancestors` (a <meta> policy cannot). A browser
 * enforces both policies, so the header allows the union of every page's hashes and each
 * page's own <meta> narrows it to that page. 'wasm-unsafe-eval' is here, not in the pages:
 * search's WebAssembly runs in a worker, and a worker takes the policy of its own response
 * (this header), never the page's <meta>.
 */
import { POLICY_DIRECTIVES, parsePolicy, serializePolicy, type Policy } from './csp.ts';

/** What only a header can say. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];
/** Needed by the search worker to compile Pagefind's WebAssembly. */
export const WORKER_SCRIPT_SOURCES = ["'wasm-unsafe-eval'"];

/** The header policy for pages whose <meta> policies are `pagePolicies`. */
export function headerPolicy(pagePolicies: string[]): string {
  const hashes = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
  for (const text of pagePolicies) {
    for (const [name, ...sources] of parsePolicy(text)) {
      if (name === 'script-src' || name === 'style-src') for (const s of sources) if (/^'sha(256|384|512)-/.test(s)) hashes[name].add(s);
    }
  }
  const policy: Policy = [
    ...parsePolicy(POLICY_DIRECTIVES.join(';')),
    ...parsePolicy(HEADER_ONLY_DIRECTIVES.join(';')),
    ['script-src', "'self'", ...WORKER_SCRIPT_SOURCES, ...[...hashes['script-src']].sort()],
    ['style-src', "'self'", ...[...hashes['style-src']].sort()],
  ];
  return serializePolicy(policy);
}

const BEGIN = '# mingzhang:csp begin';
const END = '# mingzhang:csp end';

/**
 * `_headers` with the policy rule for every path: the site's own rules (public/_headers,
 * which Astro copies into the output) kept as they are, a previous policy rule replaced.
 */
export function headersFile(pagePolicies: string[], existing = ''): string {
  const own = existing.replace(new RegExp(`${BEGIN}[\\s\\S]*?${END}\\n?`, 'g'), '').trimEnd();
  const rule = [
    `${BEGIN} (written by the build, src/lib/build/host-headers.ts: the pages' content security`,
    '# policy as a header, with frame-ancestors, which a <meta> policy cannot carry)',
    '/*',
    `  Content-Security-Policy: ${headerPolicy(pagePolicies)}`,
    '  X-Content-Type-Options: nosniff',
    END,
  ].join('\n');
  return `${own ? `${own}\n\n` : ''}${rule}\n`;
}

/** A `_headers` file read back: each rule's path pattern and its headers. */
export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      if (colon > 0 && rules.length) rules[rules.length - 1].headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a rule's pattern ("/*", "/search/*", "/about/") matches a URL path. */
export const patternMatches = (pattern: string, path: string): boolean =>
  new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);

/** The headers `_headers` sets on a path, in file order. */
export const headersFor = (text: string, path: string): [string, string][] => parseHeadersFile(text).filter((r) => patternMatches(r.pattern, path)).flatMap((r) => r.headers);
