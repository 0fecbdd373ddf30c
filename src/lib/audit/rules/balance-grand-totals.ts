import { abs, equals, subtract, sum } from '../../money.ts';
import { amountField, inUnit, showInUnitOf, showMoney, trimZeros } from '../fields.ts';
import { sumMessage } from '../sum-rule.ts';
import type { Rule } from '../types.ts';

/**
 * 收入支出决算总表: 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余;
 * 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余; 收入总计 = 支出总计.
 */
export const balanceGrandTotals: Rule = {
  id: 'balance.grand-totals',
  severity: 'error',
  title: '收入总计与支出总计平衡',
  description: '收入总计应等于本年收入合计、使用非财政拨款结余与年初结转和结余之和；支出总计应等于本年支出合计、结余分配与年末结转和结余之和；收入总计应等于支出总计。',
  source: '部门决算公开01表“收入支出决算总表”的行次关系。',
  check({ disclosure }, use) {
    const data = disclosure.data;
    const noop = () => {};
    const findings: { message: string; fields: string[] }[] = [];
    const side = (totalPath: string, totalName: string, parts: [string, string][], requiredPart: string) => {
      const total = amountField(data, totalPath, noop);
      if (!total || !amountField(data, requiredPart, noop)) return;
      use(totalPath);
      const present = parts.flatMap(([path, name]) => {
        const money = amountField(data, path, use);
        return money ? [{ path, name, money }] : [];
      });
      const computed = sum(present.map((p) => inUnit(p.money, total.unit)));
      if (!equals(computed, inUnit(total, total.unit))) findings.push({ message: sumMessage(present, { name: totalName, money: total }, computed), fields: [totalPath, ...present.map((p) => p.path)] });
    };
    side('balances.incomeGrandTotal', '收入总计', [['income.total', '本年收入合计'], ['balances.nonFiscalBalanceUsed', '使用非财政拨款结余'], ['balances.carriedForward', '年初结转和结余']], 'income.total');
    side('balances.spendingGrandTotal', '支出总计', [['spending.total', '本年支出合计'], ['balances.balanceDistribution', '结余分配'], ['balances.closing', '年末结转和结余']], 'spending.total');
    const income = amountField(data, 'balances.incomeGrandTotal', noop);
    const spending = amountField(data, 'balances.spendingGrandTotal', noop);
    if (income && spending) {
      use('balances.incomeGrandTotal');
      use('balances.spendingGrandTotal');
      if (!equals(inUnit(income, income.unit), inUnit(spending, income.unit)))
        findings.push({ message: `收入总计 ${showMoney(income)} 与支出总计 ${showMoney(spending)} 不相等（相差 ${showInUnitOf(trimZeros(abs(subtract(inUnit(income, income.unit), inUnit(spending, income.unit))), income.value.scale), income.unit)}）。`, fields: ['balances.incomeGrandTotal', 'balances.spendingGrandTotal'] });
    }
    return findings;
  },
};
