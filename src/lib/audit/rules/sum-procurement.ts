import { sumRule } from '../sum-rule.ts';

/** 政府采购总额 = 货物 + 工程 + 服务. */
export const sumProcurement = sumRule({
  id: 'sum.procurement',
  title: '政府采购总额等于货物、工程、服务之和',
  description: '政府采购支出（预算）总额应等于货物、工程、服务三类采购金额之和。',
  source: '《地方预决算公开操作规程》（财预〔2016〕143号）：政府采购须公开总额和货物、工程、服务的金额。',
  total: ['procurement.total', '政府采购总额'],
  parts: [
    ['procurement.goods', '货物采购'],
    ['procurement.works', '工程采购'],
    ['procurement.services', '服务采购'],
  ],
  minimumParts: 3,
});
