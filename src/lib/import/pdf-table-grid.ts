/**
 * A PDF's text layer has no table cells: a standard table's row comes out as the words
 * it prints, so a blank cell simply is not there ("2010101 行政运行 120.00 120.00" — is
 * the blank the 基本支出 or the 项目支出?). Under a standard table's title, this places
 * each word of a row in the header's column it stands under, by its position across the
 * page, and writes the row back with every column, blank ones empty. A header of two
 * rows (a 上栏 over several 下栏) is resolved the same way. A row whose words do not fall
 * into distinct columns is left as printed, for the table reader to report.
 */
import { tableTitle } from './fiscal-table-names.ts';
import { plainNumber } from './labels.ts';
import type { PlacedCell, SourceLine } from './from-text.ts';

interface Column {
  center: number;
  /** Header texts from the top row down ("公务用车购置及运行费", "小计"). */
  header: [string, string?];
  /** True where this column's upper text is the first column under a 上栏 spanning several. */
  firstUnderParent?: boolean;
  fromUpper?: boolean;
}

const center = (c: PlacedCell) => (c.x0 + c.x1) / 2;
const isFigure = (text: string) => plainNumber(text) !== undefined || /^\d{3,7}(\s|$)/.test(text.trim());
const headerLike = (cells: readonly PlacedCell[]) => !cells.some((c) => isFigure(c.text));
const sameTexts = (a: readonly PlacedCell[], b: readonly PlacedCell[]) => a.length === b.length && a.every((c, i) => c.text === b[i].text);

/** The columns a header of one or two rows defines, left to right. */
export function headerColumns(rows: readonly PlacedCell[][]): Column[] {
  const lower = rows.at(-1)!;
  if (rows.length === 1) return lower.map((c) => ({ center: center(c), header: [c.text] }));
  const upper = rows.at(-2)!;
  // Each upper cell's territory reaches halfway to its neighbours; the lower cells in it are under it.
  const bounds = upper.map((u, i) => [i > 0 ? (upper[i - 1].x1 + u.x0) / 2 : -Infinity, i < upper.length - 1 ? (u.x1 + upper[i + 1].x0) / 2 : Infinity]);
  const under = upper.map((u, i) => lower.filter((l) => center(l) >= bounds[i][0] && center(l) < bounds[i][1] && (lower.length > 1 || l.x1 > u.x0)));
  const isParent = upper.map((u, i) => under[i].length >= 2 || under[i].some((l) => l.x0 < u.x1 && l.x1 > u.x0));
  const parents = upper.filter((_, i) => isParent[i]);
  if (!parents.length) return lower.map((c) => ({ center: center(c), header: [c.text] }));
  const parentOf = (l: PlacedCell) => parents.reduce((best, p) => (Math.abs(center(p) - center(l)) < Math.abs(center(best) - center(l)) ? p : best));
  const columns: Column[] = [
    ...upper.filter((_, i) => !isParent[i]).map((u): Column => ({ center: center(u), header: [u.text], fromUpper: true })),
    ...lower.map((l): Column => ({ center: center(l), header: [parentOf(l).text, l.text] })),
  ].sort((a, b) => a.center - b.center);
  columns.forEach((c, i) => {
    if (!c.fromUpper && columns[i - 1]?.header[0] !== c.header[0]) c.firstUnderParent = true;
  });
  return columns;
}

/** The row's cells in the columns they stand under, or undefined when two words claim one column. */
export function placeRow(cells: readonly PlacedCell[], columns: readonly Column[]): string[] | undefined {
  const out = columns.map(() => '');
  for (const cell of cells) {
    const at = columns.reduce((best, c, i) => (Math.abs(c.center - center(cell)) < Math.abs(columns[best].center - center(cell)) ? i : best), 0);
    if (out[at]) return undefined;
    out[at] = cell.text.trim();
  }
  return out;
}

/** The header rows written back with one cell per column (a 上栏 in the first of its columns). */
function headerGrid(rows: readonly PlacedCell[][], columns: readonly Column[]): string[][] {
  if (rows.length === 1 || !columns.some((c) => c.header[1] !== undefined)) return [columns.map((c) => c.header.at(-1)!)];
  return [columns.map((c) => (c.fromUpper || c.firstUnderParent ? c.header[0] : '')), columns.map((c) => c.header[1] ?? '')];
}

/** The lines with each standard table's rows written one cell per column; `tables` counts the tables aligned. */
export function alignPdfTables(lines: readonly SourceLine[]): { lines: SourceLine[]; tables: number } {
  const out: SourceLine[] = [];
  let active = false;
  let tables = 0;
  let columns: Column[] | undefined;
  let headers: PlacedCell[][] = [];
  let pending: SourceLine[] = [];
  let knownHeaders: PlacedCell[][] = [];
  const flush = () => {
    if (!pending.length) return;
    columns = headerColumns(headers);
    const grid = headerGrid(headers, columns);
    pending.forEach((line, i) => out.push({ text: (grid[i - (pending.length - grid.length)] ?? line.text.split('\t')).join('\t'), where: line.where }));
    if (!knownHeaders.length) tables++;
    knownHeaders = [...headers];
    pending = [];
    headers = [];
  };
  const nextIsRow = (from: number) => {
    const next = lines.slice(from + 1).find((l) => l.text.trim());
    return !!next?.cells && next.cells.length > 1;
  };
  for (const [index, line] of lines.entries()) {
    // A row of one word (a label whose figures are blank) is a row only where the table goes on after it.
    const oneWordRow = line.cells?.length === 1 && !!columns && !pending.length && nextIsRow(index) && !tableTitle(line.text) && !/[。；]/.test(line.text);
    if (!line.cells || (line.cells.length === 1 && !oneWordRow)) {
      if (pending.length) flush();
      if (line.text.trim() && tableTitle(line.text)) {
        active = true;
        columns = undefined;
        knownHeaders = [];
      }
      out.push(line);
      continue;
    }
    if (!active) {
      out.push(line);
      continue;
    }
    const cells = line.cells;
    // Before the first row of figures every row of words is header; after it, only a repeat of the header (a new page).
    const isHeader = headerLike(cells) && (!columns || knownHeaders.some((h) => sameTexts(h, cells)) || !!pending.length);
    if (isHeader && headers.length < 2) {
      if (columns && !pending.length) columns = undefined;
      headers.push(cells);
      pending.push(line);
      continue;
    }
    if (pending.length) flush();
    const placed = columns && placeRow(cells, columns);
    out.push(placed ? { text: placed.join('\t'), where: line.where } : line);
  }
  if (pending.length) flush();
  return { lines: out, tables };
}
