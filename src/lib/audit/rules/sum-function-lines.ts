import { type Money, equals, sum } from '../../money.ts';
import { amountField, inUnit } from '../fields.ts';
import { sumMessage } from '../sum-rule.ts';
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
    if (!('byFunction' in data) || !data.byFunction?.length) return [];
    const total = amountField(data, 'spending.total', use);
    if (!total) return [];
    const lines = data.byFunction.map((line, i) => ({ name: line.name, money: amountField(data, `byFunction.${i}.amount`, use) as Money }));
    const computed = sum(lines.map((l) => inUnit(l.money, total.unit)));
    if (equals(computed, inUnit(total, total.unit))) return [];
    return [{ message: sumMessage(lines, { name: '支出合计', money: total }, computed), fields: ['spending.total', ...lines.map((_, i) => `byFunction.${i}.amount`)] }];
  },
};
