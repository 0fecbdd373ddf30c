import { compare, decimal, divide, equals, type Decimal, toPlainString } from '../../money.ts';
import { amountField, inUnit } from '../fields.ts';
import type { Rule } from '../types.ts';

/**
 * Official formula: 预算执行率得分 = min(执行率, 100%) × 分值 (10). A warning, not an error:
 * some local forms score execution by bands instead.
 */
export const scoreProjectExecution: Rule = {
  id: 'score.project-execution',
  severity: 'warning',
  title: '预算执行率得分符合官方公式',
  description: '项目支出绩效自评表中，预算执行率得分应为 预算执行率 × 分值，执行率超过 100% 按 100% 计（分值通常为 10 分）。按执行数 ÷ 全年预算数精确计算，得分保留两位小数比较。部分地方按分档计分，故只作提示。',
  source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）附件：预算执行率得分 = 预算执行率 × 10，最高 10 分。',
  check({ disclosure }, use) {
    const data = disclosure.data;
    if (data.kind !== 'project-evaluation') return [];
    const row = data.funds?.[0];
    if (!row || row.score === undefined || row.maxScore === undefined || !row.executed || !(row.adjustedBudget ?? row.initialBudget)) return [];
    const budgetPath = row.adjustedBudget ? 'funds.0.adjustedBudget' : 'funds.0.initialBudget';
    const executed = amountField(data, 'funds.0.executed', use)!;
    const budget = amountField(data, budgetPath, use)!;
    use('funds.0.score');
    use('funds.0.maxScore');
    const rate = divide(inUnit(executed, executed.unit), inUnit(budget, executed.unit), 6, 'half-up');
    if (!rate) return [];
    const capped: Decimal = compare(rate, decimal(1)) > 0 ? decimal(1) : rate;
    const expected = divide({ units: capped.units * decimal(row.maxScore).units, scale: capped.scale + decimal(row.maxScore).scale }, decimal(1), 2, 'half-up')!;
    if (equals(expected, decimal(row.score))) return [];
    return [{ message: `按官方公式，预算执行率得分 = min(${toPlainString(divide(inUnit(executed, executed.unit), inUnit(budget, executed.unit), 2, 'half-up', 2)!)}%, 100%) × ${row.maxScore} = ${toPlainString(expected)} 分，所列得分是 ${row.score} 分。`, fields: ['funds.0.score', 'funds.0.executed', budgetPath] }];
  },
};
