import { decimal, equals, sum, toPlainString } from '../../money.ts';
import type { Rule } from '../types.ts';

/** 项目自评 总分 = 预算执行率得分 + Σ 绩效指标得分. */
export const scoreProjectTotal: Rule = {
  id: 'score.project-total',
  severity: 'error',
  title: '项目自评总分等于执行率得分加各指标得分',
  description: '项目支出绩效自评表的总分应等于预算执行率得分与各绩效指标得分之和。',
  source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）附件“项目支出绩效自评表”。',
  check({ disclosure }, use) {
    const data = disclosure.data;
    if (data.kind !== 'project-evaluation' || data.totalScore === undefined) return [];
    const execution = data.funds?.[0]?.score;
    const indicators = data.indicators ?? [];
    if (execution === undefined || indicators.length === 0 || indicators.some((r) => r.score === undefined)) return [];
    use('totalScore');
    use('funds.0.score');
    indicators.forEach((_, i) => use(`indicators.${i}.score`));
    const total = sum([decimal(execution), ...indicators.map((r) => decimal(r.score!))]);
    if (equals(total, decimal(data.totalScore))) return [];
    return [{ message: `预算执行率得分 ${execution} + 各指标得分 ${indicators.map((r) => r.score).join(' + ')} = ${toPlainString(total)}，但总分是 ${data.totalScore}。`, fields: ['totalScore', 'funds.0.score', ...indicators.map((_, i) => `indicators.${i}.score`)] }];
  },
};
