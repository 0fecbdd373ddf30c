/** Splits a published figure into number and unit for spreadsheets: "18485.9 万元" → 18485.9, 万元. */
import { AMOUNT_PATTERN, DECIMAL_PATTERN, PERCENT_PATTERN } from '../../schemas/primitives.ts';

/** The number (exact text, no separators) and unit of a published figure; text values give neither. */
export function splitFigure(value: string | number, format?: string): { number: string; unit: string } {
  if (typeof value === 'number') return { number: String(value), unit: format === 'score' ? '分' : '' };
  const amount = value.match(AMOUNT_PATTERN);
  if (amount) return { number: amount[1], unit: amount[2] };
  const percent = value.match(PERCENT_PATTERN);
  if (percent) return { number: percent[1], unit: '%' };
  if (DECIMAL_PATTERN.test(value)) return { number: value, unit: '' };
  return { number: '', unit: '' };
}
