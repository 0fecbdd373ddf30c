import { add, decimal, equals, sum, toPlainString } from '../../money.ts';
import type { ScoreNode } from '../../../schemas/score-tree.ts';
import type { Rule } from '../types.ts';

/** Leaves of a tree with their paths (used when parents' scores are not stated). */
function scoredLeaves(nodes: ScoreNode[], base: string): { node: ScoreNode; path: string }[] {
  return nodes.flatMap((node, i) => (node.children ? scoredLeaves(node.children, `${base}.${i}.children`) : [{ node, path: `${base}.${i}` }]));
}

/**
 * 自评分 = Σ 一级指标得分 (or Σ 三级 where parents are not stated); 自评分 + 加分 = 合计.
 * Seed 000: 94.34 + 10 = 104.34, with 94.34 = 20 + 20 + 9.31 + 2 + 6.48 + 3 + 12.5 + 4.25 + 14 + 2.8.
 */
export const scoreTotal: Rule = {
  id: 'score.total',
  severity: 'error',
  title: '自评分等于各指标得分之和，加上加分等于合计',
  description: '自评分应等于一级指标得分之和（一级指标未列得分时，用最下级指标得分之和）；列出加分时，自评分加加分应等于合计得分。未列自评分而只列合计且无加分时，合计应等于各指标得分之和。',
  source: '部门整体支出绩效评价指标评分表；原文“自评分…，加分项加…，合计…”的表述。',
  check({ disclosure }, use) {
    const data = disclosure.data;
    if (data.kind !== 'self-evaluation' || !data.score) return [];
    const score = data.score;
    const findings: { message: string; fields: string[] }[] = [];
    const basePath = score.selfScore !== undefined ? 'score.selfScore' : score.bonus === undefined && score.total !== undefined ? 'score.total' : undefined;
    const base = basePath === 'score.selfScore' ? score.selfScore : basePath ? score.total : undefined;
    if (basePath && base !== undefined && score.tree) {
      const firstLevel = score.tree.every((n) => n.score !== undefined) ? score.tree.map((node, i) => ({ node, path: `score.tree.${i}` })) : undefined;
      const leaves = scoredLeaves(score.tree, 'score.tree');
      const parts = firstLevel ?? (leaves.every((l) => l.node.score !== undefined) ? leaves : undefined);
      if (parts) {
        use(basePath);
        parts.forEach((p) => use(`${p.path}.score`));
        const total = sum(parts.map((p) => decimal(p.node.score!)));
        if (!equals(total, decimal(base)))
          findings.push({ message: `各指标得分 ${parts.map((p) => `${p.node.name} ${p.node.score}`).join(' + ')} = ${toPlainString(total)}，但${basePath === 'score.selfScore' ? '自评分' : '合计得分'}是 ${base}。`, fields: [basePath, ...parts.map((p) => `${p.path}.score`)] });
      }
    }
    if (score.selfScore !== undefined && score.bonus !== undefined && score.total !== undefined) {
      use('score.selfScore');
      use('score.bonus');
      use('score.total');
      const total = add(decimal(score.selfScore), decimal(score.bonus));
      if (!equals(total, decimal(score.total)))
        findings.push({ message: `自评分 ${score.selfScore} + 加分 ${score.bonus} = ${toPlainString(total)}，但合计是 ${score.total}。`, fields: ['score.total', 'score.selfScore', 'score.bonus'] });
    }
    return findings;
  },
};
