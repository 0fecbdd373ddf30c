/**
 * Reading figures out of a disclosure for the rules: by English path, parsed exactly,
 * and recorded as used so tests can prove each one is checked.
 */
import { formatPublishedFigure } from '../format/figure.ts';
import { type Decimal, type Money, parseAmount, parsePercent, type StatedPercent, toPlainString, toWanYuan, toYuan } from '../money.ts';
import type { FieldUse } from './types.ts';

/** The value at "spending.basic" or "score.tree.0.score" (numbers index arrays). */
export function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** An amount field, parsed; undefined when absent. Marks the field as used. */
export function amountField(data: unknown, path: string, use: FieldUse): Money | undefined {
  const value = valueAt(data, path);
  if (typeof value !== 'string') return undefined;
  use(path);
  return parseAmount(value);
}

/** A stated percentage field, parsed; undefined when absent. Marks the field as used. */
export function percentField(data: unknown, path: string, use: FieldUse): StatedPercent | undefined {
  const value = valueAt(data, path);
  if (typeof value !== 'string') return undefined;
  use(path);
  return parsePercent(value);
}

/** "13,203.62 万元": how a message shows a published amount. */
export function showMoney(money: Money): string {
  return formatPublishedFigure(`${toPlainString(money.value)} ${money.unit}`);
}

/** Shows an exact decimal in the unit of `like` (the figure it is compared with). */
export function showInUnitOf(value: Decimal, unit: Money['unit']): string {
  return formatPublishedFigure(`${toPlainString(value)} ${unit}`);
}

/** Converts to the unit of the figure a sum is compared with, exactly. */
export function inUnit(money: Money, unit: Money['unit']): Decimal {
  return unit === '万元' ? toWanYuan(money) : toYuan(money);
}

/**
 * Drops trailing zeros introduced by unit conversion ("1168.870000" → "1168.87"), but
 * keeps at least `keep` decimals so a sum shows the precision its figures were published at.
 */
export function trimZeros(value: Decimal, keep = 0): Decimal {
  let { units, scale } = value;
  while (scale > keep && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return { units, scale };
}
