/**
 * 预算 → 决算 pairs of one body-year: every figure both documents state, with the
 * difference and the 执行率 computed exactly. A figure either side leaves out is no pair.
 */
import { FinalAccountsSchema } from '../../schemas/final-accounts.ts';
import { amountField, inUnit } from '../audit/fields.ts';
import { resolveField } from '../fields/schema-walk.ts';
import { divide, subtract, toPlainString } from '../money.ts';

export interface BudgetFinalPair {
  /** The JSON path, the same in both documents ("spending.basic"). */
  path: string;
  /** The field's Chinese name, from the schema. */
  label: string;
  /** 0 for a block's total, 1 for its parts, 2 for the parts of a part. */
  indent: number;
  /** Both in the 决算's unit, as exact plain decimals. */
  budget: string;
  final: string;
  unit: '元' | '万元';
  difference: string;
  /** 决算 ÷ 预算 × 100, half-up to two decimals; absent when the budget is zero. */
  executionRate?: string;
}

/**
 * The amounts 部门预算 and 部门决算 both report under the same field (fiscal-report.ts),
 * in page order with their nesting. 决算's `budget.*` (its own 年初/调整预算) is the audit's
 * cross-document check, not a pair; percentages (smeShare) are not amounts.
 */
export const PAIRED_PATHS: readonly (readonly [path: string, indent: number])[] = [
  ['spending.total', 0], ['spending.basic', 1], ['spending.personnel', 2], ['spending.publicOperation', 2], ['spending.project', 1],
  ['spending.business', 1], ['spending.toSubordinate', 1], ['spending.toSuperior', 1],
  ['income.total', 0], ['income.fiscalAppropriation', 1], ['income.generalPublic', 1], ['income.governmentFund', 1], ['income.stateCapital', 1],
  ['income.superiorSubsidy', 1], ['income.business', 1], ['income.operating', 1], ['income.subordinateRemittance', 1], ['income.other', 1],
  ['threePublic.total', 0], ['threePublic.overseas', 1], ['threePublic.vehicles', 1], ['threePublic.vehiclePurchase', 2], ['threePublic.vehicleOperation', 2], ['threePublic.reception', 1],
  ['operatingCosts', 0],
  ['procurement.total', 0], ['procurement.goods', 1], ['procurement.works', 1], ['procurement.services', 1], ['procurement.sme', 1],
];

const label = (path: string): string => resolveField(FinalAccountsSchema, path.split('.'), { kind: 'final-accounts' })?.meta.title ?? path;

export function budgetFinalPairs(budget: unknown, final: unknown): BudgetFinalPair[] {
  const noop = () => {};
  const pairs: BudgetFinalPair[] = [];
  for (const [path, indent] of PAIRED_PATHS) {
    const planned = amountField(budget, path, noop);
    const spent = amountField(final, path, noop);
    if (!planned || !spent) continue;
    const unit = spent.unit;
    const b = inUnit(planned, unit);
    const f = inUnit(spent, unit);
    const rate = divide(f, b, 2, 'half-up', 2);
    pairs.push({
      path, label: label(path), indent, unit,
      budget: toPlainString(b), final: toPlainString(f),
      difference: toPlainString(subtract(f, b)),
      ...(rate ? { executionRate: toPlainString(rate) } : {}),
    });
  }
  return pairs;
}
