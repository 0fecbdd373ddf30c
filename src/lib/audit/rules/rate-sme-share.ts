import { rateMatches, toPlainString } from '../../money.ts';
import { amountField, inUnit, percentField, showMoney } from '../fields.ts';
import type { Rule } from '../types.ts';

/** 授予中小企业合同金额占政府采购支出总金额的比例. */
export const rateSmeShare: Rule = {
  id: 'rate.sme-share',
  severity: 'error',
  title: '中小企业合同占比与金额相符',
  description: '所述授予中小企业合同金额占政府采购支出总额的比例，应等于两者相除，按所述小数位四舍五入或截断后一致。',
  source: '《地方预决算公开操作规程》（财预〔2016〕143号）：决算须公开授予中小企业合同金额及其占比。',
  check({ disclosure }, use) {
    const data = disclosure.data;
    const noop = () => {};
    if (!percentField(data, 'procurement.smeShare', noop) || !amountField(data, 'procurement.sme', noop) || !amountField(data, 'procurement.total', noop)) return [];
    const stated = percentField(data, 'procurement.smeShare', use)!;
    const sme = amountField(data, 'procurement.sme', use)!;
    const total = amountField(data, 'procurement.total', use)!;
    const result = rateMatches(stated, inUnit(sme, sme.unit), inUnit(total, sme.unit));
    if (result.matches) return [];
    return [{ message: `中小企业合同金额 ${showMoney(sme)} ÷ 政府采购总额 ${showMoney(total)} = ${result.rounded ? `${toPlainString(result.rounded)}%` : '无法计算'}，但所述占比是 ${toPlainString(stated.value)}%。`, fields: ['procurement.smeShare', 'procurement.sme', 'procurement.total'] }];
  },
};
