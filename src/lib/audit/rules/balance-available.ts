import { sumRule } from '../sum-rule.ts';

/** 可用资金 = 年初结转和结余 + 本年收入. */
export const balanceAvailable = sumRule({
  id: 'balance.available',
  title: '可用资金等于年初结转结余加本年收入',
  description: '可用资金应等于年初结转和结余加上本年收入。',
  source: '部门整体支出绩效自评报告“部门整体支出情况”；收支平衡恒等式。',
  total: ['balances.available', '可用资金'],
  parts: [
    ['balances.carriedForward', '年初结转和结余'],
    ['income.total', '本年收入'],
  ],
  minimumParts: 2,
});
