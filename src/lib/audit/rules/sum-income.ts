import { sumRule } from '../sum-rule.ts';

/** 本年收入合计 = the income rows 一 to 八 of 收入支出决算总表. */
export const sumIncome = sumRule({
  id: 'sum.income',
  title: '收入合计等于各项收入之和',
  description: '本年收入合计应等于一般公共预算财政拨款、政府性基金预算财政拨款、国有资本经营预算财政拨款、上级补助、事业、经营、附属单位上缴、其他收入（部门预算还有财政专户管理资金收入）之和。列出两项以上收入来源时核对；列出的来源须完整。',
  source: '部门决算公开01表“收入支出决算总表”收入栏第一至八项。',
  total: ['income.total', '收入合计'],
  parts: [
    ['income.generalPublic', '一般公共预算财政拨款收入'],
    ['income.governmentFund', '政府性基金预算财政拨款收入'],
    ['income.stateCapital', '国有资本经营预算财政拨款收入'],
    ['income.superiorSubsidy', '上级补助收入'],
    ['income.business', '事业收入'],
    ['income.operating', '经营收入'],
    ['income.subordinateRemittance', '附属单位上缴收入'],
    ['income.other', '其他收入'],
    ['income.specialAccount', '财政专户管理资金收入'],
  ],
});
