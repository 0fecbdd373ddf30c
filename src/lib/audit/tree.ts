/** Walking score trees: every node with its path, so findings can point at the field. */
import type { ScoreNode } from '../../schemas/score-tree.ts';

export interface PlacedNode {
  node: ScoreNode;
  /** English path, e.g. "score.tree.0.children.2". */
  path: string;
  depth: number;
}

export function placeNodes(nodes: ScoreNode[] | undefined, base: string, depth = 0): PlacedNode[] {
  return (nodes ?? []).flatMap((node, i) => {
    const path = `${base}.${i}`;
    return [{ node, path, depth }, ...placeNodes(node.children, `${path}.children`, depth + 1)];
  });
}

/** The score trees a disclosure holds, with their Chinese names. */
export function scoreTrees(data: unknown): { base: string; name: string; nodes: ScoreNode[] }[] {
  const score = (data as { score?: { tree?: ScoreNode[]; supplementary?: ScoreNode[] } }).score;
  return [
    ...(score?.tree ? [{ base: 'score.tree', name: '评分指标体系', nodes: score.tree }] : []),
    ...(score?.supplementary ? [{ base: 'score.supplementary', name: '专项评分', nodes: score.supplementary }] : []),
  ];
}
