import { compare, decimal } from '../../money.ts';
import { placeNodes, scoreTrees } from '../tree.ts';
import type { Rule } from '../types.ts';

/** No score above its full mark: tree nodes, indicator rows, the 项目资金 row. */
export const scoreMax: Rule = {
  id: 'score.max',
  severity: 'error',
  title: '得分不超过分值',
  description: '每个指标的得分不应超过其分值（满分）。',
  source: '评分表的定义。',
  check({ disclosure }, use) {
    const data = disclosure.data as { indicators?: { level3?: string; maxScore?: number; score?: number }[]; funds?: { label: string; maxScore?: number; score?: number }[] };
    const rows = [
      ...scoreTrees(data).flatMap((tree) => placeNodes(tree.nodes, tree.base).map(({ node, path }) => ({ name: node.name, maxScore: node.maxScore, score: node.score, path }))),
      ...(data.indicators ?? []).map((row, i) => ({ name: row.level3 ?? `第 ${i + 1} 个指标`, maxScore: row.maxScore, score: row.score, path: `indicators.${i}` })),
      ...(disclosure.data.kind === 'project-evaluation' ? (data.funds ?? []).map((row, i) => ({ name: `${row.label}（预算执行率）`, maxScore: row.maxScore, score: row.score, path: `funds.${i}` })) : []),
    ];
    return rows.flatMap((row) => {
      if (row.maxScore === undefined || row.score === undefined) return [];
      use(`${row.path}.score`);
      use(`${row.path}.maxScore`);
      if (compare(decimal(row.score), decimal(row.maxScore)) <= 0) return [];
      return [{ message: `“${row.name}”得分 ${row.score} 超过了分值 ${row.maxScore}。`, fields: [`${row.path}.score`, `${row.path}.maxScore`] }];
    });
  },
};
