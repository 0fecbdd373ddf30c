/**
 * Reading the standard tables (`tables`) for the rules: a cell's figure exactly, by its
 * row and column, marked as used; and the finding when listed cells do not add up.
 * A blank cell is absent: it adds nothing and is never read as 0.
 */
import { formatPublishedFigure } from '../format/figure.ts';
import { abs, type Decimal, decimal, equals, subtract, sum, toPlainString } from '../money.ts';
import type { FieldUse } from './types.ts';

export interface TableRow {
  item: string;
  code?: string;
  side?: '收入' | '支出';
  values: Record<string, string>;
}
export interface Table {
  code?: string;
  name: string;
  unit: '元' | '万元';
  columns?: string[];
  rows: TableRow[];
}
export interface TableCell {
  path: string;
  name: string;
  value: Decimal;
}

/** The disclosure's standard tables, with their index. */
export function tablesOf(data: unknown): { table: Table; index: number }[] {
  const tables = (data as { tables?: Table[] }).tables;
  return Array.isArray(tables) ? tables.map((table, index) => ({ table, index })) : [];
}

/** "2010101 行政运行" or the item alone. */
export const rowName = (row: TableRow) => (row.code ? `${row.code} ${row.item}` : row.item);
/** "公开05表“一般公共预算支出表”". */
export const tableName = (table: Table) => `${table.code ?? ''}“${table.name}”`;

/** The figure in a row's column, or undefined for a blank cell. */
export function tableCell(table: { table: Table; index: number }, r: number, column: string, use: FieldUse, name = `“${rowName(table.table.rows[r])}”的“${column}”`): TableCell | undefined {
  const text = table.table.rows[r]?.values[column];
  if (text === undefined) return undefined;
  const path = `tables.${table.index}.rows.${r}.values.${column}`;
  use(path);
  return { path, name, value: decimal(text) };
}

const show = (value: Decimal, unit: string) => formatPublishedFigure(`${toPlainString(value)} ${unit}`);

/** The finding when the parts (blank ones left out) do not add up to the total; none when there are no parts. */
export function tableSum(table: Table, total: TableCell, parts: (TableCell | undefined)[]): { message: string; fields: string[] }[] {
  const present = parts.filter((p): p is TableCell => !!p);
  if (!present.length) return [];
  const computed = sum(present.map((p) => p.value));
  if (equals(computed, total.value)) return [];
  const expression = present.length > 6 ? `${present.length} 项之和` : present.map((p) => `${p.name} ${show(p.value, table.unit)}`).join(' + ');
  return [{ message: `${tableName(table)}：${expression} = ${show(computed, table.unit)}，但${total.name}是 ${show(total.value, table.unit)}（相差 ${show(abs(subtract(total.value, computed)), table.unit)}）。`, fields: [total.path, ...present.map((p) => p.path)] }];
}
