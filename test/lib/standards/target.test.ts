/** Targets as the real forms print them: ranges, word operators, odd units. */
import { describe, expect, test } from 'vitest';
import { parseTarget } from '../../../src/lib/standards/target.ts';

describe('parseTarget keeps the target as printed and reads its shape', () => {
  test.each([
    ['6至8期', { quantified: true, operator: 'range', value: '6', upper: '8', unit: '期' }],
    ['90%-95%', { quantified: true, operator: 'range', value: '90', upper: '95', unit: '%' }],
    ['3到5次', { quantified: true, operator: 'range', value: '3', upper: '5', unit: '次' }],
    ['1,000～1,200人次', { quantified: true, operator: 'range', value: '1000', upper: '1200', unit: '人次' }],
    ['不低于90%', { quantified: true, operator: '≥', value: '90', unit: '%' }],
    ['≥100百分比', { quantified: true, operator: '≥', value: '100', unit: '百分比' }],
    ['≤ 5 天', { quantified: true, operator: '≤', value: '5', unit: '天' }],
    ['是', { quantified: false }],
  ])('%s', (text, expected) => expect(parseTarget(text)).toEqual(expected));
  test('a date is not read as a range', () => {
    expect(parseTarget('2023-12-31前').operator).not.toBe('range');
  });
  test('the 度量单位 column supplies the unit a bare range lacks', () => {
    expect(parseTarget('6至8', '期')).toEqual({ quantified: true, operator: 'range', value: '6', upper: '8', unit: '期' });
  });
});
