/**
 * Display of published figures for zh-CN pages. Formatting adds thousands separators
 * and nothing else: digits, decimals and units stay exactly as published.
 */
import { AMOUNT_PATTERN, DECIMAL_PATTERN, PERCENT_PATTERN } from '../../schemas/primitives.ts';

/** "18485.9" → "18,485.9"; decimals untouched. */
export function groupThousands(decimal: string): string {
  const [, sign, whole, fraction] = decimal.match(/^(-?)(\d+)(\.\d+)?$/) ?? [];
  if (whole === undefined) return decimal;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ?? ''}`;
}

/** "18485.9 万元" → "18,485.9 万元"; "98.7%" stays "98.7%". */
export function formatPublishedFigure(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const amount = value.match(AMOUNT_PATTERN);
  if (amount) return `${groupThousands(amount[1])} ${amount[2]}`;
  if (PERCENT_PATTERN.test(value)) return value;
  if (DECIMAL_PATTERN.test(value)) return groupThousands(value);
  return value;
}

/** Qualifiers Chinese writes after the number ("7,200多名", "3万余条"); all others go before ("约34.14亿元"). */
const TRAILING_QUALIFIERS = new Set(['多', '余']);

/** A fact as a reader would say it: "约 34.14 亿元", "7,200多 名". */
export function formatFact(fact: { value: string; unit: string; qualifier?: string }): string {
  const number = groupThousands(fact.value);
  const q = fact.qualifier ?? '';
  const withQualifier = TRAILING_QUALIFIERS.has(q) ? `${number}${q}` : `${q}${number}`;
  return fact.unit ? `${withQualifier} ${fact.unit}` : withQualifier;
}
