import { sumRule } from '../sum-rule.ts';

/** 基本支出 = 人员经费 + 公用经费. */
export const sumBasic = sumRule({
  id: 'sum.basic',
  title: '基本支出等于人员经费与公用经费之和',
  description: '基本支出应等于人员经费与公用经费之和。',
  source: '《预算法实施条例》第五条：基本支出包括人员经费和公用经费。',
  total: ['spending.basic', '基本支出'],
  parts: [
    ['spending.personnel', '人员经费'],
    ['spending.publicOperation', '公用经费'],
  ],
});
