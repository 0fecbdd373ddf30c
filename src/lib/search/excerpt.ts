/**
 * Excerpts for search results, cut from the page's searchable text as printed: the query's
 * phrases are located with the same units as the index (tokens.ts), a window around the
 * first one is cut, and the matches are marked. Where the whole phrase is not in the text
 * (a partial match), each of its character pairs is marked. Returned as parts, never HTML,
 * so the page renders them with text nodes and <mark>.
 */
import { isHan, runs, type QueryPhrase } from './tokens.ts';

/** A run of excerpt text, marked when it is part of a match. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Character ranges [start, end) of the text where the phrases match. */
export function matchRanges(text: string, phrases: QueryPhrase[]): [number, number][] {
  const found: [number, number][] = [];
  const textRuns = runs(text);
  const end = (run: (typeof textRuns)[number], i: number) => run.at[i] + run.raw[i].length;
  for (const phrase of phrases) {
    const units = runs(phrase.text)[0]?.units ?? [];
    const before = found.length;
    for (const run of textRuns) {
      for (let i = 0; i + units.length <= run.units.length; i++) {
        const whole = units.every((u, k) => run.units[i + k] === u);
        if (whole) found.push([run.at[i], end(run, i + units.length - 1)]);
      }
    }
    // A partial match: mark each pair of the phrase's units wherever it stands.
    if (found.length === before && units.length >= 2) {
      const pairs = new Set(units.slice(1).map((u, k) => units[k] + '\u0000' + u));
      for (const run of textRuns) {
        for (let i = 0; i + 1 < run.units.length; i++) if (pairs.has(run.units[i] + '\u0000' + run.units[i + 1])) found.push([run.at[i], end(run, i + 1)]);
      }
    }
    if (found.length === before && units.length === 1 && isHan(units[0])) {
      for (const run of textRuns) run.units.forEach((u, i) => u === units[0] && found.push([run.at[i], end(run, i)]));
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** The excerpt around the first match: about `length` characters, matches marked. */
export function buildExcerpt(text: string, phrases: QueryPhrase[], length = 100): ExcerptPart[] {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const ranges = matchRanges(flat, phrases);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  const end = Math.min(flat.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
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
    if (from > at) parts.push({ text: flat.slice(at, from), mark: false });
    parts.push({ text: flat.slice(from, to), mark: true });
    at = to;
  }
  if (at < end) parts.push({ text: flat.slice(at, end), mark: false });
  if (end < flat.length) parts.push({ text: '…', mark: false });
  return parts;
}
