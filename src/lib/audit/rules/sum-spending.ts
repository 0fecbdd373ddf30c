import { sumRule } from '../sum-rule.ts';

/** 支出合计 = 基本支出 + 项目支出 (+ 经营支出, 对附属单位补助支出, 上缴上级支出 where the form has them). */
export const sumSpending = sumRule({
  id: 'sum.spending',
  title: '支出合计等于各类支出之和',
  description: '支出合计（实际支出、执行数）应等于基本支出、项目支出以及表中列出的其他支出类别（经营支出、对附属单位补助支出、上缴上级支出）之和。',
  source: '《预算法实施条例》第五条（基本支出与项目支出）；部门决算公开表“收入支出决算总表”。',
  total: ['spending.total', '支出合计'],
  parts: [
    ['spending.basic', '基本支出'],
    ['spending.project', '项目支出'],
    ['spending.business', '经营支出'],
    ['spending.toSubordinate', '对附属单位补助支出'],
    ['spending.toSuperior', '上缴上级支出'],
  ],
  requiredParts: ['spending.basic', 'spending.project'],
});
