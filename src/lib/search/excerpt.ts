/**
 * Excerpts for search results, built from the indexed words Pagefind stores in a result's
 * fragment: the readable text is rebuilt (tokens.ts), the query's phrases are located in
 * the words (a phrase where its bigrams stand consecutively; else each bigram on its own,
 * for a partial match), a window around the first one is cut, and the matches are marked.
 * Returned as parts, never HTML, so the page renders them with text nodes and <mark>.
 */
import { isHan, textFromTokens, TRAILER, type QueryPhrase } from './tokens.ts';

/** A run of excerpt text, marked when it is part of a match. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** An index word as Pagefind compares it: punctuation and separators dropped. */
const bare = (word: string) => word.replace(/[\p{P}\p{S}\s]/gu, '');

/** Word positions where the phrases match: whole phrases first, bigrams alone as a fallback. */
export function matchPositions(words: string[], phrases: QueryPhrase[]): number[] {
  const norm = words.map(bare);
  const found = new Set<number>();
  const singleMatch = (word: string, unit: string) => (isHan(unit) ? word.startsWith(unit) : word === unit || (word.startsWith(unit) && isHan(word.slice(unit.length, unit.length + 1))));
  for (const phrase of phrases) {
    const before = found.size;
    for (let i = 0; i < norm.length; i++) {
      if (phrase.single) {
        if (singleMatch(norm[i], phrase.words[0])) found.add(i);
      } else if (phrase.words.every((w, k) => norm[i + k] === w)) {
        phrase.words.forEach((_, k) => found.add(i + k));
      }
    }
    if (found.size === before && !phrase.single) norm.forEach((w, i) => phrase.words.includes(w) && found.add(i));
  }
  return [...found].sort((a, b) => a - b);
}

/** The excerpt around the first match: about `length` characters, matches marked. */
export function buildExcerpt(indexed: string, phrases: QueryPhrase[], length = 100): ExcerptPart[] {
  const trailer = indexed.indexOf(` ${TRAILER} `);
  const words = (trailer === -1 ? indexed : indexed.slice(0, trailer)).split(' ').filter((w) => w.length > 0);
  const { text, offsets } = textFromTokens(indexed);
  const ranges = matchPositions(words, phrases).map((l) => offsets[l]);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  const end = Math.min(text.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  // Merge overlapping ranges (bigrams overlap by one character) into marked spans.
  const merged: [number, number][] = [];
  for (const [a, b] of ranges) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '…', mark: false });
  let at = start;
  for (const [a, b] of merged) {
    const from = Math.max(a, start);
    const to = Math.min(b, end);
    if (to <= from) continue;
    if (from > at) parts.push({ text: text.slice(at, from), mark: false });
    parts.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < end) parts.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}
