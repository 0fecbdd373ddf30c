import { indicatorRows } from '../indicators.ts';
import { placeholderFindings } from '../placeholder.ts';
import type { Rule } from '../types.ts';

/** A project self-evaluation form left unfilled: no scores, no actuals, no total, or template text still present. */
export const projectUnfilled: Rule = {
  id: 'project.unfilled',
  severity: 'warning',
  title: '项目自评表未填完整',
  description: '项目支出绩效自评表没有任何得分、所有指标都没有实际完成值、各指标有得分而总分为空，或仍留有模板文字（如“请填写”“XX”，或评价结论仍是“根据评价结果填写优、良、中、差”之类的填表说明）时提示。这样的表在公开质量指数中记为“未填写/不完整”，不给总分。',
  source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）附件“项目支出绩效自评表”。',
  check({ disclosure }) {
    const data = disclosure.data;
    if (data.kind !== 'project-evaluation') return [];
    const findings: { message: string; fields: string[] }[] = [];
    const rows = indicatorRows(data);
    const named = rows.filter(({ row }) => row.level3);
    const scored = rows.some(({ row }) => row.score !== undefined);
    if (data.totalScore === undefined && !scored) findings.push({ message: '表中没有任何得分（总分和各指标得分都为空）。', fields: ['totalScore'] });
    else if (data.totalScore === undefined) findings.push({ message: '各指标有得分，但总分一栏为空。', fields: ['totalScore'] });
    if (named.length > 0 && named.every(({ row }) => row.actual === undefined)) findings.push({ message: `${named.length} 个指标都没有填写实际完成值。`, fields: [`${named[0].path}.actual`] });
    findings.push(
      ...placeholderFindings([
        ['projectName', data.projectName],
        ['overallTarget.expected', data.overallTarget?.expected],
        ['overallTarget.actual', data.overallTarget?.actual],
        ['grade', data.grade],
        ...(data.problems ?? []).map((text, i) => [`problems.${i}`, text] as [string, unknown]),
        ...(data.measures ?? []).map((text, i) => [`measures.${i}`, text] as [string, unknown]),
        ...rows.flatMap(({ row, path }) => [[`${path}.level3`, row.level3], [`${path}.annualTarget`, row.annualTarget], [`${path}.actual`, row.actual]] as [string, unknown][]),
      ]),
    );
    return findings;
  },
};
