import { rateMatches, toPlainString } from '../../money.ts';
import { amountField, inUnit, percentField, showMoney } from '../fields.ts';
import type { Rule } from '../types.ts';

/**
 * 预算执行率 / 支出进度 = 执行数 / 预算数. A stated rate is consistent when it equals the
 * exact quotient rounded or truncated at its published precision; either budget the
 * document states (年初, 调整后, or 全年) may be the denominator.
 */
export const rateExecution: Rule = {
  id: 'rate.execution',
  severity: 'error',
  title: '所述执行率与执行数、预算数相符',
  description: '所述预算执行率（支出进度）应等于执行数 ÷ 预算数，按所述小数位四舍五入或截断后一致即视为相符（原文常见截断，如 121.29%）。文中列出多个预算数（年初、调整后）时，与其中任一相符即可，并注明所用的分母。',
  source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）附件：预算执行率 = 预算执行数 / 调整后预算数。',
  check({ disclosure }, use) {
    const data = disclosure.data;
    const noop = () => {};
    if (!percentField(data, 'executionRate', noop) || !amountField(data, 'spending.total', noop)) return [];
    const budgets = (['budget.adjusted', 'budget.total', 'budget.initial'] as const).flatMap((path) => {
      const money = amountField(data, path, noop);
      return money ? [{ path, money }] : [];
    });
    if (budgets.length === 0) return [];
    const stated = percentField(data, 'executionRate', use)!;
    const spending = amountField(data, 'spending.total', use)!;
    const results = budgets.map((b) => ({ ...b, ...rateMatches(stated, inUnit(spending, spending.unit), inUnit(b.money, spending.unit)) }));
    // The denominator that matches is the one taking part; when none does, all of them are in question.
    const matching = results.filter((r) => r.matches);
    (matching.length ? matching : results).forEach((r) => use(r.path));
    if (matching.length) return [];
    const first = results[0];
    const rounded = first.rounded ? `${toPlainString(first.rounded)}%` : '无法计算';
    const truncated = first.truncated ? `${toPlainString(first.truncated)}%` : '无法计算';
    const computed = rounded === truncated ? rounded : `${rounded}（四舍五入）或 ${truncated}（截断）`;
    return [{
      message: `执行数 ${showMoney(spending)} ÷ 预算数 ${showMoney(first.money)} = ${computed}，但所述执行率是 ${toPlainString(stated.value)}%。`,
      fields: ['executionRate', 'spending.total', ...budgets.map((b) => b.path)],
    }];
  },
};
