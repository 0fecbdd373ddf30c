/**
 * The execution rate of a disclosure: the stated one where given, else computed exactly
 * from 执行数 ÷ 预算数. Used by plausibility rules and derived metrics.
 */
import { divide, type Decimal, parsePercent, toPlainString } from '../money.ts';
import { amountField, inUnit, valueAt } from './fields.ts';
import type { FieldUse } from './types.ts';

export interface ExecutionRate {
  /** Percent value, e.g. 121.29. */
  percent: Decimal;
  /** "121.29%" as stated, or computed to two decimals. */
  display: string;
  stated: boolean;
  /** Fields it came from. */
  fields: string[];
  /** "执行数 1,983.82 万元 ÷ 预算数 1,635.52 万元". */
  basis?: { spending: string; budget: string; budgetPath: string };
}

export function executionRate(data: unknown, use: FieldUse = () => {}): ExecutionRate | undefined {
  const kind = (data as { kind?: string }).kind;
  const spendingPath = kind === 'project-evaluation' ? 'funds.0.executed' : 'spending.total';
  const budgetPaths = kind === 'project-evaluation' ? ['funds.0.adjustedBudget', 'funds.0.initialBudget'] : ['budget.adjusted', 'budget.total', 'budget.initial'];
  const ratePath = kind === 'project-evaluation' ? 'funds.0.executionRate' : 'executionRate';
  const noop = () => {};
  const spending = amountField(data, spendingPath, noop);
  const budgetPath = budgetPaths.find((p) => amountField(data, p, noop));
  const budget = budgetPath ? amountField(data, budgetPath, noop) : undefined;
  const basis = spending && budget && budgetPath ? { spending: spendingPath, budget: budgetPath, budgetPath } : undefined;
  const statedText = valueAt(data, ratePath);
  if (typeof statedText === 'string') {
    use(ratePath);
    return { percent: parsePercent(statedText).value, display: statedText, stated: true, fields: [ratePath], basis };
  }
  if (!spending || !budget || !budgetPath) return undefined;
  use(spendingPath);
  use(budgetPath);
  const percent = divide(inUnit(spending, spending.unit), inUnit(budget, spending.unit), 2, 'half-up', 2);
  if (!percent) return undefined;
  return { percent, display: `${toPlainString(percent)}%`, stated: false, fields: [spendingPath, budgetPath], basis };
}
