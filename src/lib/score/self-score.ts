/** The self-evaluation score recomputed from its indicator tree, beside the reported one. */
import { decimal, equals, sum, toPlainString } from '../money.ts';
import type { ScoreNode } from '../../schemas/score-tree.ts';
import type { Disclosure } from '../../schemas/disclosure.ts';
import type { RecomputedScore } from './types.ts';

function leaves(nodes: ScoreNode[]): ScoreNode[] {
  return nodes.flatMap((n) => (n.children ? leaves(n.children) : [n]));
}

export function recomputeSelfScore(data: Disclosure): RecomputedScore | undefined {
  if (data.kind !== 'self-evaluation' || !data.score) return undefined;
  const { tree, selfScore, total, bonus } = data.score;
  const reportedValue = selfScore ?? (bonus === undefined ? total : undefined);
  const reported = reportedValue === undefined ? undefined : String(reportedValue);
  const scored = tree && tree.every((n) => n.score !== undefined) ? { nodes: tree, level: '一级指标' } : tree && leaves(tree).every((n) => n.score !== undefined) ? { nodes: leaves(tree), level: '最下级指标' } : undefined;
  if (!scored) {
    return { reported, bonus: bonus === undefined ? undefined : String(bonus), explanation: tree ? '评分表只列了指标名称、没有列出各指标得分，无法复算。' : '原文没有列出评分指标体系，无法复算。' };
  }
  const recomputed = sum(scored.nodes.map((n) => decimal(n.score!)));
  const matches = reported === undefined ? undefined : equals(recomputed, decimal(reported));
  return {
    reported,
    recomputed: toPlainString(recomputed),
    bonus: bonus === undefined ? undefined : String(bonus),
    matches,
    explanation: `${scored.level}得分相加：${scored.nodes.map((n) => `${n.name} ${n.score}`).join(' + ')} = ${toPlainString(recomputed)}${reported === undefined ? '。' : matches ? `，与报告的 ${reported} 分一致。` : `，与报告的 ${reported} 分不一致。`}`,
  };
}
