/**
 * Marks each located figure in the rendered 原文 HTML: its passage as a
 * <span class="passage">, the figure itself as <mark class="figure" id="loc-…">, so a link
 * to "#loc-…" scrolls to it and :target highlights it without JavaScript. Only tags are
 * added, never text: the search index reads the same words (src/lib/search/extract.ts).
 * Quotes match whitespace aside (passage-match.ts); a passage may cross inline elements
 * (a glossary link, bold), so each run inside one text node is wrapped on its own.
 */
import { decodeEntities } from '../search/extract.ts';
import { figureNumbers, printedNumbers } from './passage-match.ts';

export interface PassageMark {
  /** The figure's anchor id ("loc-spending-total"). */
  id: string;
  quote: string;
  value: string | number;
}

/** The anchor id of a figure's location, from its field path. */
export const locationAnchor = (path: string): string => `loc-${path.replace(/\./g, '-')}`;

/** A decoded character of a text node, with its place in the HTML; tags become a separator. */
interface Char {
  c: string;
  from: number;
  to: number;
}

const SEPARATOR = '\u0000';

function charsOf(html: string): Char[] {
  const chars: Char[] = [];
  const tag = /<[^>]*>/g;
  let last = 0;
  const text = (from: number, to: number) => {
    for (let i = from; i < to; ) {
      const entity = html[i] === '&' ? /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(html.slice(i, i + 12)) : null;
      const len = entity ? entity[0].length : html.codePointAt(i)! > 0xffff ? 2 : 1;
      chars.push({ c: entity ? decodeEntities(entity[0]) : html.slice(i, i + len), from: i, to: i + len });
      i += len;
    }
  };
  for (const m of html.matchAll(tag)) {
    text(last, m.index);
    chars.push({ c: SEPARATOR, from: m.index, to: m.index });
    last = m.index + m[0].length;
  }
  text(last, html.length);
  return chars;
}

/** Every run of the figure's numbers in `text`, in order. */
function figureRuns(text: string, value: string | number): { start: number; end: number }[] {
  const wanted = figureNumbers(value);
  const numbers = printedNumbers(text);
  const numeric = typeof value === 'number';
  const same = (a: string, b: string) => a === b || (numeric && Number(a) === Number(b));
  const runs: { start: number; end: number }[] = [];
  for (let i = 0; wanted.length && i + wanted.length <= numbers.length; i++) {
    if (!wanted.every((w, k) => same(numbers[i + k].value, w))) continue;
    const end = numbers[i + wanted.length - 1].end;
    // A percentage is marked with its sign: "98.7%", not "98.7".
    runs.push({ start: numbers[i].start, end: /^[%％]/.test(text.slice(end)) ? end + 1 : end });
  }
  return runs;
}

export function markPassages(html: string, marks: readonly PassageMark[]): { html: string; placed: string[] } {
  const chars = charsOf(html);
  // The squeezed view: no whitespace, no tag separators; index → position in `chars`.
  const kept: number[] = [];
  let squeezed = '';
  chars.forEach((ch, i) => {
    if (ch.c === SEPARATOR || /\s/u.test(ch.c)) return;
    squeezed += ch.c;
    kept.push(i);
  });
  const inPassage = new Uint8Array(chars.length);
  const figureAt: string[][] = chars.map(() => []);
  const placed: string[] = [];
  const used = new Map<string, number>();
  for (const mark of marks) {
    const needle = mark.quote.replace(/\s/gu, '');
    const at = needle ? squeezed.indexOf(needle) : -1;
    if (at === -1) continue;
    const first = kept[at];
    const last = kept[at + needle.length - 1];
    const passage = chars.slice(first, last + 1).map((ch) => ch.c).join('');
    // Two figures with the same number in one passage (a row's 实施周期 and 年度 values) take its occurrences in turn.
    const key = `${at}:${figureNumbers(mark.value).join(',')}`;
    const runs = figureRuns(passage, mark.value);
    const run = runs[Math.min(used.get(key) ?? 0, runs.length - 1)];
    if (!run) continue;
    used.set(key, (used.get(key) ?? 0) + 1);
    for (let i = first; i <= last; i++) inPassage[i] = 1;
    // Offsets in `passage` count UTF-16 units of the joined chars; walk them back to chars.
    let offset = 0;
    for (let i = first; i <= last; i++) {
      if (offset >= run.start && offset < run.end && chars[i].c !== SEPARATOR) figureAt[i].push(mark.id);
      offset += chars[i].c.length;
    }
    placed.push(mark.id);
  }
  return { html: render(html, chars, inPassage, figureAt), placed };
}

/** The HTML with the marks: a passage span per run of a text node, the figure marks inside it. */
function render(html: string, chars: Char[], inPassage: Uint8Array, figureAt: string[][]): string {
  let out = '';
  let cursor = 0;
  let passageOpen = false;
  let marks = ''; // ids of the marks open now
  let openMarks = 0;
  const withId = new Set<string>();
  const closeMarks = () => {
    out += '</mark>'.repeat(openMarks);
    openMarks = 0;
    marks = '';
  };
  const closeAll = () => {
    closeMarks();
    if (passageOpen) out += '</span>';
    passageOpen = false;
  };
  chars.forEach((ch, i) => {
    const separator = ch.c === SEPARATOR;
    // Whitespace never opens a span: between <ul> and <li> a span would be invalid HTML.
    if (!separator && !passageOpen && /\s/u.test(ch.c)) return;
    const wantPassage = !separator && inPassage[i] === 1;
    const wantMarks = wantPassage ? figureAt[i].join(' ') : '';
    if (separator ? !passageOpen : wantPassage === passageOpen && wantMarks === marks) return;
    out += html.slice(cursor, ch.from);
    cursor = ch.from;
    if (wantPassage !== passageOpen || separator) closeAll();
    else closeMarks();
    if (!wantPassage) return;
    if (!passageOpen) out += '<span class="passage">';
    passageOpen = true;
    for (const id of figureAt[i]) {
      out += withId.has(id) ? '<mark class="figure">' : `<mark class="figure" id="${id}">`;
      withId.add(id);
      openMarks++;
    }
    marks = wantMarks;
  });
  out += html.slice(cursor);
  // A passage never reaches past the last text node: close before any trailing tag.
  if (passageOpen) {
    const before = out.length - (html.length - cursor);
    return out.slice(0, before) + '</mark>'.repeat(openMarks) + '</span>' + out.slice(before);
  }
  return out;
}
