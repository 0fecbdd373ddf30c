import { parseTarget } from '../../standards/target.ts';
import { indicatorRows } from '../indicators.ts';
import type { Rule } from '../types.ts';

/** An indicator whose target has no number (是 / 长期 / 较好): it cannot be measured. */
export const indicatorUnquantified: Rule = {
  id: 'indicator.unquantified',
  severity: 'warning',
  title: '绩效指标未量化',
  description: '绩效指标的目标值没有数字（如“是”“长期”“较好”）时提示：定性指标难以衡量完成情况。国家要求绩效目标尽量细化量化。',
  source: '《关于全面实施预算绩效管理的意见》（中发〔2018〕34号）：绩效目标要细化量化；《项目支出绩效评价管理办法》（财预〔2020〕10号）。',
  check({ disclosure }) {
    return indicatorRows(disclosure.data).flatMap(({ row, path }) => {
      if (!row.level3) return [];
      const target = row.annualTarget ?? row.periodTarget;
      if (target === undefined || parseTarget(target, row.unit).quantified) return [];
      return [{ message: `指标“${row.level3}”的目标值是“${target}”，没有可衡量的数字。`, fields: [`${path}.${row.annualTarget !== undefined ? 'annualTarget' : 'periodTarget'}`] }];
    });
  },
};
