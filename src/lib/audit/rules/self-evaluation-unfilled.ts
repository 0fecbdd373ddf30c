import { indicatorRows } from '../indicators.ts';
import { placeholderFindings } from '../placeholder.ts';
import { scoreTrees, placeNodes } from '../tree.ts';
import type { Rule } from '../types.ts';

/** A 部门整体支出绩效自评表 (or report) left unfilled: 分值 printed and no 得分, no actual at all, or template text. */
export const selfEvaluationUnfilled: Rule = {
  id: 'self-evaluation.unfilled',
  severity: 'warning',
  title: '部门整体支出绩效自评表未填完整',
  description: '部门整体支出绩效自评表（或自评报告）列了指标分值却没有任何得分、所有指标都没有实际完成值，或仍留有模板文字（如“请填写”“XX”、自评等级仍是“优/良/中/差”）时提示。这样的表在公开质量指数中记为“未填写/不完整”，不给总分。',
  source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）；各地部门整体支出绩效自评表式。',
  check({ disclosure }) {
    const data = disclosure.data;
    if (data.kind !== 'self-evaluation') return [];
    const findings: { message: string; fields: string[] }[] = [];
    const rows = indicatorRows(data);
    const named = rows.filter(({ row }) => row.level3);
    const nodes = scoreTrees(data).flatMap((tree) => placeNodes(tree.nodes, tree.base));
    const score = data.score;
    const anyScore = score?.selfScore !== undefined || score?.total !== undefined || nodes.some(({ node }) => node.score !== undefined) || rows.some(({ row }) => row.score !== undefined);
    // A report may leave scores out (the quality index withholds points for that); a form that prints 分值 and no 得分 was not filled in.
    const hasScoreColumn = rows.some(({ row }) => row.maxScore !== undefined) || nodes.some(({ node }) => node.maxScore !== undefined);
    if (hasScoreColumn && !anyScore) findings.push({ message: '表中没有任何得分（自评分和各指标得分都为空）。', fields: [named.length ? `${named[0].path}.score` : 'score'] });
    if (named.length > 0 && named.every(({ row }) => row.actual === undefined)) findings.push({ message: `${named.length} 个指标都没有填写实际完成值。`, fields: [`${named[0].path}.actual`] });
    findings.push(
      ...placeholderFindings([
        ['score.grade', score?.grade],
        ['score.reviewGrade', score?.reviewGrade],
        ...(data.problems ?? []).map((text, i) => [`problems.${i}`, text] as [string, unknown]),
        ...(data.measures ?? []).map((text, i) => [`measures.${i}`, text] as [string, unknown]),
        ...nodes.map(({ node, path }) => [`${path}.name`, node.name] as [string, unknown]),
        ...rows.flatMap(({ row, path }) => [[`${path}.level3`, row.level3], [`${path}.annualTarget`, row.annualTarget], [`${path}.actual`, row.actual]] as [string, unknown][]),
      ]),
    );
    return findings;
  },
};
