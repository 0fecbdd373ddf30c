/**
 * Finds where a figure stands in an original: the passages (sentences, or lines of a
 * table) that print it, best first. The importer fills locations with the first; the
 * check offers them as the fix for a mistyped quote; `npm run locate` fills what is missing.
 */
import { findFigure, findQuote, squeeze, type Squeezed } from './passage-match.ts';

export interface Passage {
  /** 1-based page, where the original has page breaks. */
  page?: number;
  text: string;
}

/** Sentences and table lines of a text: split at line ends and after 。；！？. */
export function passagesOf(pages: readonly string[]): Passage[] {
  const out: Passage[] = [];
  pages.forEach((page, i) => {
    for (const line of page.split(/\n/)) {
      for (const sentence of line.split(/(?<=[。；！？])/)) {
        // List numbering ("6. ", "（二）") is structure the page renders as a list, not words of the passage.
        const text = sentence.trim().replace(/^(?:\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）])\s*/, '').trim();
        if (text) out.push({ page: pages.length > 1 ? i + 1 : undefined, text });
      }
    }
  });
  return out;
}

/** How many of the hint's characters (Chinese words that name the figure) a passage holds. */
function overlap(text: string, hint: string): number {
  const chars = new Set([...hint].filter((c) => /\p{Script=Han}/u.test(c)));
  let n = 0;
  for (const c of chars) if (text.includes(c)) n++;
  return n;
}

export interface LocateOptions {
  /** Words naming the figure, to prefer the passage about it. */
  hint?: string;
  /** Only passages that also stand in this text (the page's 原文 section). */
  alsoIn?: Squeezed;
}

/** Passages of the original that print the figure, best first: most of the hint, then shortest. */
export function locateFigure(passages: readonly Passage[], value: string | number, options: LocateOptions = {}): Passage[] {
  const found = passages.filter((p) => findFigure(p.text, value) !== undefined && (!options.alsoIn || findQuote(options.alsoIn, p.text).length > 0));
  const hint = options.hint ?? '';
  return found
    .map((p, i) => ({ p, i, score: overlap(p.text, hint), length: squeeze(p.text).text.length }))
    .sort((a, b) => b.score - a.score || a.length - b.length || a.i - b.i)
    .map((x) => x.p);
}

/** The passage most like a mistyped quote, among those printing the figure (for the fix). */
export function nearestPassage(passages: readonly Passage[], value: string | number, quote: string): Passage | undefined {
  return locateFigure(passages, value, { hint: quote })[0];
}
