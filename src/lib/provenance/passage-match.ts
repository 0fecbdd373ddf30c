/**
 * Matching a quoted passage against a text, and a figure against a passage. Whitespace
 * does not count (extraction breaks lines and cells where the printer did not), nothing
 * else is loosened: every other character of the quote must stand in the text as quoted.
 */

const WHITESPACE = /\s/u;

/** A text without its whitespace, with each kept character's offset in the original. */
export interface Squeezed {
  text: string;
  offsets: number[];
}

export function squeeze(text: string): Squeezed {
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (WHITESPACE.test(text[i])) continue;
    out += text[i];
    offsets.push(i);
  }
  return { text: out, offsets };
}

/** Every [start, end) range of `text` where `quote` stands, whitespace aside. */
export function findQuote(text: string | Squeezed, quote: string): { start: number; end: number }[] {
  const hay = typeof text === 'string' ? squeeze(text) : text;
  const needle = squeeze(quote).text;
  if (!needle) return [];
  const found: { start: number; end: number }[] = [];
  for (let at = hay.text.indexOf(needle); at !== -1; at = hay.text.indexOf(needle, at + 1)) {
    found.push({ start: hay.offsets[at], end: hay.offsets[at + needle.length - 1] + 1 });
  }
  return found;
}

/** A number as printed: digits with optional thousands commas and decimals. */
const NUMBER = /\d[\d,，]*(?:[.．]\d+)?/g;

/** "27,186.92" → "27186.92": commas out, the printed decimals kept. */
export const normaliseNumber = (printed: string): string => printed.replace(/[,，]/g, '').replace('．', '.');

/** The numbers a figure's value holds: "5082.95 万元" → ["5082.95"], "≥90%" → ["90"], 94.34 → ["94.34"]. */
export function figureNumbers(value: string | number): string[] {
  if (typeof value === 'number') return [String(value)];
  return [...value.matchAll(NUMBER)].map((m) => normaliseNumber(m[0].replace(/[,，]+$/, '')));
}

/** A count in Chinese numerals before a measure word: "十项", "两期", "二十三个". */
const CHINESE_COUNT = /[一二两三四五六七八九十百]+(?=[项个次期件人名批条家所])/g;
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "二十三" → 23, "十" → 10, "一百零五" is not a count these documents print. */
export function chineseCount(text: string): number | undefined {
  let total = 0;
  let digit = 0;
  for (const c of text) {
    if (c in DIGITS) digit = DIGITS[c];
    else if (c === '十') (total += (digit || 1) * 10), (digit = 0);
    else if (c === '百') (total += (digit || 1) * 100), (digit = 0);
    else return undefined;
  }
  return total + digit || undefined;
}

/** Each number printed in a text (digits, or a count in Chinese numerals), with where it stands. */
export function printedNumbers(text: string): { printed: string; value: string; start: number; end: number }[] {
  const digits = [...text.matchAll(NUMBER)].map((m) => {
    const printed = m[0].replace(/[,，]+$/, '');
    return { printed, value: normaliseNumber(printed), start: m.index ?? 0, end: (m.index ?? 0) + printed.length };
  });
  const counts = [...text.matchAll(CHINESE_COUNT)].flatMap((m) => {
    const n = chineseCount(m[0]);
    return n === undefined ? [] : [{ printed: m[0], value: String(n), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }];
  });
  return [...digits, ...counts].sort((a, b) => a.start - b.start);
}

/** Same number as printed: "98.7" = "98.7", "20" = "20.0" only where the JSON keeps a number (scores). */
const sameNumber = (printed: string, wanted: string, numeric: boolean) => printed === wanted || (numeric && Number(printed) === Number(wanted));

/**
 * Where in `text` the figure stands as printed: the range of its first number (or the
 * whole run from the first to the last of its numbers, "6至8期"), or undefined.
 */
export function findFigure(text: string, value: string | number): { start: number; end: number } | undefined {
  const wanted = figureNumbers(value);
  if (wanted.length === 0) return undefined;
  const numbers = printedNumbers(text);
  const numeric = typeof value === 'number';
  for (let i = 0; i + wanted.length <= numbers.length; i++) {
    if (wanted.every((w, k) => sameNumber(numbers[i + k].value, w, numeric))) return { start: numbers[i].start, end: numbers[i + wanted.length - 1].end };
  }
  return undefined;
}
