/** Money (src/lib/money.ts): exact round trips and arithmetic on generated decimals. */
import fc from 'fast-check';
import { add, decimal, type Decimal, equals, parseAmount, subtract, toPlainString, toWanYuan, toYuan } from '../../../src/lib/money.ts';
import { AMOUNT_PATTERN } from '../../../src/schemas/primitives.ts';
import { fuzz, type FuzzResult } from '../harness.ts';

const decimals: fc.Arbitrary<Decimal> = fc.record({ units: fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), scale: fc.nat({ max: 12 }) });
const same = (a: Decimal, b: Decimal) => a.units === b.units && a.scale === b.scale;

export function fuzzMoney(): FuzzResult[] {
  return [
    fuzz('money: text ↔ decimal round trip', decimals, (a) => same(decimal(toPlainString(a)), a)),
    fuzz('money: a + b − b = a, exactly', fc.tuple(decimals, decimals), ([a, b]) => equals(subtract(add(a, b), b), a) && equals(add(a, b), add(b, a))),
    fuzz('money: 元 → 万元 → 元 and 万元 → 元 → 万元', decimals, (a) => {
      const text = toPlainString(a);
      const yuan = parseAmount(`${text} 元`);
      const wan = parseAmount(`${text} 万元`);
      return equals(toYuan({ value: toWanYuan(yuan), unit: '万元' }), a) && equals(toWanYuan({ value: toYuan(wan), unit: '元' }), a);
    }),
    // JSON numbers (scores) of any size: the decimal is the number's shortest text, exactly.
    fuzz('money: any JSON number as a decimal', fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => Number(toPlainString(decimal(n))) === n),
    // Any text: an amount exactly when it matches the pattern, otherwise a RangeError (the parser's contract), nothing else.
    fuzz('money: any text to parseAmount', fc.oneof(fc.string(), fc.stringMatching(/^-?\d{1,6}(\.\d{1,4})? ?(元|万元|%)$/)), (text) => {
      try {
        parseAmount(text);
        return AMOUNT_PATTERN.test(text);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        return !AMOUNT_PATTERN.test(text);
      }
    }),
  ];
}
