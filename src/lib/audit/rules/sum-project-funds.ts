import { equals, isZero, type Money, sum } from '../../money.ts';
import { amountField, inUnit } from '../fields.ts';
import { sumMessage } from '../sum-rule.ts';
import type { Rule } from '../types.ts';

const COLUMNS = [
  ['initialBudget', '年初预算数'],
  ['adjustedBudget', '全年预算数'],
  ['executed', '全年执行数'],
] as const;

/** 项目资金: the 年度资金总额 row equals its 其中 rows, column by column, when the form lists more than one. */
export const sumProjectFunds: Rule = {
  id: 'sum.project-funds',
  severity: 'error',
  title: '年度资金总额等于各资金来源之和',
  description: '项目支出绩效自评表中，年度资金总额（第一行）的年初预算数、全年预算数和全年执行数，应分别等于其下列出的各资金来源（本年财政拨款、上年结转资金、其他资金等）之和。只列一项来源时不核对（它就是总额本身）。',
  source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）附件“项目支出绩效自评表”的表式。',
  check({ disclosure }, use) {
    const data = disclosure.data;
    if (data.kind !== 'project-evaluation' || !data.funds || data.funds.length < 3) return [];
    const [first, ...rows] = data.funds;
    return COLUMNS.flatMap(([column, columnName]) => {
      if (!first[column] || !rows.every((r) => r[column])) return [];
      const total = amountField(data, `funds.0.${column}`, use)!;
      // A total printed as 0 is sum.project-funds-zero-total's finding, not a second one here.
      if (isZero(total.value)) return [];
      const parts = rows.map((row, i) => ({ name: row.label.replace(/^其中[:：]/, ''), money: amountField(data, `funds.${i + 1}.${column}`, use) as Money }));
      const computed = sum(parts.map((p) => inUnit(p.money, total.unit)));
      if (equals(computed, inUnit(total, total.unit))) return [];
      return [{ message: sumMessage(parts, { name: `${first.label}的${columnName}`, money: total }, computed), fields: [`funds.0.${column}`, ...rows.map((_, i) => `funds.${i + 1}.${column}`)] }];
    });
  },
};
