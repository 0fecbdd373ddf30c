import { indicatorRows } from '../indicators.ts';
import { placeholderFindings } from '../placeholder.ts';
import type { Rule } from '../types.ts';

/** A 绩效目标表 left unfilled: indicators without any target value, tasks without money, or template text. */
export const performanceTargetsUnfilled: Rule = {
  id: 'performance-targets.unfilled',
  severity: 'warning',
  title: '绩效目标表未填完整',
  description: '部门整体支出绩效目标表列了指标却都没有填写指标值、重点工作任务都没有填写拟投入资金，或仍留有模板文字（如“请填写”“XX”、“是/否”未选）时提示。这样的表在公开质量指数中记为“未填写/不完整”，不给总分。',
  source: '《关于全面实施预算绩效管理的意见》（中发〔2018〕34号）；部门整体支出绩效目标表式。',
  check({ disclosure }) {
    const data = disclosure.data;
    if (data.kind !== 'performance-targets') return [];
    const findings: { message: string; fields: string[] }[] = [];
    const named = indicatorRows(data).filter(({ row }) => row.level3);
    if (named.length > 0 && named.every(({ row }) => row.annualTarget === undefined && row.periodTarget === undefined)) findings.push({ message: `${named.length} 个指标都没有填写指标值（实施周期指标值和年度指标值都为空）。`, fields: [`${named[0].path}.annualTarget`] });
    const tasks = data.keyTasks ?? [];
    if (tasks.length > 0 && tasks.every((t) => t.amount === undefined)) findings.push({ message: `${tasks.length} 项重点工作任务都没有填写拟投入的资金。`, fields: ['keyTasks.0.amount'] });
    findings.push(
      ...placeholderFindings([
        ...(data.overallTargets ?? []).map((text, i) => [`overallTargets.${i}`, text] as [string, unknown]),
        ...tasks.map((t, i) => [`keyTasks.${i}.name`, t.name] as [string, unknown]),
        ...(data.otherTasks ?? []).map((t, i) => [`otherTasks.${i}.name`, t.name] as [string, unknown]),
        ...named.flatMap(({ row, path }) => [[`${path}.level3`, row.level3], [`${path}.periodTarget`, row.periodTarget], [`${path}.annualTarget`, row.annualTarget]] as [string, unknown][]),
      ]),
    );
    return findings;
  },
};
