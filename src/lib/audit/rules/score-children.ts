import { decimal, equals, sum, toPlainString } from '../../money.ts';
import { placeNodes, scoreTrees } from '../tree.ts';
import type { Rule } from '../types.ts';

/** A parent's score (and full mark) equals the sum of its children's, where all are stated. */
export const scoreChildren: Rule = {
  id: 'score.children',
  severity: 'error',
  title: '上级指标得分等于下级指标得分之和',
  description: '评分表中，一个指标及其全部下级指标都列出得分（或分值）时，下级之和应等于上级。',
  source: '评分表的算术结构；各地部门整体支出绩效评价指标体系。',
  check({ disclosure }, use) {
    return scoreTrees(disclosure.data).flatMap((tree) =>
      placeNodes(tree.nodes, tree.base).flatMap(({ node, path }) => {
        if (!node.children) return [];
        return (['score', 'maxScore'] as const).flatMap((key) => {
          const label = key === 'score' ? '得分' : '分值';
          if (node[key] === undefined || node.children!.some((c) => c[key] === undefined)) return [];
          use(`${path}.${key}`);
          node.children!.forEach((_, i) => use(`${path}.children.${i}.${key}`));
          const total = sum(node.children!.map((c) => decimal(c[key]!)));
          if (equals(total, decimal(node[key]!))) return [];
          const expression = node.children!.map((c) => `${c.name} ${c[key]}`).join(' + ');
          return [{ message: `“${node.name}”的${label}是 ${node[key]}，但下级指标 ${expression} = ${toPlainString(total)}。`, fields: [`${path}.${key}`, ...node.children!.map((_, i) => `${path}.children.${i}.${key}`)] }];
        });
      }),
    );
  },
};
