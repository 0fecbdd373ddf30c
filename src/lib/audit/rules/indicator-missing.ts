import { indicatorRows } from '../indicators.ts';
import type { Rule } from '../types.ts';

/** A category the form lists (成本指标, 生态效益指标 …) with no indicator under it. */
export const indicatorMissing: Rule = {
  id: 'indicator.missing',
  severity: 'warning',
  title: '指标类别下未设置具体指标',
  description: '绩效指标表列出了某一类别（如成本指标、生态效益指标），但其下没有具体的三级指标时提示。',
  source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）附件：产出指标含数量、质量、时效、成本指标，效益指标含经济、社会、生态效益和可持续影响指标。',
  check({ disclosure }) {
    return indicatorRows(disclosure.data).flatMap(({ row, path }) => {
      if (row.level3) return [];
      return [{ message: `“${[row.level1, row.level2].filter(Boolean).join(' › ')}”下没有设置具体指标。`, fields: [`${path}.${row.level2 ? 'level2' : 'level1'}`] }];
    });
  },
};
