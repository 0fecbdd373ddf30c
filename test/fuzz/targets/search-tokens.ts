/**
 * The search tokenizer (src/lib/search/tokens.ts): a query's words are always found, in
 * order, among the index words of the same text (each phrase's words at consecutive
 * positions), so a text is always found by itself; and any run of Chinese characters cut
 * from a text is found in it too.
 */
import fc from 'fast-check';
import { indexWords, queryPhrases } from '../../../src/lib/search/tokens.ts';
import { fuzz, type FuzzResult } from '../harness.ts';

const PIECES = ['三', '公', '经', '费', '人', '大', '〇', '“', '”', '《', '》', '，', '。', ' ', '\n', '2023', '18,485.9', '98.7', '%', 'Ａ', 'ａｂ', 'PDF', 'é', 'ß', 'İ', '\u00ad', '\u200b', '豈', '⼈'];
const text = fc.oneof(fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 120 }));

/** True when `words` stand at consecutive positions somewhere in the text's index words. */
function foundIn(index: string[], words: string[]): boolean {
  for (let i = 0; i + words.length <= index.length; i++) if (words.every((w, k) => index[i + k] === w)) return true;
  return false;
}

export function fuzzSearchTokens(): FuzzResult[] {
  return [
    fuzz('search: query words of a text match its index words', text, (t) => {
      const index = indexWords(t).words;
      return queryPhrases(t).every((p) => (p.single ? index.some((w) => w.startsWith(p.words[0])) : foundIn(index, p.words)));
    }),
    fuzz('search: a run of Chinese cut from a text is found in it', fc.tuple(text, fc.nat(), fc.nat()), ([t, a, b]) => {
      const han = [...t.matchAll(/[\p{Script=Han}〇]{2,}/gu)].map((m) => m[0]);
      if (han.length === 0) return true;
      const run = [...han[a % han.length]];
      const start = b % (run.length - 1);
      const phrase = run.slice(start, start + 2 + (a % (run.length - start - 1 || 1))).join('');
      const [query] = queryPhrases(phrase);
      return query !== undefined && foundIn(indexWords(t).words, query.words);
    }),
  ];
}
