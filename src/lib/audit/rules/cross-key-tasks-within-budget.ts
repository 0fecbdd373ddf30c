import { compare, sum } from '../../money.ts';
import { amountField, inUnit, showInUnitOf, trimZeros } from '../fields.ts';
import type { Rule } from '../types.ts';

/**
 * The money planned for key and other tasks should fit in the department's budget.
 * The two are often published in different units (seed 002: tasks in 元, budget in 万元),
 * so this also proves the units were normalised before comparing.
 */
export const crossKeyTasksWithinBudget: Rule = {
  id: 'cross.key-tasks-within-budget',
  severity: 'warning',
  title: '重点工作任务资金不超过部门预算',
  description: '绩效目标表中年度重点工作任务和其他任务拟投入资金之和，不应超过部门预算支出（基本支出 + 项目支出 + 其他事业发展性支出）。两者单位常不同（任务以元计，预算以万元计），换算后比较。',
  source: '同一张绩效目标表内的数字互相核对；单位按 1 万元 = 10,000 元换算。',
  check({ disclosure }, use) {
    const data = disclosure.data;
    if (data.kind !== 'performance-targets') return [];
    const tasks = [...(data.keyTasks ?? []).map((t, i) => ({ t, path: `keyTasks.${i}.amount` })), ...(data.otherTasks ?? []).map((t, i) => ({ t, path: `otherTasks.${i}.amount` }))].filter(({ t }) => t.amount);
    const noop = () => {};
    const budgetParts = (['spending.basic', 'spending.project', 'developmentSpending.other'] as const).filter((p) => amountField(data, p, noop));
    if (tasks.length === 0 || budgetParts.length === 0) return [];
    const budget = sum(budgetParts.map((p) => inUnit(amountField(data, p, use)!, '万元')));
    const planned = sum(tasks.map(({ path }) => inUnit(amountField(data, path, use)!, '万元')));
    if (compare(planned, budget) <= 0) return [];
    return [{ message: `重点工作任务和其他任务拟投入资金合计 ${showInUnitOf(trimZeros(planned, 2), '万元')}（按 1 万元 = 10,000 元换算），超过了部门预算支出 ${showInUnitOf(trimZeros(budget, 2), '万元')}。请核对金额单位是元还是万元。`, fields: tasks.map((t) => t.path) }];
  },
};
