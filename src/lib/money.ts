/**
 * Exact decimal arithmetic for published figures. Values are scaled BigInts, so sums,
 * differences, unit conversions and rates never drift the way floats do
 * (0.1 + 0.2 !== 0.3). Amounts carry their unit; 万元 converts to 元 exactly.
 */
import { AMOUNT_PATTERN, DECIMAL_PATTERN, PERCENT_PATTERN, type MoneyUnit } from '../schemas/primitives.ts';

/** An exact decimal: `units / 10^scale`. */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

/** Parses "13203.62" (or a JSON number's shortest form, 94.34) into an exact decimal. */
export function decimal(text: string | number): Decimal {
  const s = typeof text === 'number' ? numberToPlain(text) : text.trim();
  if (!DECIMAL_PATTERN.test(s)) throw new RangeError(`not a plain decimal: ${JSON.stringify(text)}`);
  const [whole, fraction = ''] = s.replace('-', '').split('.');
  const units = BigInt(whole + fraction) * (s.startsWith('-') ? -1n : 1n);
  return { units, scale: fraction.length };
}

/**
 * A JSON number's shortest round-trip text, without exponent ("1e-7" → "0.0000001"),
 * exactly: the digits of that text with the point moved, so 1e21 and 5e-324 keep their
 * value (toFixed rounds below 1e-20 and keeps the exponent from 1e21 up).
 */
function numberToPlain(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not finite: ${n}`);
  const s = String(n);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(s);
  if (!match) return s;
  const [, sign, whole, fraction = '', exponent] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  const plain = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + plain.replace(/^0+(?=\d)/, '');
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

export const add = (a: Decimal, b: Decimal): Decimal => {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
};
export const subtract = (a: Decimal, b: Decimal): Decimal => {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
};
export const sum = (values: Decimal[]): Decimal => values.reduce(add, { units: 0n, scale: 0 });
export const compare = (a: Decimal, b: Decimal): number => {
  const [x, y] = align(a, b);
  return x === y ? 0 : x < y ? -1 : 1;
};
export const equals = (a: Decimal, b: Decimal): boolean => compare(a, b) === 0;
export const isZero = (a: Decimal): boolean => a.units === 0n;
export const abs = (a: Decimal): Decimal => ({ units: a.units < 0n ? -a.units : a.units, scale: a.scale });
export const multiplyByPowerOfTen = (a: Decimal, exponent: number): Decimal =>
  exponent >= 0 ? { units: a.units * pow10(exponent), scale: a.scale } : { units: a.units, scale: a.scale - exponent };

/** How a quotient is cut to a published precision. */
export type Rounding = 'half-up' | 'truncate';

/** a / b × 10^shift, cut to `places` decimals. Division by zero returns undefined. */
export function divide(a: Decimal, b: Decimal, places: number, rounding: Rounding, shift = 0): Decimal | undefined {
  if (b.units === 0n) return undefined;
  // (a.units / 10^a.scale) / (b.units / 10^b.scale) × 10^shift × 10^places, as integers.
  let numerator = a.units * pow10(b.scale + shift + places + 1);
  let denominator = b.units * pow10(a.scale);
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const tenfold = numerator / denominator; // one extra digit, truncated toward zero
  const negative = tenfold < 0n;
  const magnitude = negative ? -tenfold : tenfold;
  let units = magnitude / 10n;
  if (rounding === 'half-up' && magnitude % 10n >= 5n) units += 1n;
  return { units: negative ? -units : units, scale: places };
}

/** Plain text of a decimal, keeping its scale: {1870, 1} → "187.0". */
export function toPlainString(a: Decimal): string {
  const negative = a.units < 0n;
  const digits = (negative ? -a.units : a.units).toString().padStart(a.scale + 1, '0');
  const text = a.scale === 0 ? digits : `${digits.slice(0, -a.scale)}.${digits.slice(-a.scale)}`;
  return negative ? `-${text}` : text;
}

/** An amount with its published unit. */
export interface Money {
  readonly value: Decimal;
  readonly unit: MoneyUnit;
}

/** Parses "18485.9 万元" into an exact amount with its unit. */
export function parseAmount(text: string): Money {
  const match = text.match(AMOUNT_PATTERN);
  if (!match) throw new RangeError(`not an amount: ${JSON.stringify(text)}`);
  return { value: decimal(match[1]), unit: match[2] as MoneyUnit };
}

/** The amount in 元, exactly (万元 × 10,000). */
export function toYuan(money: Money): Decimal {
  return money.unit === '万元' ? multiplyByPowerOfTen(money.value, 4) : money.value;
}

/** The amount in 万元, exactly (元 ÷ 10,000 moves the decimal point; nothing is lost). */
export function toWanYuan(money: Money): Decimal {
  return money.unit === '元' ? multiplyByPowerOfTen(money.value, -4) : money.value;
}

/** A stated percentage: its value and the decimals it was published with. */
export interface StatedPercent {
  readonly value: Decimal;
  readonly places: number;
}

export function parsePercent(text: string): StatedPercent {
  const match = text.match(PERCENT_PATTERN);
  if (!match) throw new RangeError(`not a percentage: ${JSON.stringify(text)}`);
  const value = decimal(match[1]);
  return { value, places: value.scale };
}

/**
 * Whether a stated rate matches numerator / denominator at its published precision,
 * rounded half-up or truncated (seed 003 states 121.29% where rounding gives 121.30%).
 */
export function rateMatches(stated: StatedPercent, numerator: Decimal, denominator: Decimal): { matches: boolean; rounded?: Decimal; truncated?: Decimal } {
  const rounded = divide(numerator, denominator, stated.places, 'half-up', 2);
  const truncated = divide(numerator, denominator, stated.places, 'truncate', 2);
  if (!rounded || !truncated) return { matches: false };
  return { matches: equals(rounded, stated.value) || equals(truncated, stated.value), rounded, truncated };
}
