import { columnOf, figureAt, mustAgree, onlyColumn, sideRowIndex, tableOfKind, totalRowIndex } from '../cross-table.ts';
import type { Rule } from '../types.ts';

/** A 收入总表 column of money brought forward, which its 合计 includes (预算: 上年结转). */
const CARRIED = /^(上年结转|年初结转和结余|上年结转结余|上年结转和结余|年初结转结余)/;

/**
 * 收支总表 (公开01表) against 收入总表 (公开02表): the income table's 合计 equals the
 * summary's 本年收入合计, or its 收入总计 where the income table has a 上年结转 column
 * (the budget templates count what is brought forward in the 收入总表's 合计).
 */
export const tableSummaryVsIncome: Rule = {
  id: 'table.summary-vs-income',
  severity: 'error',
  title: '收入总表的合计与收支总表一致',
  description: '收入总表“合计”行的合计栏，应等于收支总表收入栏的“本年收入合计”；收入总表另列“上年结转”（年初结转和结余）栏时，其合计含结转，应等于收支总表的“收入总计”。两表单位不同时精确换算后比较；任一边空白时不核对。',
  source: '部门预算、决算公开表的表式（财预〔2016〕143号附表；部门决算公开01表、02表）：收入总表按科目列出收支总表的收入。',
  check({ disclosure }, use) {
    const summary = tableOfKind(disclosure.data, 'summary');
    const income = tableOfKind(disclosure.data, 'income');
    if (!summary || !income) return [];
    const totalColumn = columnOf(income.table);
    const r = totalRowIndex(income.table);
    if (!totalColumn || r < 0) return [];
    const withCarried = !/^本年/.test(totalColumn) && (income.table.columns ?? []).some((c) => CARRIED.test(c));
    const s = sideRowIndex(summary.table, '收入', withCarried ? /^(收入)?总计$/ : /^本年收入合计$|^收入合计$/);
    const column = onlyColumn(summary.table.rows[s]);
    if (s < 0 || !column) return [];
    const stated = figureAt(income, r, totalColumn, () => {});
    const summed = figureAt(summary, s, column, () => {}, `收入栏“${summary.table.rows[s].item}”`);
    if (!stated || !summed) return [];
    use(stated.path);
    use(summed.path);
    return mustAgree(stated, summed);
  },
};
