import { isZero, type Money, parseAmount } from '../../money.ts';
import { amountField, showMoney } from '../fields.ts';
import type { Rule } from '../types.ts';

const COLUMNS = [
  ['initialBudget', '年初预算数'],
  ['adjustedBudget', '全年预算数'],
  ['executed', '全年执行数'],
] as const;

/**
 * 项目资金: a 年度资金总额 row printed as 0 while a 其中 row carries money. Real forms do
 * this when the total row was never filled in; it holds even with a single 其中 row,
 * which sum.project-funds does not check (one source is normally the total itself).
 */
export const sumProjectFundsZeroTotal: Rule = {
  id: 'sum.project-funds-zero-total',
  severity: 'error',
  title: '年度资金总额不为零而分项有金额',
  description: '项目支出绩效自评表中，年度资金总额（第一行）某一栏印为 0，而其下的资金来源行在同一栏列有金额时提示：总额行很可能没有填写。只列一项资金来源时也核对。',
  source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）附件“项目支出绩效自评表”的表式：年度资金总额含其下各资金来源。',
  check({ disclosure }, use) {
    const data = disclosure.data;
    if (data.kind !== 'project-evaluation' || !data.funds || data.funds.length < 2) return [];
    const [first, ...rows] = data.funds;
    return COLUMNS.flatMap(([column, columnName]) => {
      // Only a zero total is this rule's business: a non-zero one is sum.project-funds' to compare.
      if (!first[column] || !isZero(parseAmount(first[column]).value)) return [];
      const total = amountField(data, `funds.0.${column}`, use)!;
      const carrying = rows
        .map((row, i) => ({ row, path: `funds.${i + 1}.${column}` }))
        .filter(({ row }) => row[column])
        .map(({ row, path }) => ({ row, path, money: amountField(data, path, use) as Money }))
        .filter(({ money }) => !isZero(money.value));
      if (carrying.length === 0) return [];
      const parts = carrying.map(({ row, money }) => `${row.label.replace(/^其中[:：]/, '')} ${showMoney(money)}`).join('、');
      return [{
        message: `${first.label}的${columnName}印为 ${showMoney(total)}，但其下${parts}：总额行没有填写或填错了。`,
        fields: [`funds.0.${column}`, ...carrying.map((c) => c.path)],
      }];
    });
  },
};
