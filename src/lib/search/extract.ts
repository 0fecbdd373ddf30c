/**
 * Reads what a built page offers the search index: the text inside its `data-pagefind-body`
 * element, without any `data-pagefind-ignore` subtree, scripts, styles, SVG or forms, with
 * block boundaries kept as line breaks (so a phrase never runs across two paragraphs), and
 * its `data-pagefind-meta="title"` text. A small scanner for the well-formed HTML Astro
 * emits; it does not try to be a general HTML parser.
 */

/** The searchable part of one page. */
export interface ExtractedPage {
  lang?: string;
  title?: string;
  /** Body text; blocks separated by "\n". Empty when the page has no data-pagefind-body. */
  text: string;
  hasBody: boolean;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const SKIP = new Set(['script', 'style', 'svg', 'template', 'noscript', 'form', 'button', 'canvas']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'td', 'th', 'table', 'thead', 'tbody', 'caption', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'br', 'hr', 'nav', 'aside', 'main', 'details', 'summary']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', mdash: '—', ndash: '–', hellip: '…', middot: '·', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', times: '×', yen: '¥' };

/** Decodes the character references Astro and Markdown emit. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!doctype[^>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/gi;

/** One compiled pattern per attribute name (a page has thousands of tags). */
const attributePatterns = new Map<string, RegExp>();

function attribute(attrs: string, name: string): string | undefined {
  // Most tags have no attributes, or not this one: skip the pattern.
  if (attrs.length === 0 || !attrs.toLowerCase().includes(name)) return undefined;
  let pattern = attributePatterns.get(name);
  if (!pattern) attributePatterns.set(name, (pattern = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=\\s|$)`, 'i')));
  const m = pattern.exec(attrs);
  if (!m) return undefined;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
}

/** Extracts the searchable text of a page's HTML. */
export function extractPage(html: string): ExtractedPage {
  const lang = /<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1];
  const stack: { name: string; body: boolean; ignore: boolean; title: boolean }[] = [];
  let text = '';
  let title: string | undefined;
  let titleText = '';
  let hasBody = false;
  let last = 0;
  const inBody = () => stack.some((e) => e.body);
  const ignored = () => stack.some((e) => e.ignore);
  const inTitle = () => stack.some((e) => e.title);
  const emit = (chunk: string) => {
    if (!inBody() || ignored()) return;
    const decoded = decodeEntities(chunk);
    text += decoded;
    if (inTitle()) titleText += decoded;
  };
  const tags = new RegExp(TAG.source, 'gi');
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    emit(html.slice(last, m.index));
    last = m.index + m[0].length;
    const name = m[1]?.toLowerCase();
    if (!name) continue;
    const closing = m[0][1] === '/';
    if (closing) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at === -1) continue;
      const [element] = stack.splice(at);
      if (element.title && title === undefined) title = titleText.replace(/\s+/g, ' ').trim();
      if (BLOCK.has(name) && inBody()) text += '\n';
      continue;
    }
    const attrs = m[2] ?? '';
    if (BLOCK.has(name) && inBody()) text += '\n';
    if (VOID.has(name) || m[3] === '/') continue;
    const body = attribute(attrs, 'data-pagefind-body') !== undefined;
    if (body) hasBody = true;
    const element = {
      name,
      body,
      ignore: attribute(attrs, 'data-pagefind-ignore') !== undefined || SKIP.has(name) || attribute(attrs, 'hidden') !== undefined,
      title: attribute(attrs, 'data-pagefind-meta') === 'title',
    };
    if (element.title) titleText = '';
    stack.push(element);
    // Raw-text elements: skip to their end tag without scanning what looks like tags inside.
    if (name === 'script' || name === 'style') {
      const closer = new RegExp(`</${name}`, 'gi');
      closer.lastIndex = last;
      const end = closer.exec(html)?.index ?? -1;
      if (end === -1) break;
      tags.lastIndex = end;
      last = end;
    }
  }
  const clean = text
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
  return { lang, title, text: clean, hasBody };
}
