import { checkListedSum } from '../sum-rule.ts';
import type { Rule } from '../types.ts';

/** The 功能分类 lines add up to 支出合计. */
export const sumFunctionLines: Rule = {
  id: 'sum.function-lines',
  severity: 'error',
  title: '按功能分类的支出之和等于支出合计',
  description: '按功能分类（到项）列出的各科目支出之和应等于支出合计。',
  source: '《预算法实施条例》第六条：部门预算、决算支出按其功能分类应当公开到项。',
  check({ disclosure }, use) {
    const data = disclosure.data;
    if (!('byFunction' in data) || !data.byFunction?.length || !('spending' in data) || !data.spending?.total) return [];
    return checkListedSum(data, use, { path: 'spending.total', name: '支出合计' }, data.byFunction.map((line, i) => ({ path: `byFunction.${i}.amount`, name: line.name })));
  },
};
