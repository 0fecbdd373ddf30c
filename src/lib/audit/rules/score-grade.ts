import { gradeForScore, NATIONAL_GRADE_BANDS } from '../../standards/grade-bands.ts';
import type { Rule } from '../types.ts';

/** The grade matches the score band, where the band rules are known (优/良/中/差). */
export const scoreGrade: Rule = {
  id: 'score.grade',
  severity: 'error',
  title: '评价等级与得分所在分档一致',
  description: '项目支出绩效自评使用“优、良、中、差”等级时，等级应与总分所在分档一致：90（含）–100 分为优，80（含）–90 分为良，60（含）–80 分为中，60 分以下为差。部门整体自评的地方等级（如“优秀”“好”）分档规则未公开，不核对。',
  source: NATIONAL_GRADE_BANDS.source,
  check({ disclosure }, use) {
    const data = disclosure.data;
    if (data.kind !== 'project-evaluation' || data.totalScore === undefined || !data.grade) return [];
    if (!NATIONAL_GRADE_BANDS.bands.some((b) => b.grade === data.grade)) return [];
    use('grade');
    use('totalScore');
    const expected = gradeForScore(data.totalScore);
    if (expected === data.grade) return [];
    return [{ message: `总分 ${data.totalScore} 分应评为“${expected}”，但所列等级是“${data.grade}”。`, fields: ['grade', 'totalScore'] }];
  },
};
