import { decimal, equals, sum, toPlainString } from '../../money.ts';
import type { Rule } from '../types.ts';

/** The first-level full marks add up to the stated total full mark (usually 100). */
export const scoreFirstLevelMax: Rule = {
  id: 'score.first-level-max',
  severity: 'error',
  title: '一级指标分值之和等于总分',
  description: '评分体系列出总分（满分）和各一级指标的分值时，一级指标分值之和应等于总分。项目支出绩效自评表中，预算执行率的分值与各绩效指标的分值之和应等于总分。',
  source: '评分表的算术结构；《项目支出绩效评价管理办法》（财预〔2020〕10号）：预算执行率 10 分、绩效指标 90 分。',
  check({ disclosure }, use) {
    const data = disclosure.data;
    if (data.kind === 'self-evaluation') {
      const tree = data.score?.tree;
      if (data.score?.maxScore === undefined || !tree || tree.some((n) => n.maxScore === undefined)) return [];
      use('score.maxScore');
      tree.forEach((_, i) => use(`score.tree.${i}.maxScore`));
      const total = sum(tree.map((n) => decimal(n.maxScore!)));
      if (equals(total, decimal(data.score.maxScore))) return [];
      return [{ message: `一级指标分值 ${tree.map((n) => `${n.name} ${n.maxScore}`).join(' + ')} = ${toPlainString(total)}，但总分是 ${data.score.maxScore}。`, fields: ['score.maxScore', ...tree.map((_, i) => `score.tree.${i}.maxScore`)] }];
    }
    if (data.kind === 'project-evaluation') {
      const execution = data.funds?.[0]?.maxScore;
      const indicators = data.indicators ?? [];
      if (data.maxScore === undefined || execution === undefined || indicators.length === 0 || indicators.some((r) => r.maxScore === undefined)) return [];
      use('maxScore');
      use('funds.0.maxScore');
      indicators.forEach((_, i) => use(`indicators.${i}.maxScore`));
      const total = sum([decimal(execution), ...indicators.map((r) => decimal(r.maxScore!))]);
      if (equals(total, decimal(data.maxScore))) return [];
      return [{ message: `预算执行率分值 ${execution} + 各绩效指标分值 ${indicators.map((r) => r.maxScore).join(' + ')} = ${toPlainString(total)}，但总分是 ${data.maxScore}。`, fields: ['maxScore', 'funds.0.maxScore', ...indicators.map((_, i) => `indicators.${i}.maxScore`)] }];
    }
    return [];
  },
};
