/**
 * Display of figures 明账 computes itself (rates and shares from published amounts).
 * Computed values are exact decimals cut to a stated precision; they never pretend to
 * more precision than that, and a rate too small to show says so ("< 0.01%").
 */
import { compare, isZero, toPlainString, type Decimal } from '../money.ts';
import { groupThousands } from './figure.ts';

/** "98.68" at 2 places → "98.68%"; a non-zero value that rounds to 0 → "< 0.01%". */
export function formatComputedPercent(value: Decimal, places: number, exactNonZero: boolean): string {
  if (isZero(value) && exactNonZero) return `< ${toPlainString({ units: 1n, scale: places })}%`;
  return `${groupThousands(toPlainString(value))}%`;
}

/** Whether a percentage exceeds 100% (spending above the budget it is measured against). */
export function isAboveHundred(value: Decimal): boolean {
  return compare(value, { units: 100n, scale: 0 }) > 0;
}
