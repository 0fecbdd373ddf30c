import { equals, sum } from '../../money.ts';
import { amountField, inUnit, showInUnitOf, showMoney, trimZeros } from '../fields.ts';
import type { Rule } from '../types.ts';

/** The budget in the year's 绩效目标表 vs the budget the year's 自评报告 reports. */
export const crossTargetsVsEvaluation: Rule = {
  id: 'cross.targets-vs-evaluation',
  severity: 'warning',
  title: '绩效目标表的预算与自评报告的预算一致',
  description: '同一部门同一年度同时有部门整体支出绩效目标和自评报告时，目标表的部门预算支出（基本支出 + 项目支出 + 其他事业发展性支出）与自评报告所述年初预算（未列年初预算时用全年预算）应一致；不一致多因年中调整，作为提示列出。',
  source: '同一部门、年度的两份公开互相核对。',
  check({ disclosure, find }, use) {
    const data = disclosure.data;
    if (data.kind !== 'self-evaluation') return [];
    const targets = find(data.department, data.fiscalYear, 'performance-targets');
    if (!targets || targets.data.kind !== 'performance-targets') return [];
    const budgetPath = data.budget?.initial ? 'budget.initial' : 'budget.total';
    const budget = amountField(data, budgetPath, use);
    const noop = () => {};
    const parts = (['spending.basic', 'spending.project', 'developmentSpending.other'] as const).flatMap((p) => {
      const m = amountField(targets.data, p, noop);
      return m ? [m] : [];
    });
    if (!budget || parts.length < 2) return [];
    const planned = sum(parts.map((m) => inUnit(m, budget.unit)));
    if (equals(planned, inUnit(budget, budget.unit))) return [];
    return [{ message: `${targets.id} 的绩效目标表列出部门预算支出合计 ${showInUnitOf(trimZeros(planned, budget.value.scale), budget.unit)}，而本报告的预算是 ${showMoney(budget)}。差异可能来自年中预算调整，请核对口径。`, fields: [budgetPath] }];
  },
};
