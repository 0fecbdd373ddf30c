import { tableCell, tablesOf, tableSum } from '../table-cells.ts';
import type { Rule } from '../types.ts';

const bare = (item: string) => item.replace(/\s+/g, '');
/** Numbering levels of a row's item: 一、 above 1. above （1）. */
const level = (item: string) => (/^[一二三四五六七八九十]+、/.test(bare(item)) ? 1 : /^\d+[.．、]/.test(bare(item)) ? 2 : /^[（(][\d一二三四五六七八九十]+[)）]/.test(bare(item)) ? 3 : 0);
const isSubtotal = (item: string) => /^(本年)?(收入|支出)?合计$/.test(bare(item));
const isGrandTotal = (item: string) => /^(收入|支出)?总计$/.test(bare(item));

/**
 * The rows of a table without codes, side by side (收入, 支出): the numbered rows (一、二、…
 * or 1. 2. …) add up to the 合计 row next to them, and a numbered row to the （1）（2） rows
 * under it; the 总计 is the 合计 plus the rows between them (上年结转, 年末结转和结余 …); and
 * the 收入 side's 总计 equals the 支出 side's.
 */
export const tableListedRows: Rule = {
  id: 'table.listed-rows',
  severity: 'error',
  title: '公开表中各行之和等于合计、总计，收入总计等于支出总计',
  description: '收支总表等按项目列出的公开表中（收入栏、支出栏分别核对），编号的各行（一、二、……或 1. 2. ……）之和应等于相邻的合计行，编号行应等于其下（1）（2）各行之和；总计应等于合计加上其间各行（上年结转、使用非财政拨款结余、年末结转和结余等）；收入栏总计应等于支出栏总计。空白单元格不计。',
  source: '部门预算、决算公开表的表式（财预〔2016〕143号附表；部门决算公开01表“收入支出决算总表”的行次关系）。',
  check({ disclosure }, use) {
    return tablesOf(disclosure.data).flatMap((t) => {
      const findings: { message: string; fields: string[] }[] = [];
      const all = t.table.rows.map((row, r) => ({ row, r })).filter(({ row }) => !row.code);
      const sides = [...new Set(all.map(({ row }) => row.side))];
      const grandTotals: { r: number; column: string; name: string }[] = [];
      for (const side of sides) {
        const rows = all.filter(({ row }) => row.side === side);
        const sumRows = (target: number, parts: number[]) => {
          for (const column of Object.keys(rows[target].row.values)) {
            const total = tableCell(t, rows[target].r, column, use, `“${rows[target].row.item}”的“${column}”`);
            if (total) findings.push(...tableSum(t.table, total, parts.map((i) => tableCell(t, rows[i].r, column, use, `“${rows[i].row.item}”`))));
          }
        };
        rows.forEach(({ row }, i) => {
          if (isSubtotal(row.item)) {
            // The numbered rows next to it: before it, or after it where the 合计 comes first.
            const run = (step: number) => {
              const out: number[] = [];
              for (let k = i + step; k >= 0 && k < rows.length && level(rows[k].row.item) > 0; k += step) out.push(k);
              return out;
            };
            const near = run(-1).length ? run(-1) : run(1);
            const top = Math.min(...near.map((k) => level(rows[k].row.item)));
            if (near.length) sumRows(i, near.filter((k) => level(rows[k].row.item) === top));
          }
          const own = level(row.item);
          if (own > 0 && own < 3) {
            const children: number[] = [];
            for (let k = i + 1; k < rows.length && level(rows[k].row.item) > own; k++) if (level(rows[k].row.item) === own + 1) children.push(k);
            if (children.length) sumRows(i, children);
          }
          if (isGrandTotal(row.item)) {
            let k = i - 1;
            while (k >= 0 && !isSubtotal(rows[k].row.item) && level(rows[k].row.item) === 0) k--;
            if (k >= 0 && isSubtotal(rows[k].row.item)) sumRows(i, Array.from({ length: i - k }, (_, n) => k + n));
            const first = (t.table.columns ?? Object.keys(row.values)).find((c) => row.values[c] !== undefined);
            if (first) grandTotals.push({ r: rows[i].r, column: first, name: `${side ?? ''}“${row.item}”` });
          }
        });
      }
      if (sides.length === 2 && grandTotals.length === 2) {
        const [income, spending] = grandTotals.map((g) => tableCell(t, g.r, g.column, use, g.name)!);
        findings.push(...tableSum(t.table, income, [spending]));
      }
      return findings;
    });
  },
};
