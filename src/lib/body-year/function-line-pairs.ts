/**
 * 预算 → 决算 by 功能分类: lines both documents list, matched by 科目编码 (or by name
 * when a side has no code), with 类/款/项 read from the code's length.
 */
import { parseAmount, divide, subtract, toPlainString } from '../money.ts';
import { inUnit } from '../audit/fields.ts';

interface Line { code?: string; name: string; amount: string }
export interface FunctionLinePair {
  code?: string; name: string; level?: '类' | '款' | '项';
  /** Where each side states the line's amount ("byFunction.2.amount"). */
  budgetPath: string; finalPath: string;
  unit: '元' | '万元'; budget: string; final: string; difference: string; executionRate?: string;
}

const LEVEL: Record<number, '类' | '款' | '项'> = { 3: '类', 5: '款', 7: '项' };
const lines = (data: unknown): Line[] => (data as { byFunction?: Line[] })?.byFunction ?? [];

export function functionLinePairs(budget: unknown, final: unknown): FunctionLinePair[] {
  const planned = lines(budget);
  return lines(final).flatMap((spent, i) => {
    const at = planned.findIndex((p) => (p.code && spent.code ? p.code === spent.code : p.name === spent.name));
    if (at === -1) return [];
    const match = planned[at]!;
    const f = parseAmount(spent.amount);
    const unit = f.unit;
    const b = inUnit(parseAmount(match.amount), unit);
    const a = inUnit(f, unit);
    const rate = divide(a, b, 2, 'half-up', 2);
    const code = spent.code ?? match.code;
    const level = code ? LEVEL[code.length] : undefined;
    return [{
      ...(code ? { code } : {}), name: spent.name, ...(level ? { level } : {}),
      budgetPath: `byFunction.${at}.amount`, finalPath: `byFunction.${i}.amount`,
      unit, budget: toPlainString(b), final: toPlainString(a), difference: toPlainString(subtract(a, b)),
      ...(rate ? { executionRate: toPlainString(rate) } : {}),
    }];
  });
}
