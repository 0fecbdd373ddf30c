import { describe, expect, test } from 'vitest';
import { indexText, queryPhrases, textFromTokens } from '../../src/lib/search/tokens.ts';

/** Positions of `phrase`'s words standing consecutively in the indexed words of `text`. */
function phraseFound(text: string, phrase: string): boolean {
  const words = indexText(text).split(' ').map((w) => w.replace(/[\p{P}␣]/gu, ''));
  return queryPhrases(phrase).every((p) => {
    if (p.single) return words.some((w) => w.startsWith(p.words[0]));
    return words.some((_, i) => p.words.every((w, k) => words[i + k] === w));
  });
}

describe('bigram index words', () => {
  test('finds a phrase whatever the context a segmenter would have cut it in', () => {
    expect(phraseFound('制定城中村改造条例', '城中村改造')).toBe(true);
    expect(phraseFound('营商环境持续优化', '商环')).toBe(true);
  });

  test('does not find a phrase whose characters are in the text but apart', () => {
    expect(phraseFound('三公支出和会议经费', '三公经费')).toBe(false);
    expect(phraseFound('经费，支出', '经费支出')).toBe(false);
  });

  test('finds every substring of a document that starts and ends on whole characters or numbers', () => {
    const text = '区人大机关全年预算数1635.52万元，执行数1983.82万元。';
    for (let i = 0; i < text.length; i++) for (let n = 1; n < 9; n++) {
      const phrase = text.slice(i, i + n);
      // Numbers are units: a phrase may not cut one (the index has no partial numbers).
      if (/[，。]/.test(phrase) || /[\d.]/.test(text[i - 1] ?? '') && /^[\d.]/.test(phrase) || /[\d.]$/.test(phrase) && /[\d.]/.test(text[i + n] ?? '')) continue;
      expect(phraseFound(text, phrase), phrase).toBe(true);
    }
  });

  test('reads quotation marks as part of a phrase: “三公”经费 is found by 三公经费', () => {
    expect(phraseFound('严控“三公”经费支出', '三公经费')).toBe(true);
  });

  test('finds one character and a year by prefix, also at the end of a run', () => {
    expect(phraseFound('广东省东莞市', '莞')).toBe(true);
    expect(phraseFound('截至2023年底', '2023')).toBe(true);
    expect(phraseFound('年份：2023。', '2023')).toBe(true);
  });

  test('treats full-width digits and thousands separators like the printed number', () => {
    expect(phraseFound('截至２０２３年底', '2023年底')).toBe(true);
    expect(phraseFound('合计5,082.95万元', '5,082.95')).toBe(true);
  });

  test('rebuilds the indexed text for excerpts, punctuation included', () => {
    const text = '严控“三公”经费，2023年预算5,082.95万元。PDF 文件';
    expect(textFromTokens(indexText(text)).text).toBe('严控“三公”经费，2023年预算5082.95万元。pdf 文件');
  });

  test('maps each index word to the characters it covers', () => {
    const { text, offsets } = textFromTokens(indexText('流溪河水环境'));
    expect(offsets.map(([a, b]) => text.slice(a, b))).toEqual(['流溪', '溪河', '河水', '水环', '环境', '境']);
  });
});
