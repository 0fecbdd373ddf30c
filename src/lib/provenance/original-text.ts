/**
 * The words of an archived original, for finding quoted passages in it: text and html as
 * they are, less their markup (tags and character references, which a reader never sees);
 * PDF and Word have no text here (their text layer needs the importer: src/lib/import).
 * Pages are split on form feeds, as PDF text extraction (pdftotext, src/lib/import/from-pdf.ts) writes them.
 */
import { decodeEntities } from '../search/extract.ts';

/** Formats whose archived bytes are text the check can read. */
export const TEXT_FORMATS = new Set(['txt', 'html']);

/** Text without markup: tags out, character references decoded. */
export function withoutMarkup(text: string): string {
  return decodeEntities(text.replace(/<!--[\s\S]*?-->/g, '').replace(/<\/?[a-zA-Z][^<>]*>/g, ' '));
}

/** The original's words, page by page (one page where it has no page breaks). */
export function originalPages(bytes: Uint8Array, format: string): string[] | undefined {
  if (!TEXT_FORMATS.has(format)) return undefined;
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.split('\f').map(withoutMarkup);
}

/**
 * What the 原文 section of the page shows of an MDX text, near enough to find a quote in:
 * markup, table pipes, list markers and emphasis out. The page's own rendering is what a
 * reader sees; the e2e tests check the links against that.
 */
export function proseText(mdx: string): string {
  return mdx
    .split('\n')
    .filter((line) => !/^\s*\|?\s*:?-{3,}/.test(line))
    .map((line) =>
      withoutMarkup(line)
        .replace(/^\s*(#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)/, '')
        .replace(/\*\*|__/g, '')
        .replace(/\|/g, ' ')
        .replace(/\\([\\{}<>*_#|[\]()-])/g, '$1'),
    )
    .join('\n');
}
