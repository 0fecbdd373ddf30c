import { abs, equals, subtract } from '../../money.ts';
import { amountField, inUnit, showInUnitOf, showMoney, trimZeros } from '../fields.ts';
import type { Rule } from '../types.ts';

/** 年末结余 = 可用资金 − 本年支出. */
export const balanceClosing: Rule = {
  id: 'balance.closing',
  severity: 'error',
  title: '年末结余等于可用资金减本年支出',
  description: '年末结余应等于可用资金减去本年支出。',
  source: '部门整体支出绩效自评报告“部门整体支出情况”；收支平衡恒等式。',
  check({ disclosure }, use) {
    const data = disclosure.data;
    const noop = () => {};
    if (!amountField(data, 'balances.available', noop) || !amountField(data, 'spending.total', noop) || !amountField(data, 'balances.closing', noop)) return [];
    const available = amountField(data, 'balances.available', use)!;
    const spending = amountField(data, 'spending.total', use)!;
    const closing = amountField(data, 'balances.closing', use)!;
    const computed = subtract(inUnit(available, closing.unit), inUnit(spending, closing.unit));
    if (equals(computed, inUnit(closing, closing.unit))) return [];
    const difference = trimZeros(abs(subtract(inUnit(closing, closing.unit), computed)), closing.value.scale);
    return [{
      message: `可用资金 ${showMoney(available)} − 本年支出 ${showMoney(spending)} = ${showInUnitOf(trimZeros(computed, closing.value.scale), closing.unit)}，但年末结余是 ${showMoney(closing)}（相差 ${showInUnitOf(difference, closing.unit)}）。`,
      fields: ['balances.closing', 'balances.available', 'spending.total'],
    }];
  },
};
