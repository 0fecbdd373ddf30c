import { checkListedSum } from '../sum-rule.ts';
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
    const parts = data.balances.closingParts.map((p, i) => ({ path: `balances.closingParts.${i}.amount`, name: p.label }));
    return checkListedSum(data, use, { path: 'balances.closing', name: '年末结余' }, parts);
  },
};
