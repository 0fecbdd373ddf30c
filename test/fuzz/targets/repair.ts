/**
 * The importer's repairs (src/lib/import/repair.ts) on any text: they never throw and
 * change no word and no figure: only whitespace goes, lines keep their characters, cells
 * keep their text, radicals become one ideograph each.
 */
import fc from 'fast-check';
import { joinBrokenParagraphs, normalizeRadicals, removeCjkSpaces, splitRow, stripTags } from '../../../src/lib/import/repair.ts';
import { fuzz, type FuzzResult } from '../harness.ts';

const PIECES = ['全', '国', '人', '大', '。', '，', '（', '）', '》', ' ', '\u00a0', '\t', '\n', '\n\n', '2023', '年', '18,485.9', '万元', '%', '-', 'a', 'Word', '#', '一、', '（一）', '|', '<p>', '</p>', '<br>', '<span class="x">', '⼈', '⼤', '⻓', '\u2e80', '\u2fdf'];
const text = fc.oneof(fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));
const squeeze = (s: string) => s.replace(/\s/g, '');

export function fuzzRepair(): FuzzResult[] {
  return [
    fuzz('repair: removeCjkSpaces removes only whitespace, and counts it', text, (t) => {
      const { text: out, count } = removeCjkSpaces(t);
      return squeeze(out) === squeeze(t) && (count === 0) === (out === t) && out.length <= t.length;
    }),
    fuzz('repair: joinBrokenParagraphs keeps every character of every line', fc.array(text, { maxLength: 20 }), (lines) => {
      const { lines: out, starts, count } = joinBrokenParagraphs(lines);
      const increasing = starts.every((s, i) => s >= 1 && s <= lines.length && (i === 0 || s > starts[i - 1]));
      return squeeze(out.join('')) === squeeze(lines.join('')) && out.length === starts.length && out.length + count <= lines.length + count && increasing;
    }),
    fuzz('repair: splitRow keeps the text of every cell', text, (line) => {
      const { cells } = splitRow(line);
      return cells.length >= 1 && cells.every((c) => squeeze(line).includes(squeeze(c)));
    }),
    fuzz('repair: stripTags keeps the text around the tags', text, (t) => squeeze(stripTags(t)) === squeeze(t.replace(/<\/?(p|br|span|div)\b[^>]*>/gi, ''))),
    fuzz('repair: normalizeRadicals maps one character to one, and is idempotent', text, (t) => {
      const { text: out, count } = normalizeRadicals(t);
      return [...out].length === [...t].length && normalizeRadicals(out).text === out && (count === 0) === (out === t);
    }),
  ];
}
