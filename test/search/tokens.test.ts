import { describe, expect, test } from 'vitest';
import { indexWords, queryPhrases, TRAILER } from '../../src/lib/search/tokens.ts';

/** Positions of `phrase`'s words standing consecutively in the indexed words of `text`. */
function phraseFound(text: string, phrase: string): boolean {
  const { words } = indexWords(text);
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

  test('indexes words without punctuation: quotation marks and separators are not part of them', () => {
    expect(indexWords('严控“三公”经费，2023年').words).toEqual(['严控', '控三', '三公', '公经', '经费', '费', '2023年', '年', TRAILER, '2023']);
  });

  test('maps each text position to the characters of its unit', () => {
    const text = '流溪河 5,082.95万元';
    const { words, units, starts, ends } = indexWords(text);
    expect(units).toBe(6);
    expect(words.slice(0, units)).toEqual(['流溪', '溪河', '河', '5082d95万', '万元', '元']);
    expect(starts.map((s, p) => text.slice(s, ends[p]))).toEqual(['流', '溪', '河', '5,082.95', '万', '元']);
  });
});
