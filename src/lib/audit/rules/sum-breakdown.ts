import { type Money, equals, sum } from '../../money.ts';
import { amountField, inUnit } from '../fields.ts';
import { sumMessage } from '../sum-rule.ts';
import type { Rule } from '../types.ts';

/** A stated total with its listed items ("涉及资金2,715.43万元，其中：…"). */
export const sumBreakdown: Rule = {
  id: 'sum.breakdown',
  severity: 'error',
  title: '所列分项之和等于所述合计',
  description: '原文给出一个合计并逐项列出其构成（“其中：…”）时，各分项之和应等于合计。',
  source: '算术恒等式；原文自身的表述。',
  check({ disclosure }, use) {
    const data = disclosure.data as { breakdowns?: { label: string; total?: string; items: { label: string; amount: string }[] }[] };
    return (data.breakdowns ?? []).flatMap((breakdown, b) => {
      const total = amountField(data, `breakdowns.${b}.total`, use);
      if (!total) return [];
      const items = breakdown.items.map((item, i) => ({ name: item.label, money: amountField(data, `breakdowns.${b}.items.${i}.amount`, use) as Money }));
      const computed = sum(items.map((i) => inUnit(i.money, total.unit)));
      if (equals(computed, inUnit(total, total.unit))) return [];
      return [{ message: sumMessage(items, { name: breakdown.label, money: total }, computed), fields: [`breakdowns.${b}.total`, ...items.map((_, i) => `breakdowns.${b}.items.${i}.amount`)] }];
    });
  },
};
