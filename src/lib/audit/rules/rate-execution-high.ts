import { compare, decimal } from '../../money.ts';
import { executionRate } from '../execution-rate.ts';
import { amountField, showMoney } from '../fields.ts';
import type { Rule } from '../types.ts';

/** Execution above 100%: spending exceeds the budget the report gives. */
export const rateExecutionHigh: Rule = {
  id: 'rate.execution-high',
  severity: 'warning',
  title: '预算执行率高于 100%',
  description: '执行数超过预算数（执行率高于 100%）时提示：可能是预算口径不一致（年初预算与调整后预算），也可能是超预算支出，需要说明。',
  source: '《预算法》第十三条：经人民代表大会批准的预算，非经法定程序，不得调整；各级政府、各部门、各单位的支出必须以经批准的预算为依据。',
  check({ disclosure }, use) {
    const rate = executionRate(disclosure.data, use);
    if (!rate || compare(rate.percent, decimal(100)) <= 0) return [];
    const noop = () => {};
    const detail = rate.basis ? `执行数 ${showMoney(amountField(disclosure.data, rate.basis.spending, noop)!)} 超过预算数 ${showMoney(amountField(disclosure.data, rate.basis.budget, noop)!)}。` : '';
    return [{ message: `预算执行率 ${rate.display}${rate.stated ? '' : '（按执行数 ÷ 预算数计算）'}，高于 100%：${detail}请核对所用的预算口径（年初预算还是调整后预算）；如属超预算支出，原文应作说明。`, fields: rate.fields }];
  },
};
