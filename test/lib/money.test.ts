import { describe, expect, test } from 'vitest';
import { add, decimal, divide, equals, parseAmount, parsePercent, rateMatches, sum, toPlainString, toWanYuan, toYuan } from '../../src/lib/money.ts';

describe('exact decimals', () => {
  test('adds without floating-point drift', () => {
    expect(toPlainString(add(decimal('0.1'), decimal('0.2')))).toBe('0.3');
    expect(toPlainString(sum(['13203.62', '5038.65'].map((v) => decimal(v))))).toBe('18242.27');
  });
  test('keeps the published scale', () => {
    expect(toPlainString(decimal('4.80'))).toBe('4.80');
    expect(toPlainString(decimal(94.34))).toBe('94.34');
    expect(toPlainString(decimal('-0.05'))).toBe('-0.05');
  });
  test('rejects text that is not a plain decimal', () => {
    expect(() => decimal('13,203.62')).toThrow(RangeError);
    expect(() => decimal('１２')).toThrow(RangeError);
  });
  test('takes a JSON number of any size exactly (found by fuzzing: 1e21 threw, 5e-324 became 0)', () => {
    expect(toPlainString(decimal(1e21))).toBe('1000000000000000000000');
    expect(toPlainString(decimal(2.5e25))).toBe('25000000000000000000000000');
    expect(toPlainString(decimal(1.5e-7))).toBe('0.00000015');
    expect(toPlainString(decimal(-5e-324))).toBe(`-0.${'0'.repeat(323)}5`);
  });
});

describe('amounts and units', () => {
  test('converts 万元 to 元 and back exactly', () => {
    const keyTasks = parseAmount('11688700.00 元');
    expect(toPlainString(toWanYuan(keyTasks))).toBe('1168.870000');
    expect(equals(toYuan(parseAmount('1168.87 万元')), toYuan(keyTasks))).toBe(true);
  });
  test('rejects an amount without a unit', () => {
    expect(() => parseAmount('5082.95')).toThrow(RangeError);
  });
});

describe('rates', () => {
  test('rounds half-up and truncates at the published precision', () => {
    expect(toPlainString(divide(decimal('18242.27'), decimal('18485.90'), 1, 'half-up', 2)!)).toBe('98.7');
    expect(toPlainString(divide(decimal('1983.82'), decimal('1635.52'), 2, 'half-up', 2)!)).toBe('121.30');
    expect(toPlainString(divide(decimal('1983.82'), decimal('1635.52'), 2, 'truncate', 2)!)).toBe('121.29');
  });
  test('accepts a stated rate that is rounded or truncated, and nothing else', () => {
    expect(rateMatches(parsePercent('121.29%'), decimal('1983.82'), decimal('1635.52')).matches).toBe(true);
    expect(rateMatches(parsePercent('121.30%'), decimal('1983.82'), decimal('1635.52')).matches).toBe(true);
    expect(rateMatches(parsePercent('121.31%'), decimal('1983.82'), decimal('1635.52')).matches).toBe(false);
    expect(rateMatches(parsePercent('98.7%'), decimal('18242.27'), decimal('18485.9')).matches).toBe(true);
  });
  test('gives no rate when the denominator is zero', () => {
    expect(divide(decimal('1'), decimal('0'), 2, 'half-up')).toBeUndefined();
    expect(rateMatches(parsePercent('0%'), decimal('1'), decimal('0')).matches).toBe(false);
  });
  test('handles negative quotients symmetrically', () => {
    expect(toPlainString(divide(decimal('-1'), decimal('3'), 2, 'half-up', 2)!)).toBe('-33.33');
    expect(toPlainString(divide(decimal('-2'), decimal('3'), 2, 'half-up', 2)!)).toBe('-66.67');
  });
});
