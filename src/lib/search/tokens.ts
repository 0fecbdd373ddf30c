/**
 * The search index's words: overlapping bigrams of "units", where a unit is one Chinese
 * character or one run of letters/digits. Used identically at build time (to write the
 * index) and in the browser (to turn a query into index words), so both sides always agree.
 *
 * Why bigrams and not dictionary words: a word segmenter (Pagefind's own, or ICU's
 * Intl.Segmenter) cuts the same phrase differently depending on its context ("城中村改造"
 * alone vs inside "制定城中村改造条例"), so a phrase that is in a document can be missed.
 * With bigrams, a phrase of n units is found exactly when its n−1 bigrams stand at
 * consecutive positions, which is precisely "the document contains the phrase": 100% recall
 * and no false phrase matches, whatever the context. Each run also ends with its last unit
 * alone, so a one-character query (or a year such as "2023") finds every occurrence by prefix.
 *
 * Quotation marks inside a run are not part of its words (“三公”经费 gives 三公 公经 经费), and
 * nothing of the separators is indexed: excerpts come from the text as printed (records.ts).
 */

/**
 * Han characters (incl. 〇) are one unit each; runs of other letters/digits are one unit.
 * Written without the `v` flag's set difference ([[\p{L}\p{N}]--\p{Script=Han}]) and without
 * lookbehind: the search worker runs this in the browser, and a regular expression a browser
 * cannot parse stops the whole worker (Safari before 17 has no `v`, before 16.4 no
 * lookbehind). test/search/tokens.test.ts checks both against the set-difference form.
 * The digits after a decimal point are not Han either: "98.7〇三" is 98.7, 〇, 三 (fuzzing found
 * 〇 taken into the number, so that "〇三" did not find the text).
 */
const UNIT = /[\p{Script=Han}〇]|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:[.,](?:(?!\p{Script=Han})\p{N})+)*/gu;

/**
 * Quotation and book-title marks do not end a phrase: “三公”经费 is found by 三公经费.
 */
const TRANSPARENT = /^[“”‘’"'「」『』《》〈〉]+$/;

/** Normalises text for indexing and querying alike: NFKC (full-width → half-width), lower case. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A unit as it is written into an index word: normalised, thousands separators out, "." spelled "d". */
function unitWord(unit: string): string {
  // A Han character is its own normal form (compatibility ideographs aside): skip the cost.
  if (unit.length === 1 && unit.charCodeAt(0) >= 0x3007) return unit;
  return normalise(unit).replace(/(\d),(?=\d{3})/g, '$1').replace(/(\d)\.(?=\d)/g, '$1d');
}

/** One run of units with no separator between them (quotation marks aside). */
export interface Run {
  units: string[];
  /** Original text of each unit (before unitWord), for rebuilding text. */
  raw: string[];
  /** Offset of each unit in the text the run came from. */
  at: number[];
}

/** Splits text into runs of adjacent units. Text before the first unit is dropped. */
export function runs(text: string): Run[] {
  const out: Run[] = [];
  let current: Run | undefined;
  let last = 0;
  for (const match of text.matchAll(UNIT)) {
    const gap = text.slice(last, match.index);
    if (current && gap.length > 0 && !TRANSPARENT.test(gap)) {
      out.push(current);
      current = undefined;
    }
    current ??= { units: [], raw: [], at: [] };
    current.units.push(unitWord(match[0]));
    current.raw.push(match[0]);
    current.at.push(match.index);
    last = match.index + match[0].length;
  }
  if (current) out.push(current);
  return out;
}

/** The index words of one run: its bigrams, then its last unit alone. */
function runWords(run: Run): string[] {
  const words: string[] = [];
  for (let i = 0; i + 1 < run.units.length; i++) words.push(run.units[i] + run.units[i + 1]);
  words.push(run.units[run.units.length - 1]);
  return words;
}

/** A text's index words by position, and where in the text each position's unit stands. */
export interface IndexWords {
  /** Word at each index position; the trailer mark (not indexed) holds its own position. */
  words: string[];
  /** Positions of the text itself (one per unit); positions from here on are the trailer. */
  units: number;
  /** Character range [starts[p], ends[p]) of the text that position p's unit covers, p < units. */
  starts: number[];
  ends: number[];
}

/**
 * The index words of a text, one per position: every run's bigrams and final unit, then (after
 * the trailer mark) each distinct number or Latin word alone. Pagefind matches an unquoted
 * word by prefix in both directions ("2023" also finds "2"), and a quoted one strictly, but
 * then only as a whole word; so every distinct number or Latin word also stands alone after
 * the text, where a strict search finds it. Bigrams never equal a lone number, so these words
 * cannot complete a phrase.
 */
export function indexWords(text: string): IndexWords {
  const all = runs(text);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const alone = new Set<string>();
  for (const run of all) {
    words.push(...runWords(run));
    run.at.forEach((at, i) => (starts.push(at), ends.push(at + run.raw[i].length)));
    for (const unit of run.units) if (!isHan(unit)) alone.add(unit);
  }
  const units = words.length;
  if (alone.size) words.push(TRAILER, ...alone);
  return { words, units, starts, ends };
}

/** Separates the text from the trailing list of lone numbers and Latin words (punctuation: not indexed). */
export const TRAILER = '¶';

/** True for a one-character Han unit. */
export function isHan(unit: string): boolean {
  return /^[\p{Script=Han}〇]$/u.test(unit);
}

/** One phrase of a query: the index words that must stand at consecutive positions. */
export interface QueryPhrase {
  /** The phrase as the person typed it (normalised). */
  text: string;
  /** Index words; one word for a one-unit phrase (matched as a prefix). */
  words: string[];
  /** True for a one-unit phrase: a prefix search finds it anywhere in a run. */
  single: boolean;
}

/**
 * Turns a query into phrases: every run of adjacent units is one phrase ("三公经费" →
 * 三公 公经 经费), whitespace or punctuation separates phrases. Quotes are ignored: a run
 * is always matched as a phrase first.
 */
export function queryPhrases(query: string): QueryPhrase[] {
  return runs(query).map((run) => {
    if (run.units.length === 1) return { text: run.raw[0], words: [run.units[0]], single: true };
    const words: string[] = [];
    for (let i = 0; i + 1 < run.units.length; i++) words.push(run.units[i] + run.units[i + 1]);
    return { text: run.raw.join(''), words, single: false };
  });
}
