import { abs, compare, equals, isZero, subtract } from '../../money.ts';
import { amountField, inUnit, showInUnitOf, showMoney, trimZeros } from '../fields.ts';
import type { Rule } from '../types.ts';

/**
 * A stated year-on-year change ("较2019年增加1,136.71万元") vs the previous year's
 * disclosure of the same body and kind, when both are in the repository and the entry
 * names the figure it compares (`field`). Also: the direction word matches the sign.
 */
export const crossYearOverYear: Rule = {
  id: 'cross.year-over-year',
  severity: 'error',
  title: '所述同比增减与上一年度公开相符',
  description: '文中写明“较上年增加/减少若干”并注明比较的是哪个数字时，若上一年度同类公开也在明账中，本年数减上年数应等于所述增减额，增减方向（增加、减少、持平）应与差额的正负一致。',
  source: '《预算法》第十四条要求对预算收支增减变化作出说明；算术恒等式：增减额 = 本期 − 上期。',
  check({ disclosure, find }, use) {
    const data = disclosure.data as { department: string; fiscalYear: number; kind: 'budget'; yearOverYear?: { item: string; field?: string; previousYear: number; direction: string; change?: string }[] };
    return (data.yearOverYear ?? []).flatMap((entry, i) => {
      if (!entry.field || !entry.change) return [];
      const previous = find(data.department, entry.previousYear, disclosure.data.kind);
      const noop = () => {};
      const before = previous && amountField(previous.data, entry.field, noop);
      const now = amountField(data, entry.field, noop);
      if (!before || !now) return [];
      const change = amountField(data, `yearOverYear.${i}.change`, use)!;
      use(entry.field);
      use(`yearOverYear.${i}.direction`);
      const difference = subtract(inUnit(now, change.unit), inUnit(before, change.unit));
      const direction = isZero(difference) ? '持平' : compare(difference, { units: 0n, scale: 0 }) > 0 ? '增加' : '减少';
      if (equals(abs(difference), inUnit(change, change.unit)) && direction === entry.direction) return [];
      return [{
        message: `${entry.item}：本年 ${showMoney(now)} − ${entry.previousYear}年（${previous!.id}）${showMoney(before)} = ${showInUnitOf(trimZeros(difference, change.value.scale), change.unit)}，即${direction} ${showInUnitOf(trimZeros(abs(difference), change.value.scale), change.unit)}；但文中写的是${entry.direction} ${showMoney(change)}。`,
        fields: [`yearOverYear.${i}.change`, entry.field, `yearOverYear.${i}.direction`],
      }];
    });
  },
};
