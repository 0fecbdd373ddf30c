import { describe, expect, test } from 'vitest';
import { formatComputedPercent, isAboveHundred } from '../../../src/lib/format/computed.ts';
import { formatPartialDate } from '../../../src/lib/format/date.ts';
import { formatFact, formatPublishedFigure, groupThousands } from '../../../src/lib/format/figure.ts';
import { splitFigure } from '../../../src/lib/format/split-figure.ts';
import { decimal } from '../../../src/lib/money.ts';

describe('published figures', () => {
  test('gain thousands separators and nothing else', () => {
    expect(formatPublishedFigure('18485.9 万元')).toBe('18,485.9 万元');
    expect(formatPublishedFigure('320000.00 元')).toBe('320,000.00 元');
    expect(formatPublishedFigure('0.00 万元')).toBe('0.00 万元');
    expect(formatPublishedFigure('98.70%')).toBe('98.70%');
    expect(groupThousands('-1234567.890')).toBe('-1,234,567.890');
  });
  test('facts keep their qualifier where Chinese puts it', () => {
    expect(formatFact({ value: '7200', unit: '名', qualifier: '多' })).toBe('7,200多 名');
    expect(formatFact({ value: '100', unit: '万元', qualifier: '约' })).toBe('约100 万元');
  });
  test('split into number and unit for spreadsheets', () => {
    expect(splitFigure('18485.9 万元')).toEqual({ number: '18485.9', unit: '万元' });
    expect(splitFigure('98.7%')).toEqual({ number: '98.7', unit: '%' });
    expect(splitFigure(94.34, 'score')).toEqual({ number: '94.34', unit: '分' });
    expect(splitFigure('增加')).toEqual({ number: '', unit: '' });
  });
});

describe('computed percentages', () => {
  test('show their precision and never a false zero', () => {
    expect(formatComputedPercent(decimal('98.68'), 2, true)).toBe('98.68%');
    expect(formatComputedPercent(decimal('0.00'), 2, true)).toBe('< 0.01%');
    expect(formatComputedPercent(decimal('0.0'), 1, false)).toBe('0.0%');
    expect(formatComputedPercent(decimal('1234.5'), 1, true)).toBe('1,234.5%');
  });
  test('know when spending exceeds the budget', () => {
    expect(isAboveHundred(decimal('121.30'))).toBe(true);
    expect(isAboveHundred(decimal('100.00'))).toBe(false);
  });
});

describe('dates', () => {
  test('keep the precision the source gives', () => {
    expect(formatPartialDate('2021')).toBe('2021年');
    expect(formatPartialDate('2021-09')).toBe('2021年9月');
    expect(formatPartialDate('2021-09-30')).toBe('2021年9月30日');
  });
});
