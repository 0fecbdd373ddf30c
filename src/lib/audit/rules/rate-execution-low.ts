import { compare, decimal } from '../../money.ts';
import { executionRate } from '../execution-rate.ts';
import type { Rule } from '../types.ts';

/** Execution below 90%: the national form requires an explanation. */
export const rateExecutionLow: Rule = {
  id: 'rate.execution-low',
  severity: 'warning',
  title: '预算执行率低于 90%',
  description: '预算执行率低于 90% 时提示：项目支出绩效自评表要求对未达到 90% 的执行率说明原因。',
  source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）附件：预算执行率未达到 90% 的需说明原因。',
  check({ disclosure }, use) {
    const rate = executionRate(disclosure.data, use);
    if (!rate || compare(rate.percent, decimal(90)) >= 0) return [];
    return [{ message: `预算执行率 ${rate.display}${rate.stated ? '' : '（按执行数 ÷ 预算数计算）'}，低于 90%，原文应说明原因。`, fields: rate.fields }];
  },
};
