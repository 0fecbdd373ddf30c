import { equals } from '../../money.ts';
import { amountField, inUnit, showMoney } from '../fields.ts';
import type { Rule } from '../types.ts';

/** 部门决算's 年初预算 vs the same year's 部门预算 支出合计; 决算支出 vs 自评报告支出. */
export const crossBudgetVsFinal: Rule = {
  id: 'cross.budget-vs-final',
  severity: 'warning',
  title: '决算所列年初预算与当年部门预算一致',
  description: '同一部门同一年度有部门预算和部门决算时，决算所列年初预算数应与部门预算的支出合计一致；决算的本年支出合计应与同年自评报告所述支出一致。不一致时作为提示列出两边的数字。',
  source: '同一部门、年度的预算、决算与自评报告互相核对。',
  check({ disclosure, find }, use) {
    const data = disclosure.data;
    if (data.kind !== 'final-accounts') return [];
    const findings: { message: string; fields: string[] }[] = [];
    const noop = () => {};
    const budgetDoc = find(data.department, data.fiscalYear, 'budget');
    const planned = budgetDoc && amountField(budgetDoc.data, 'spending.total', noop);
    const initial = planned && amountField(data, 'budget.initial', use);
    if (planned && initial && !equals(inUnit(planned, initial.unit), inUnit(initial, initial.unit)))
      findings.push({ message: `决算所列年初预算 ${showMoney(initial)}，而 ${budgetDoc!.id} 的支出预算合计是 ${showMoney(planned)}。`, fields: ['budget.initial'] });
    const evaluation = find(data.department, data.fiscalYear, 'self-evaluation');
    const evaluated = evaluation && amountField(evaluation.data, 'spending.total', noop);
    const spent = evaluated && amountField(data, 'spending.total', use);
    if (evaluated && spent && !equals(inUnit(evaluated, spent.unit), inUnit(spent, spent.unit)))
      findings.push({ message: `决算本年支出合计 ${showMoney(spent)}，而 ${evaluation!.id} 所述支出是 ${showMoney(evaluated)}。`, fields: ['spending.total'] });
    return findings;
  },
};
