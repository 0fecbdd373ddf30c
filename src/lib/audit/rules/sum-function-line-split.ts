import { equals, sum } from '../../money.ts';
import { amountField, inUnit } from '../fields.ts';
import { sumMessage } from '../sum-rule.ts';
import type { Rule } from '../types.ts';

/** Each 功能分类 line: 合计 = 基本支出 + 项目支出 where both are given. */
export const sumFunctionLineSplit: Rule = {
  id: 'sum.function-line-split',
  severity: 'error',
  title: '各功能科目的基本支出与项目支出之和等于该科目合计',
  description: '某一功能科目同时列出基本支出和项目支出时，两者之和应等于该科目合计。',
  source: '部门预算/决算“一般公共预算支出表”的表式。',
  check({ disclosure }, use) {
    const data = disclosure.data;
    if (!('byFunction' in data) || !data.byFunction) return [];
    return data.byFunction.flatMap((line, i) => {
      if (!line.basic || !line.project) return [];
      const total = amountField(data, `byFunction.${i}.amount`, use)!;
      const parts = [
        { name: '基本支出', money: amountField(data, `byFunction.${i}.basic`, use)! },
        { name: '项目支出', money: amountField(data, `byFunction.${i}.project`, use)! },
      ];
      const computed = sum(parts.map((p) => inUnit(p.money, total.unit)));
      if (equals(computed, inUnit(total, total.unit))) return [];
      return [{ message: sumMessage(parts, { name: `“${line.name}”合计`, money: total }, computed), fields: [`byFunction.${i}.amount`, `byFunction.${i}.basic`, `byFunction.${i}.project`] }];
    });
  },
};
