import { type Money, equals, sum } from '../../money.ts';
import { amountField, inUnit } from '../fields.ts';
import { sumMessage } from '../sum-rule.ts';
import type { Rule } from '../types.ts';

/** 年末结余 = its listed parts (e.g. 实有资金结余 + 财政拨款结转和结余). */
export const sumClosingParts: Rule = {
  id: 'sum.closing-parts',
  severity: 'error',
  title: '年末结余等于所列各部分之和',
  description: '原文列出年末结余的构成时，各部分之和应等于年末结余。',
  source: '部门整体支出绩效自评报告“部门整体支出情况”。',
  check({ disclosure }, use) {
    const data = disclosure.data;
    if (!('balances' in data) || !data.balances?.closingParts) return [];
    const total = amountField(data, 'balances.closing', use);
    if (!total) return [];
    const parts = data.balances.closingParts.map((p, i) => ({ name: p.label, money: amountField(data, `balances.closingParts.${i}.amount`, use) as Money }));
    const computed = sum(parts.map((p) => inUnit(p.money, total.unit)));
    if (equals(computed, inUnit(total, total.unit))) return [];
    return [{ message: sumMessage(parts, { name: '年末结余', money: total }, computed), fields: ['balances.closing', ...parts.map((_, i) => `balances.closingParts.${i}.amount`)] }];
  },
};
