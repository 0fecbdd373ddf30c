import { sumRule } from '../sum-rule.ts';

/** 预算数 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算. */
export const sumBudgetFunds = sumRule({
  id: 'sum.budget-funds',
  title: '预算数等于三本预算之和',
  description: '年度预算数应等于一般公共预算、政府性基金预算和国有资本经营预算之和（三项都列出时核对）。',
  source: '《预算法》第五条：预算包括一般公共预算、政府性基金预算、国有资本经营预算和社会保险基金预算。',
  total: ['budget.total', '预算数'],
  parts: [
    ['budget.generalPublic', '一般公共预算'],
    ['budget.governmentFund', '政府性基金预算'],
    ['budget.stateCapital', '国有资本经营预算'],
  ],
  minimumParts: 3,
});
