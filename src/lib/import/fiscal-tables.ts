/**
 * Reads the standard tables of 部门预算 / 部门决算 from the blocks: the title names the
 * table; the unit is the `单位：万元` printed above it (or, printed once at the top, above
 * an earlier one); the rows are those of every part of the table until the next title,
 * across page breaks, with the header a page repeats, the 栏次 row, page numbers and
 * 续表 left out. Each row keeps its item and code (from a code column or run together
 * with the name: "2010101 行政运行") and each figure under its column's header, as
 * printed; a blank cell is absent. An empty table keeps its statement ("本单位无此项").
 */
import type { z } from 'astro/zod';
import type { DisclosureTableSchema } from '../../schemas/fiscal.ts';
import type { Block } from './blocks.ts';
import { type FiscalTableKind, isEmptyStatement, isUnitLine, isLabelHeader, isLineNumberHeader, isPageFurniture, isTableCode, tableTitle } from './fiscal-table-names.ts';
import { plainNumber, type Unit, unitIn } from './labels.ts';
import type { Filled, Review } from './recognized.ts';
import { columnNames, sidesOf, type Segment } from './fiscal-table-columns.ts';

export type DisclosureTable = z.output<typeof DisclosureTableSchema>;

export interface ReadTable {
  kind: FiscalTableKind;
  table: DisclosureTable;
  /** Where each row stands in the source, and its cells as read, for the report and the fields. */
  rowWhere: string[];
  rowText: string[];
}

export interface FiscalTables {
  tables: ReadTable[];
  /** Blocks that belong to a standard table, which the other table readers leave alone. */
  used: Set<number>;
  review: Review[];
}

const text = (block: Block) => (block.type === 'table' ? '' : block.text);
const isBlank = (cell: string) => !cell.trim() || /^[-—–－]+$/.test(cell.trim());
const isLineNumberRow = (row: readonly string[]) => {
  const cells = row.filter((c) => c.trim());
  return /^栏次$/.test(cells[0] ?? '') || (cells.length > 2 && cells.every((c, i) => c.trim() === String(i + 1)));
};
/** A row of the table's body: it prints a figure or a code (the header rows print words). */
const hasFigure = (row: readonly string[]) => !isLineNumberRow(row) && row.some((c) => plainNumber(c) !== undefined || /^\d{3,7}(\s|$)/.test(c.trim()));

/** Every standard table of the blocks. */
export function readFiscalTables(blocks: readonly Block[]): FiscalTables {
  const tables: ReadTable[] = [];
  const used = new Set<number>();
  const review: Review[] = [];
  let documentUnit: Unit | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.type !== 'table' && unitIn(block.text) && block.text.length < 60) documentUnit = unitIn(block.text);
    const title = block.type === 'table' ? undefined : tableTitle(block.text);
    if (!title) continue;
    const code = title.code ?? (i > 0 && isTableCode(text(blocks[i - 1])) ? text(blocks[i - 1]).replace(/\s+/g, '') : undefined);
    if (!title.code && code) used.add(i - 1);
    used.add(i);
    let unit: Unit | undefined;
    let statement: string | undefined;
    const rows: string[][] = [];
    const rowWhere: string[] = [];
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const next = blocks[j];
      if (next.type === 'table') {
        next.rows.forEach((row, k) => {
          const cells = row.filter((c) => c.trim());
          if (!cells.length || (cells.length === 1 && isPageFurniture(cells[0]))) return;
          if (isUnitLine(cells)) return void (unit ??= cells.map(unitIn).find(Boolean));
          if (cells.length === 1 && isEmptyStatement(cells[0])) return void (statement = cells[0]);
          rows.push(row);
          rowWhere.push(next.rowWhere[k]);
        });
        used.add(j);
        continue;
      }
      const line = next.text;
      const again = tableTitle(line);
      if (again && (again.name !== title.name || !/续/.test(line))) break;
      if (isTableCode(line) && blocks[j + 1] && tableTitle(text(blocks[j + 1]))) break;
      if (unitIn(line) && line.length < 60) unit ??= unitIn(line);
      else if (isEmptyStatement(line)) statement = line.trim();
      else if (!again && !isPageFurniture(line) && !isTableCode(line)) break;
      used.add(j);
    }
    i = j - 1;
    unit ??= documentUnit;
    documentUnit = unit ?? documentUnit;
    if (!unit) {
      review.push({ field: 'tables', where: block.where, evidence: text(block), reason: '表格没有写明金额单位（单位：万元 或 单位：元），没有导入：请按原文补上单位后重新导入，或手工填写 tables。' });
      continue;
    }
    const read = readRows(title.kind, { ...(code ? { code } : {}), name: title.name, unit }, rows, rowWhere, review, block.where);
    if (statement) read.table.statement = statement;
    if (!read.table.rows.length && !statement) {
      review.push({ field: 'tables', where: block.where, evidence: text(block), reason: '找到了表名，但没有读到表格的行，也没有“本单位无此项”之类的说明：请对照原文手工填写这张表。' });
      continue;
    }
    tables.push(read);
  }
  return { tables, used, review };
}

function readRows(kind: FiscalTableKind, head: Pick<DisclosureTable, 'code' | 'name' | 'unit'>, rows: string[][], rowWhere: string[], review: Review[], titleWhere: string): ReadTable {
  const firstData = rows.findIndex(hasFigure);
  // The header: the rows of words above the first row of figures (a 栏次 row numbers the columns; it names none).
  const header = (firstData < 0 ? rows : rows.slice(0, firstData)).filter((row) => !isLineNumberRow(row)).slice(0, 3);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((c, i) => c.trim() === b[i].trim());
  const names = columnNames(header);
  const segments = sidesOf(names, kind);
  const table: DisclosureTable = { ...head, columns: [], rows: [] };
  const out: ReadTable = { kind, table, rowWhere: [], rowText: [] };
  const columns = new Set(segments.flatMap((segment) => segment.values.map((c) => segment.keys[c])));
  rows.forEach((row, r) => {
    if (r < firstData || firstData < 0) return;
    if (header.some((h) => same(h, row)) || isLineNumberRow(row)) return;
    for (const segment of segments) {
      const item = rowItem(row, segment, names);
      const values: Record<string, string> = {};
      for (const c of segment.values) {
        const cell = row[c] ?? '';
        if (isBlank(cell)) continue;
        const number = plainNumber(cell);
        if (number === undefined) {
          review.push({ field: 'tables', where: rowWhere[r], evidence: row.join(' | '), reason: `“${segment.keys[c]}”栏的“${cell}”不是数字，没有导入：请对照原文填写。` });
          continue;
        }
        values[segment.keys[c]] = number;
      }
      if (!item.item && !Object.keys(values).length) continue;
      if (!item.item) {
        review.push({ field: 'tables', where: rowWhere[r], evidence: row.join(' | '), reason: '这一行有数字但没有项目名称，没有导入：请对照原文填写。' });
        continue;
      }
      table.rows.push({ item: item.item, ...(item.code ? { code: item.code } : {}), ...(segment.side ? { side: segment.side } : {}), values });
      out.rowWhere.push(rowWhere[r]);
      out.rowText.push(row.filter((c) => c.trim()).join(' | '));
    }
  });
  table.columns = [...columns];
  if (!table.columns.length) delete table.columns;
  if (firstData >= 0 && !header.length) review.push({ field: 'tables', where: titleWhere, evidence: head.name, reason: '表格没有表头（栏目名称），数字无法对应到栏目：请对照原文手工填写这张表。' });
  return out;
}

/** The row's item and code within one side: a code column, 类/款/项 columns, or a code run together with the name. */
function rowItem(row: readonly string[], segment: Segment, names: readonly string[]): { item?: string; code?: string } {
  let code = '';
  const words: string[] = [];
  for (const c of segment.labels) {
    const cell = (row[c] ?? '').trim();
    if (!cell || isLineNumberHeader(names[c])) continue;
    if (/^\d{1,7}$/.test(cell) && /编码|^类$|^款$|^项$|\/(类|款|项)$/.test(names[c])) code += cell;
    else words.push(cell);
  }
  let item = words.join(' ');
  const together = item.match(/^(\d{3,7})\s*(\S.*)$/);
  if (together && !code) [code, item] = [together[1], together[2]];
  return { ...(item ? { item } : code ? { item: code } : {}), ...(code && item ? { code } : {}) };
}
