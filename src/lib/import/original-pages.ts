/**
 * The text of an archived PDF or docx original, page by page, exactly as the importer reads
 * it (the same extraction fills `locations`, so the check finds what the importer quoted):
 * a PDF's text layer by pdfjs-dist (from-pdf.ts, one string per page, radical-form glyphs
 * read as the ideographs they show), a docx by mammoth
 * (paragraphs one per line, each table row one line with its cells tab-separated; one page).
 */
import mammoth from 'mammoth';
import { pdfLines } from './from-pdf.ts';
import { pagesOfLines } from './locations.ts';
import type { SourceLine } from './from-text.ts';
import { normalizeRadicals } from './repair.ts';
import { withoutMarkup } from '../provenance/original-text.ts';

/** A docx's HTML (mammoth) as lines: a table row per line, its cells tab-separated. */
export function docxText(html: string): string {
  const cell = (inner: string) => withoutMarkup(inner.replace(/<\/p>\s*<p[^>]*>/gi, ' ')).replace(/\s+/g, ' ').trim();
  return html
    .replace(/<table\b[^>]*>([\s\S]*?)<\/table>/gi, (_, table: string) =>
      `\n${[...table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((row) => [...row[1].matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => cell(c[1])).join('\t')).join('\n')}\n`,
    )
    .split(/<\/(?:p|h[1-6]|li)>|<br\s*\/?>/i)
    .map((part) => (part.includes('\t') ? part.split('\n').map((l) => (l.includes('\t') ? l : cell(l))).join('\n') : cell(part)))
    .join('\n')
    .split('\n')
    .filter((line) => line.trim())
    .join('\n');
}

/**
 * A PDF's lines as page texts. Text layers often map CJK glyphs to the Kangxi Radicals
 * ("⽀出" for "支出"): the same glyph on paper, so they are read as the ideograph they show,
 * as the importer's MDX shows them, and a quote copied from the page is found.
 */
export const pdfPages = (lines: readonly SourceLine[]): string[] => pagesOfLines(lines).map((page) => normalizeRadicals(page).text);

/** The original's text by page; throws when the file cannot be read as its format. */
export async function extractOriginalPages(bytes: Uint8Array, format: string): Promise<string[]> {
  if (format === 'pdf') return pdfPages((await pdfLines(new Uint8Array(bytes))).lines);
  if (format === 'docx') return [docxText((await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value)];
  throw new Error(`not an extracted format: ${format}`);
}
