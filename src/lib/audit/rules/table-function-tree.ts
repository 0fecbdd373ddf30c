import { rowName, tableCell, tablesOf, tableSum } from '../table-cells.ts';
import type { Rule } from '../types.ts';

const isTotal = (item: string) => /^(合计|总计|本年(收入|支出)合计)$/.test(item.replace(/\s+/g, ''));

/**
 * In a table by 科目 (功能分类 类/款/项, 经济分类 类/款): each 类 is the sum of its 款 and
 * each 款 of its 项, column by column; the 合计 row is the sum of the 类.
 */
export const tableFunctionTree: Rule = {
  id: 'table.function-tree',
  severity: 'error',
  title: '公开表中类等于所含款之和、款等于所含项之和',
  description: '按科目编码列出的公开表（功能分类到项、经济分类到款）中，每个类的金额应等于其下各款之和，每个款应等于其下各项之和，合计行应等于各类之和；逐栏核对，空白单元格不计。',
  source: '《预算法实施条例》第六条：部门预算、决算支出按其功能分类应当公开到项，按其经济性质分类，基本支出应当公开到款。',
  check({ disclosure }, use) {
    return tablesOf(disclosure.data).flatMap((t) => {
      const rows = t.table.rows;
      const coded = rows.map((row, r) => ({ row, r })).filter(({ row }) => row.code && /^\d+$/.test(row.code));
      if (coded.length < 2) return [];
      const lengths = [...new Set(coded.map(({ row }) => row.code!.length))].sort((a, b) => a - b);
      const childrenOf = (code: string | undefined) => {
        const below = coded.filter(({ row }) => (code === undefined || row.code!.startsWith(code)) && row.code!.length > (code?.length ?? 0));
        const next = Math.min(...below.map(({ row }) => row.code!.length));
        return below.filter(({ row }) => row.code!.length === next);
      };
      const parents = [
        ...rows.flatMap((row, r) => (!row.code && isTotal(row.item) && !row.side ? [{ r, children: childrenOf(undefined), name: `“${row.item}”` }] : [])),
        ...coded.filter(({ row }) => row.code!.length < lengths.at(-1)!).map(({ row, r }) => ({ r, children: childrenOf(row.code), name: `“${rowName(row)}”` })),
      ];
      return parents.flatMap(({ r, children, name }) =>
        children.length
          ? (t.table.columns ?? Object.keys(rows[r].values)).flatMap((column) => {
              const total = tableCell(t, r, column, use, `${name}的“${column}”`);
              return total ? tableSum(t.table, total, children.map((child) => tableCell(t, child.r, column, use))) : [];
            })
          : [],
      );
    });
  },
};
