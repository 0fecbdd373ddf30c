import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexWords, queryPhrases, runs, TRAILER } from '../../src/lib/search/tokens.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

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

describe('units, as browsers without the v flag or lookbehind parse them', () => {
  // The set-difference form the tokenizer had (its meaning), with lookbehind in the number clean-up.
  const REFERENCE_UNIT = /[\p{Script=Han}〇]|[[\p{L}\p{N}]--\p{Script=Han}]+(?:[.,][\p{N}--\p{Script=Han}]+)*/gv;
  const referenceWord = (unit: string) => (unit.length === 1 && unit.charCodeAt(0) >= 0x3007 ? unit : unit.normalize('NFKC').toLowerCase().replace(/(?<=\d),(?=\d{3})/g, '').replace(/(?<=\d)\.(?=\d)/g, 'd'));
  const sameUnits = (text: string) => {
    const matches = [...text.matchAll(REFERENCE_UNIT)];
    const found = runs(text);
    expect(found.flatMap((r) => r.raw)).toEqual(matches.map((m) => m[0]));
    expect(found.flatMap((r) => r.at)).toEqual(matches.map((m) => m.index));
    expect(found.flatMap((r) => r.units)).toEqual(matches.map((m) => referenceWord(m[0])));
  };

  test('cuts the bundled content exactly as the set-difference form does', () => {
    const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx|json)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) sameUnits(readFileSync(join(CONTENT, file), 'utf8'));
  });

  test('cuts mixed scripts, numbers and marks exactly as the set-difference form does', () => {
    const pool = [...'三公经费〇㐀𠀀豈２0123456789,.，。．abcXYZäéαβЖжかなカナ한글ٱ١٢ \n“”《》-_/%‰€¥①Ⅻ²½́'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 3000; i++) sameUnits(Array.from({ length: Math.floor(next() * 40) }, () => pool[Math.floor(next() * pool.length)]).join(''));
    sameUnits('1,234,567.89 元，增长 12.5%，２０２３年');
  });
});

test('digits after a decimal point end before a Han numeral (found by fuzzing)', () => {
  expect(runs('18,485.9〇三')[0].raw).toEqual(['18,485.9', '〇', '三']);
  const { words } = indexWords('18,485.9〇三');
  expect(words).toContain(queryPhrases('〇三')[0].words[0]);
});
