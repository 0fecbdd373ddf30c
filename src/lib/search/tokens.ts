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
 * The indexed text is also what Pagefind stores for the excerpt, so each run's trailing
 * separator (punctuation, spaces) rides on its final unit: `textFromTokens` rebuilds the
 * original text exactly (up to whitespace) for excerpts.
 */

/** Han characters (incl. 〇) are one unit each; runs of other letters/digits are one unit. */
const UNIT = /[\p{Script=Han}〇]|[[\p{L}\p{N}]--\p{Script=Han}]+(?:[.,]\p{N}+)*/gv;

/**
 * Quotation and book-title marks do not end a phrase: “三公”经费 is found by 三公经费. They
 * stay inside the index word (Pagefind drops punctuation inside words when it indexes).
 */
const TRANSPARENT = /^[“”‘’"'「」『』《》〈〉]+$/;

/** Separators inside an indexed word are stored as this mark, never as whitespace. */
export const SPACE_MARK = '\u2423';

/** Normalises text for indexing and querying alike: NFKC (full-width → half-width), lower case. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A unit as it is written into an index word: normalised, thousands separators out, "." spelled "d". */
function unitWord(unit: string): string {
  // A Han character is its own normal form (compatibility ideographs aside): skip the cost.
  if (unit.length === 1 && unit.charCodeAt(0) >= 0x3007) return unit;
  return normalise(unit).replace(/(?<=\d),(?=\d{3})/g, '').replace(/(?<=\d)\.(?=\d)/g, 'd');
}

/** One run of units with no separator between them, and the separator text after it. */
export interface Run {
  units: string[];
  /** marks[i]: quotation marks between unit i−1 and unit i (marks[0] is always ""). */
  marks: string[];
  /** Original text of each unit (before unitWord), for rebuilding text. */
  raw: string[];
  /** Offset of each unit in the text the run came from. */
  at: number[];
  after: string;
}

/** Splits text into runs of adjacent units. Text before the first unit is dropped. */
export function runs(text: string): Run[] {
  const out: Run[] = [];
  // Units are normalised one by one; separators keep their original (full-width) form.
  const source = text;
  let current: Run | undefined;
  let last = 0;
  for (const match of source.matchAll(UNIT)) {
    const gap = source.slice(last, match.index);
    if (current && gap.length > 0 && TRANSPARENT.test(gap)) {
      current.units.push(unitWord(match[0]));
      current.raw.push(match[0]);
      current.at.push(match.index);
      current.marks.push(gap);
      last = match.index + match[0].length;
      continue;
    }
    if (current && gap.length > 0) {
      current.after = gap;
      out.push(current);
      current = undefined;
    }
    current ??= { units: [], marks: [], raw: [], at: [], after: '' };
    current.units.push(unitWord(match[0]));
    current.marks.push('');
    current.raw.push(match[0]);
    current.at.push(match.index);
    last = match.index + match[0].length;
  }
  if (current) {
    current.after = source.slice(last);
    out.push(current);
  }
  return out;
}

/** The index words of one run: its bigrams, then its last unit (carrying the separator). */
function runWords(run: Run): string[] {
  const words: string[] = [];
  for (let i = 0; i + 1 < run.units.length; i++) words.push(run.units[i] + run.marks[i + 1] + run.units[i + 1]);
  const mark = run.after.replace(/\s+/g, SPACE_MARK);
  words.push(run.units[run.units.length - 1] + mark);
  return words;
}

/**
 * The text Pagefind indexes for a document: index words separated by spaces. Pagefind then
 * needs no language-specific segmentation at all (the cheap path), and positions count words.
 */
export function indexText(text: string): string {
  const all = runs(text);
  const body = all.map((run) => runWords(run).join(' ')).join(' ');
  // Pagefind matches an unquoted word by prefix in both directions ("2023" also finds "2"),
  // and a quoted one strictly, but then only as a whole word; so every distinct number or
  // Latin word also stands alone after the text, where a strict search finds it. Bigrams
  // never equal a lone number, so these words cannot complete a phrase.
  const alone = [...new Set(all.flatMap((run) => run.units.filter((u) => !isHan(u))))];
  return alone.length ? `${body} ${TRAILER} ${alone.join(' ')}` : body;
}

/** Separates the text from the trailing list of lone numbers and Latin words (punctuation: not indexed). */
export const TRAILER = '¶';

/** True for a one-character Han unit. */
export function isHan(unit: string): boolean {
  return /^[\p{Script=Han}〇]$/u.test(unit);
}

/**
 * Rebuilds readable text from indexed words (for excerpts): a run's bigrams contribute their
 * first unit, its final word the last unit and the separator. Word i of the index maps to
 * character range `offsets[i]` of the returned text, so match positions can be highlighted.
 */
export function textFromTokens(indexed: string): { text: string; offsets: [number, number][] } {
  const trailer = indexed.indexOf(` ${TRAILER} `);
  const words = (trailer === -1 ? indexed : indexed.slice(0, trailer)).split(' ').filter((w) => w.length > 0);
  let text = '';
  const offsets: [number, number][] = [];
  const unit = (u: string) => u.replace(/(?<=\d)d(?=\d)/g, '.');
  for (const word of words) {
    // A bigram is exactly two units (quotation marks may stand between them); anything
    // else is a run's final word: one unit and the separator that followed it.
    const units = [...word.matchAll(UNIT)];
    const start = text.length;
    const isBigram = units.length === 2 && units[0].index === 0 && units[1].index + units[1][0].length === word.length;
    if (isBigram) {
      const head = unit(word.slice(0, units[1].index));
      text += head;
      offsets.push([start, start + head.length + unit(units[1][0]).length]);
    } else {
      const first = units[0];
      const u = first ? unit(first[0]) : '';
      const rest = first ? word.slice(first.index + first[0].length) : word;
      text += u + rest.split(SPACE_MARK).join(' ');
      offsets.push([start, start + u.length]);
    }
  }
  return { text, offsets };
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
