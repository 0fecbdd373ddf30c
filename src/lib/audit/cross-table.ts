/**
 * Reading one standard table's figure to compare it with another table's (公开01表 with
 * 02表, 05表 with 06表 …): the table of a kind, its 合计 row and total column, a side's
 * 本年合计 and 总计, and the comparison of two figures as published. Tables may be in
 * different units (元, 万元) and at different precision: the finer figure, converted
 * exactly, agrees with the coarser one when it rounds (half-up) or truncates to it.
 */
import { abs, compare, type Decimal, divide, equals, type Money, subtract, toYuan } from '../money.ts';
import { type FiscalTableKind, fiscalTableKind } from '../standards/fiscal-table-kinds.ts';
import { inUnit, showInUnitOf, showMoney, trimZeros } from './fields.ts';
import { type Table, tableCell, type TableRow, tableName, tablesOf } from './table-cells.ts';
import type { FieldUse } from './types.ts';

type IndexedTable = { table: Table; index: number };

/** A figure of one table: where it is, how a message names it, its amount in the table's unit. */
export interface TableFigure {
  path: string;
  /** "公开05表“一般公共预算支出表”“合计”行的“基本支出”" */
  name: string;
  money: Money;
}

/** The one table of a kind that has rows; none when there is none or more than one (which one is meant is not known). */
export function tableOfKind(data: unknown, kind: FiscalTableKind): IndexedTable | undefined {
  const found = tablesOf(data).filter((t) => fiscalTableKind(t.table.name) === kind && t.table.rows.length > 0);
  return found.length === 1 ? found[0] : undefined;
}

const bare = (text: string) => text.replace(/\s+/g, '');
const TOTAL = /^(合计|总计|本年(收入|支出)合计|(收入|支出)合计)$/;

/** The figure of a row under a column, named for a message; undefined for a blank cell. */
export function figureAt(t: IndexedTable, r: number, column: string, use: FieldUse, rowName = `“${t.table.rows[r].item}”行`): TableFigure | undefined {
  const cell = tableCell(t, r, column, use);
  return cell && { path: cell.path, name: `${tableName(t.table)}${rowName}的“${column}”`, money: { value: cell.value, unit: t.table.unit } };
}

/** The row of a table by 科目 that totals it (合计, 总计, 本年收入合计 …, without a code). */
export function totalRowIndex(table: Table): number {
  return table.rows.findIndex((row) => !row.code && !row.side && TOTAL.test(bare(row.item)));
}

/** The first column that totals the others (合计, 本年收入合计 …), or one named by `pattern`. */
export function columnOf(table: Table, pattern: RegExp = TOTAL): string | undefined {
  return (table.columns ?? [...new Set(table.rows.flatMap((row) => Object.keys(row.values)))]).find((c) => pattern.test(bare(c)));
}

/** A side's row of a two-sided table (收支总表) whose item matches. */
export function sideRowIndex(table: Table, side: TableRow['side'], item: RegExp): number {
  return table.rows.findIndex((row) => row.side === side && item.test(bare(row.item)));
}

/** The one figure a row of a two-sided table states (its 金额 or 预算数); none when it states several. */
export function onlyColumn(row: TableRow | undefined): string | undefined {
  const columns = Object.keys(row?.values ?? {});
  return columns.length === 1 ? columns[0] : undefined;
}

const ONE: Decimal = { units: 1n, scale: 0 };
/** How coarse a published figure is: the power of ten (in 元) of its last digit. */
const coarseness = (m: Money) => (m.unit === '万元' ? 4 : 0) - m.value.scale;

/**
 * −1, 0 or 1 as `a` is below, agrees with, or is above `b`. Figures of the same precision
 * are compared exactly; otherwise the finer one, converted to the coarser one's unit, agrees
 * when it rounds half-up or truncates to the coarser figure's decimals.
 */
export function comparePublished(a: Money, b: Money): number {
  const exact = compare(toYuan(a), toYuan(b));
  if (exact === 0 || coarseness(a) === coarseness(b)) return exact;
  const [fine, coarse] = coarseness(a) < coarseness(b) ? [a, b] : [b, a];
  const converted = inUnit(fine, coarse.unit);
  const agrees = (['half-up', 'truncate'] as const).some((rounding) => equals(divide(converted, ONE, coarse.value.scale, rounding)!, coarse.value));
  return agrees ? 0 : exact;
}

/** "1.00 万元": the exact difference, in 元 where one figure is in 元 (with the conversion said), at the finer figure's decimals. */
export function difference(a: Money, b: Money): string {
  const unit = a.unit === '元' || b.unit === '元' ? '元' : '万元';
  const keep = Math.max(...[a, b].filter((m) => m.unit === unit).map((m) => m.value.scale));
  const gap = showInUnitOf(trimZeros(abs(subtract(inUnit(a, unit), inUnit(b, unit))), keep), unit);
  return a.unit === b.unit ? gap : `${gap}，按 1 万元 = 10,000 元换算`;
}

/** The finding when two tables' figures that must be equal are not; none when they agree. */
export function mustAgree(a: TableFigure, b: TableFigure): { message: string; fields: string[] }[] {
  if (comparePublished(a.money, b.money) === 0) return [];
  return [{ message: `${a.name}是 ${showMoney(a.money)}，但${b.name}是 ${showMoney(b.money)}（相差 ${difference(a.money, b.money)}），两表的这两个数应相等。`, fields: [a.path, b.path] }];
}
