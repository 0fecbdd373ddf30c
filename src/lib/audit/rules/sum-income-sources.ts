import { equals, type Money, sum } from '../../money.ts';
import { amountField, inUnit, showInUnitOf, showMoney, trimZeros } from '../fields.ts';
import type { Rule } from '../types.ts';

/**
 * The 部门整体预算绩效目标表 template (Dongguan): 收入来源 (财政拨款 + 其他资金) =
 * 基本支出 + 项目支出 + 其他事业发展性支出. 基本 + 项目 alone falls short by exactly the
 * 其他事业发展性支出 (seed 002: 6,582.17 − 6,577.37 = 4.80).
 */
export const sumIncomeSources: Rule = {
  id: 'sum.income-sources',
  severity: 'error',
  title: '收入来源合计等于基本支出、项目支出与其他事业发展性支出之和',
  description: '部门整体预算绩效目标表中，收入来源（财政拨款与其他资金）之和应等于部门预算支出（基本支出与项目支出）加上其他事业发展性支出。',
  source: '东莞市部门整体预算绩效目标表的表式（明账按 2023 年公开表归纳）。',
  check({ disclosure }, use) {
    const data = disclosure.data;
    if (data.kind !== 'performance-targets') return [];
    const noop = () => {};
    const fiscal = amountField(data, 'income.fiscalAppropriation', noop);
    const basic = amountField(data, 'spending.basic', noop);
    const project = amountField(data, 'spending.project', noop);
    if (!fiscal || !basic || !project) return [];
    const sources = [
      { path: 'income.fiscalAppropriation', name: '财政拨款', money: amountField(data, 'income.fiscalAppropriation', use)! },
      ...(data.income?.other ? [{ path: 'income.other', name: '其他资金', money: amountField(data, 'income.other', use)! }] : []),
    ];
    const uses = [
      { path: 'spending.basic', name: '基本支出', money: amountField(data, 'spending.basic', use)! },
      { path: 'spending.project', name: '项目支出', money: amountField(data, 'spending.project', use)! },
      ...(data.developmentSpending?.other ? [{ path: 'developmentSpending.other', name: '其他事业发展性支出', money: amountField(data, 'developmentSpending.other', use)! }] : []),
    ];
    const unit: Money['unit'] = fiscal.unit;
    const income = sum(sources.map((s) => inUnit(s.money, unit)));
    const spending = sum(uses.map((u) => inUnit(u.money, unit)));
    if (equals(income, spending)) return [];
    const show = (list: typeof uses) => list.map((x) => `${x.name} ${showMoney(x.money)}`).join(' + ');
    return [{
      message: `收入来源 ${show(sources)} = ${showInUnitOf(trimZeros(income, fiscal.value.scale), unit)}，而 ${show(uses)} = ${showInUnitOf(trimZeros(spending, fiscal.value.scale), unit)}，两者不等。`,
      fields: [...sources, ...uses].map((x) => x.path),
    }];
  },
};
