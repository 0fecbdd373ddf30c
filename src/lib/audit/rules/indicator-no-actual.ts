import { indicatorRows } from '../indicators.ts';
import type { Rule } from '../types.ts';

/** In a self-evaluation, a target reported without its actual value. */
export const indicatorNoActual: Rule = {
  id: 'indicator.no-actual',
  severity: 'warning',
  title: '自评中指标未列实际完成值',
  description: '自评报告或项目自评表中，列出的指标没有实际完成值时提示：无法判断目标是否完成。',
  source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）附件：绩效指标须列“实际完成值”。',
  check({ disclosure }) {
    const kind = disclosure.data.kind;
    if (kind !== 'self-evaluation' && kind !== 'project-evaluation') return [];
    return indicatorRows(disclosure.data).flatMap(({ row, path }) => {
      if (!row.level3 || row.actual !== undefined) return [];
      return [{ message: `指标“${row.level3}”没有列出实际完成值。`, fields: [`${path}.level3`] }];
    });
  },
};
