/**
 * The site's content security policy, and each page's policy made exact. Astro's
 * `security.csp` writes one policy per build into every page's <meta>: the hashes of every
 * script and stylesheet the build produced, whether or not the page has them (and of
 * external files, which hashes never apply to). `narrowPolicy` keeps, per page, only the
 * hashes of the inline code on that page. It never adds a hash: inline code the build did
 * not hash (e.g. injected by content) stays blocked and is reported.
 */
import { createHash } from 'node:crypto';

/** Everything but script-src and style-src (Astro writes those from its hashes). */
export const POLICY_DIRECTIVES = ["default-src 'self'", "img-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"] as const;

/** One inline <script> or <style> on a page, with the hash a policy must carry to let it run. */
export interface InlineCode {
  kind: 'script' | 'style';
  /** 'sha256-…' of its text, as CSP computes it. */
  hash: string;
  /** Its first characters, to name it in an error. */
  excerpt: string;
}

/** A policy as an ordered list of directives: [name, ...sources]. */
export type Policy = [string, ...string[]][];

const ATTRS = `((?:[^>"']|"[^"]*"|'[^']*')*)`;
/** A comment, or a start tag with its attributes (quoted values may hold '<' and '>'). */
const TOKEN = `<!--[\\s\\S]*?-->|<([a-zA-Z][^\\s/>]*)${ATTRS}>`;
/** Script types a browser runs (anything else is a data block, which CSP does not govern). */
const RUN_TYPES = /^(|module|text\/javascript|application\/javascript|text\/ecmascript)$/i;

const attr = (attrs: string, name: string): string | undefined => attrs.match(new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);

/** The CSP hash of an inline element's text: the parser turns CRLF into LF before it hashes. */
export const cspHash = (text: string): string => `sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('base64')}`;

/**
 * The page's start tags in order, as the HTML parser sees them: comments and attribute
 * values are not markup, and <script>/<style> hold raw text up to their end tag.
 */
function* tags(html: string): Generator<{ name: string; attrs: string; start: number; end: number; body?: string }> {
  const token = new RegExp(TOKEN, 'g');
  for (let m = token.exec(html); m; m = token.exec(html)) {
    if (!m[1]) continue;
    const name = m[1].toLowerCase();
    const end = m.index + m[0].length;
    if (name !== 'script' && name !== 'style') {
      yield { name, attrs: m[2], start: m.index, end };
      continue;
    }
    const close = html.slice(end).search(new RegExp(`</${name}[\\s>/]`, 'i'));
    const body = close < 0 ? html.slice(end) : html.slice(end, end + close);
    yield { name, attrs: m[2], start: m.index, end, body };
    token.lastIndex = end + body.length;
  }
}

/** Every inline <script> (that runs) and <style> of a page. */
export function inlineCode(html: string): InlineCode[] {
  const found: InlineCode[] = [];
  for (const { name, attrs, body } of tags(html)) {
    if (body === undefined) continue;
    const kind = name as InlineCode['kind'];
    if (kind === 'script' && (attr(attrs, 'src') !== undefined || !RUN_TYPES.test((attr(attrs, 'type') ?? '').trim()))) continue;
    found.push({ kind, hash: cspHash(body), excerpt: body.trim().slice(0, 60) });
  }
  return found;
}

export const parsePolicy = (text: string): Policy =>
  text.split(';').map((d) => d.trim().split(/\s+/).filter(Boolean)).filter((d): d is [string, ...string[]] => d.length > 0);

export const serializePolicy = (policy: Policy): string => policy.map((d) => d.join(' ')).join('; ');

/** The page's <meta http-equiv="content-security-policy">: where it stands and what it says. */
export function metaPolicy(html: string): { start: number; end: number; policy: string } | undefined {
  for (const tag of tags(html)) {
    if (tag.name === 'body') return undefined;
    if (tag.name !== 'meta' || (attr(tag.attrs, 'http-equiv') ?? '').toLowerCase() !== 'content-security-policy') continue;
    return { start: tag.start, end: tag.end, policy: (attr(tag.attrs, 'content') ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') };
  }
  return undefined;
}

const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);
const familyOf = (directive: string): InlineCode['kind'] | undefined => (directive.startsWith('script-src') ? 'script' : directive.startsWith('style-src') ? 'style' : undefined);

/** The hashes a policy allows for scripts and for styles ('sha256-…', without quotes). */
export function policyHashes(policy: Policy): Record<InlineCode['kind'], Set<string>> {
  const hashes = { script: new Set<string>(), style: new Set<string>() };
  for (const [name, ...sources] of policy) {
    const kind = familyOf(name);
    if (kind) for (const s of sources.filter(isHash)) hashes[kind].add(s.slice(1, -1));
  }
  return hashes;
}

/**
 * A page with its policy narrowed to the hashes of its own inline code, and the inline code
 * the policy does not allow (none on a page the build wrote). A page without a policy is
 * returned as it is, with `policy: false`.
 */
export function narrowPolicy(html: string): { html: string; policy: boolean; unhashed: InlineCode[] } {
  const meta = metaPolicy(html);
  if (!meta) return { html, policy: false, unhashed: [] };
  const code = inlineCode(html);
  const policy = parsePolicy(meta.policy);
  const allowed = policyHashes(policy);
  const unhashed = code.filter((c) => !allowed[c.kind].has(c.hash));
  const wanted = { script: new Set(code.filter((c) => c.kind === 'script').map((c) => c.hash)), style: new Set(code.filter((c) => c.kind === 'style').map((c) => c.hash)) };
  const narrowed = policy.map(([name, ...sources]): [string, ...string[]] => {
    const kind = familyOf(name);
    return kind ? [name, ...sources.filter((s) => !isHash(s) || wanted[kind].has(s.slice(1, -1)))] : [name, ...sources];
  });
  const tag = `<meta http-equiv="content-security-policy" content="${serializePolicy(narrowed)}">`;
  return { html: html.slice(0, meta.start) + tag + html.slice(meta.end), policy: true, unhashed };
}
