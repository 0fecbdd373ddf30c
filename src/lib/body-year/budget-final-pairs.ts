/**
 * 预算 → 决算 pairs of one body-year: every figure both documents state, with the
 * difference and the 执行率 computed exactly. A figure either side leaves out is no pair.
 */
import { amountField, inUnit } from '../audit/fields.ts';
import { divide, subtract, toPlainString } from '../money.ts';

export interface BudgetFinalPair {
  path: string;
  label: string;
  /** Both in the 决算's unit, as exact plain decimals. */
  budget: string;
  final: string;
  unit: '元' | '万元';
  difference: string;
  /** 决算 ÷ 预算 × 100, half-up to two decimals; absent when the budget is zero. */
  executionRate?: string;
}

const PAIRED: { path: string; label: string }[] = [
  { path: 'spending.total', label: '支出合计' },
  { path: 'spending.basic', label: '基本支出' },
  { path: 'spending.project', label: '项目支出' },
];

export function budgetFinalPairs(budget: unknown, final: unknown): BudgetFinalPair[] {
  const noop = () => {};
  const pairs: BudgetFinalPair[] = [];
  for (const { path, label } of PAIRED) {
    const planned = amountField(budget, path, noop);
    const spent = amountField(final, path, noop);
    if (!planned || !spent) continue;
    const unit = spent.unit;
    const b = inUnit(planned, unit);
    const f = inUnit(spent, unit);
    const rate = divide(f, b, 2, 'half-up', 2);
    pairs.push({
      path, label, unit,
      budget: toPlainString(b), final: toPlainString(f),
      difference: toPlainString(subtract(f, b)),
      ...(rate ? { executionRate: toPlainString(rate) } : {}),
    });
  }
  return pairs;
}
