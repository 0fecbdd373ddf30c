import { columnOf, figureAt, mustAgree, onlyColumn, sideRowIndex, tableOfKind, totalRowIndex } from '../cross-table.ts';
import type { Rule } from '../types.ts';

/** 收支总表 (公开01表) against 支出总表 (公开03表): the spending table's 合计 equals the summary's 本年支出合计. */
export const tableSummaryVsSpending: Rule = {
  id: 'table.summary-vs-spending',
  severity: 'error',
  title: '支出总表的合计与收支总表一致',
  description: '支出总表“合计”行的合计栏，应等于收支总表支出栏的“本年支出合计”（不含年末结转和结余）。两表单位不同时精确换算后比较；任一边空白时不核对。',
  source: '部门预算、决算公开表的表式（财预〔2016〕143号附表；部门决算公开01表、03表）：支出总表按科目列出收支总表的本年支出。',
  check({ disclosure }, use) {
    const summary = tableOfKind(disclosure.data, 'summary');
    const spending = tableOfKind(disclosure.data, 'spending');
    if (!summary || !spending) return [];
    const totalColumn = columnOf(spending.table);
    const r = totalRowIndex(spending.table);
    const s = sideRowIndex(summary.table, '支出', /^本年支出合计$|^支出合计$/);
    const column = onlyColumn(summary.table.rows[s]);
    if (!totalColumn || r < 0 || s < 0 || !column) return [];
    const stated = figureAt(spending, r, totalColumn, () => {});
    const summed = figureAt(summary, s, column, () => {}, `支出栏“${summary.table.rows[s].item}”`);
    if (!stated || !summed) return [];
    use(stated.path);
    use(summed.path);
    return mustAgree(stated, summed);
  },
};
