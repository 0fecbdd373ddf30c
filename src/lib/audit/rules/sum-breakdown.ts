import { checkListedSum } from '../sum-rule.ts';
import type { Rule } from '../types.ts';

/** A stated total with its listed items ("涉及资金2,715.43万元，其中：…"). */
export const sumBreakdown: Rule = {
  id: 'sum.breakdown',
  severity: 'error',
  title: '所列分项之和等于所述合计',
  description: '原文给出一个合计并逐项列出其构成（“其中：…”）时，各分项之和应等于合计。',
  source: '算术恒等式；原文自身的表述。',
  check({ disclosure }, use) {
    const data = disclosure.data as { breakdowns?: { label: string; total?: string; items: { label: string }[] }[] };
    return (data.breakdowns ?? []).flatMap((breakdown, b) =>
      checkListedSum(data, use, { path: `breakdowns.${b}.total`, name: breakdown.label }, breakdown.items.map((item, i) => ({ path: `breakdowns.${b}.items.${i}.amount`, name: item.label }))),
    );
  },
};
