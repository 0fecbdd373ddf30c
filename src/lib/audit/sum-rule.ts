/**
 * Builds a "parts equal their total" rule: where the JSON holds a total and its parts,
 * the parts must add up to it exactly, after normalising 元 and 万元.
 */
import { abs, type Decimal, equals, type Money, subtract, sum } from '../money.ts';
import { amountField, inUnit, showInUnitOf, showMoney, trimZeros } from './fields.ts';
import type { Rule } from './types.ts';

export interface SumSpec {
  id: string;
  title: string;
  description: string;
  source: string;
  /** Disclosure kinds the identity belongs to. */
  kinds?: string[];
  /** The total's path and Chinese name. */
  total: [path: string, name: string];
  /** The parts' paths and names; absent parts are skipped. */
  parts: [path: string, name: string][];
  /** How many parts must be present for the identity to apply (default 2). */
  minimumParts?: number;
  /** Parts that must all be present for the identity to apply. */
  requiredParts?: string[];
}

/** Shows "a + b = c" with each figure in its published unit and the sum in the total's unit. */
export function sumMessage(parts: { name: string; money: Money }[], total: { name: string; money: Money }, computed: Decimal, operator = '+'): string {
  const expression = parts.map((p) => `${p.name} ${showMoney(p.money)}`).join(` ${operator} `);
  const keep = total.money.value.scale;
  const difference = trimZeros(abs(subtract(inUnit(total.money, total.money.unit), computed)), keep);
  return `${expression} = ${showInUnitOf(trimZeros(computed, keep), total.money.unit)}，但${total.name}是 ${showMoney(total.money)}（相差 ${showInUnitOf(difference, total.money.unit)}）。`;
}

export function sumRule(spec: SumSpec): Rule {
  return {
    id: spec.id,
    severity: 'error',
    title: spec.title,
    description: spec.description,
    source: spec.source,
    check({ disclosure }, use) {
      const data = disclosure.data;
      if (spec.kinds && !spec.kinds.includes(data.kind)) return [];
      const noop = () => {};
      const total = amountField(data, spec.total[0], noop);
      const present = spec.parts.flatMap(([path, name]) => {
        const money = amountField(data, path, noop);
        return money ? [{ path, name, money }] : [];
      });
      if (!total || present.length < (spec.minimumParts ?? 2)) return [];
      if (spec.requiredParts && !spec.requiredParts.every((p) => present.some((q) => q.path === p))) return [];
      use(spec.total[0]);
      present.forEach((p) => use(p.path));
      const computed = sum(present.map((p) => inUnit(p.money, total.unit)));
      if (equals(computed, inUnit(total, total.unit))) return [];
      return [{ message: sumMessage(present, { name: spec.total[1], money: total }, computed), fields: [spec.total[0], ...present.map((p) => p.path)] }];
    },
  };
}

/**
 * One "listed items add up to their total" check, for rules whose items are a list in the
 * data (breakdowns, function lines, closing parts). Returns no finding when it holds.
 */
export function checkListedSum(
  data: unknown,
  use: (path: string) => void,
  total: { path: string; name: string },
  items: { path: string; name: string }[],
): { message: string; fields: string[] }[] {
  const totalMoney = amountField(data, total.path, use);
  if (!totalMoney) return [];
  const parts = items.map((item) => ({ name: item.name, money: amountField(data, item.path, use) as Money }));
  const computed = sum(parts.map((p) => inUnit(p.money, totalMoney.unit)));
  if (equals(computed, inUnit(totalMoney, totalMoney.unit))) return [];
  return [{ message: sumMessage(parts, { name: total.name, money: totalMoney }, computed), fields: [total.path, ...items.map((i) => i.path)] }];
}
