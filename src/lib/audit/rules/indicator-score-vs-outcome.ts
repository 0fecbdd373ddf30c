import { compare, decimal } from '../../money.ts';
import { targetOutcome } from '../../standards/target-outcome.ts';
import { indicatorRows } from '../indicators.ts';
import type { Rule } from '../types.ts';

/**
 * A self-evaluation's score for an indicator that its own target and actual contradict:
 * full marks for a target not met, or points withheld from a target met. Decided only
 * where the target and the actual are numbers in one unit (standards/target-outcome.ts).
 */
export const indicatorScoreVsOutcome: Rule = {
  id: 'indicator.score-vs-outcome',
  severity: 'warning',
  title: '指标得分与完成情况矛盾',
  description: '自评中，按年度指标值（含区间“6至8期”、“不低于90%”、“≤5天”等写法）与实际完成值精确判断指标是否完成：未完成却记满分，或已完成却没有记满分时提示。目标或完成值不是数量、单位不同时不作判断。',
  source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）：定量指标完成指标值的，记该指标所赋全部分值；未完成的，按照完成值与指标值的比例记分。',
  check({ disclosure }, use) {
    const kind = disclosure.data.kind;
    if (kind !== 'self-evaluation' && kind !== 'project-evaluation') return [];
    return indicatorRows(disclosure.data).flatMap(({ row, path }) => {
      if (!row.level3 || row.maxScore === undefined || row.score === undefined || row.actual === undefined) return [];
      const target = row.annualTarget ?? row.periodTarget;
      const outcome = targetOutcome(target, row.actual, { nature: row.nature, unit: row.unit });
      if (outcome.status !== 'met' && outcome.status !== 'not-met') return [];
      use(`${path}.score`);
      use(`${path}.actual`);
      const full = compare(decimal(row.score), decimal(row.maxScore)) >= 0;
      const fields = [`${path}.score`, `${path}.actual`, `${path}.${row.annualTarget !== undefined ? 'annualTarget' : 'periodTarget'}`];
      if (outcome.status === 'not-met' && full) return [{ message: `指标“${row.level3}”没有完成（${outcome.rule}），却记了满分 ${row.score} 分；按规定，未完成的按完成值与指标值的比例记分。`, fields }];
      if (outcome.status === 'met' && !full) return [{ message: `指标“${row.level3}”已经完成（${outcome.rule}），按规定应记全部分值 ${row.maxScore} 分，所列得分是 ${row.score} 分。`, fields }];
      return [];
    });
  },
};
