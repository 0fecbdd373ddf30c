import { isZero, rateMatches, toPlainString } from '../../money.ts';
import { amountField, inUnit, percentField, showMoney } from '../fields.ts';
import type { Rule } from '../types.ts';

/** 项目资金 rows: 执行率 = 全年执行数 / 全年预算数（调整后）. */
export const rateProjectExecution: Rule = {
  id: 'rate.project-execution',
  severity: 'error',
  title: '项目资金执行率与执行数、预算数相符',
  description: '项目支出绩效自评表中，各资金行所列执行率应等于全年执行数 ÷ 全年预算数（调整后预算数），按所述小数位四舍五入或截断后一致。预算数和执行数都为 0 的行印作 0.00% 时不提示。',
  source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）：预算执行率 = 预算执行数 / 调整后预算数。',
  check({ disclosure }, use) {
    const data = disclosure.data;
    if (data.kind !== 'project-evaluation' || !data.funds) return [];
    return data.funds.flatMap((row, i) => {
      const budgetPath = row.adjustedBudget ? `funds.${i}.adjustedBudget` : `funds.${i}.initialBudget`;
      if (!row.executionRate || !row.executed || !(row.adjustedBudget ?? row.initialBudget)) return [];
      const stated = percentField(data, `funds.${i}.executionRate`, use)!;
      const executed = amountField(data, `funds.${i}.executed`, use)!;
      const budget = amountField(data, budgetPath, use)!;
      // Zero-budget rows are printed as 0.00% by the templates: nothing to divide, nothing wrong.
      if (isZero(budget.value) && isZero(executed.value) && isZero(stated.value)) return [];
      const result = rateMatches(stated, inUnit(executed, executed.unit), inUnit(budget, executed.unit));
      if (result.matches) return [];
      return [{
        message: `${row.label}：全年执行数 ${showMoney(executed)} ÷ 全年预算数 ${showMoney(budget)} = ${result.rounded ? `${toPlainString(result.rounded)}%` : '无法计算'}，但所列执行率是 ${toPlainString(stated.value)}%。`,
        fields: [`funds.${i}.executionRate`, `funds.${i}.executed`, budgetPath],
      }];
    });
  },
};
