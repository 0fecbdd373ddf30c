import { rowName, tableCell, tablesOf, tableSum } from '../table-cells.ts';
import type { Rule } from '../types.ts';

const isTotalColumn = (column: string) => /(^|\/)(合计|小计)$|^(本年)?(收入|支出)合计$/.test(column);

/**
 * In each row of a standard table, a 合计 (or 小计) column is the sum of the columns beside
 * it under the same heading: 合计 = 基本支出 + 项目支出, 合计 = 人员经费 + 公用经费, "三公"
 * 合计 = 因公出国（境）费 + 公务用车购置及运行费小计 + 公务接待费, 小计 = 购置费 + 运行费.
 */
export const tableColumnTotal: Rule = {
  id: 'table.column-total',
  severity: 'error',
  title: '公开表中合计栏等于各分栏之和',
  description: '公开表每一行中，“合计”（或“小计”“本年收入合计”“本年支出合计”）栏应等于同一表头下其余各栏之和，如合计 = 基本支出 + 项目支出、基本支出合计 = 人员经费 + 公用经费；两层表头时，上栏的“小计”参与上一层的合计。“其中”栏和空白单元格不计。',
  source: '部门预算、决算公开表的表式（财预〔2016〕143号附表）；《预算法实施条例》第五条：基本支出包括人员经费和公用经费。',
  check({ disclosure }, use) {
    return tablesOf(disclosure.data).flatMap((t) => {
      const columns = t.table.columns ?? [];
      const parentOf = (column: string) => column.split('/').slice(0, -1).join('/');
      return t.table.rows.flatMap((row, r) =>
        columns.filter(isTotalColumn).flatMap((totalColumn) => {
          const total = tableCell(t, r, totalColumn, use, `“${rowName(row)}”的“${totalColumn}”`);
          if (!total) return [];
          const heading = parentOf(totalColumn);
          // The columns beside it under its heading; a sub-heading takes part by its own total column.
          const siblings = [...new Set(columns.filter((c) => c !== totalColumn && (heading ? c.startsWith(`${heading}/`) : true)).map((c) => c.split('/').slice(0, heading ? heading.split('/').length + 1 : 1).join('/')))];
          const parts = siblings
            .filter((s) => !/^其中/.test(s.split('/').at(-1)!) && !isTotalColumn(s))
            .map((s) => (columns.includes(s) ? s : columns.find((c) => parentOf(c) === s && isTotalColumn(c))))
            .filter((c): c is string => !!c && c !== totalColumn);
          if (!parts.length || parts.some((p) => p.startsWith(`${totalColumn}/`))) return [];
          return tableSum(t.table, total, parts.map((p) => tableCell(t, r, p, use, `“${p}”`)));
        }),
      );
    });
  },
};
