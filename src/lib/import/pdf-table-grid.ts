/**
 * A PDF's text layer has no table cells: a standard table's row comes out as the words
 * it prints, so a blank cell simply is not there ("2010101 行政运行 120.00 120.00" — is
 * the blank the 基本支出 or the 项目支出?). Under a standard table's title, this places
 * each word of a row in the header's column it stands under, by its position across the
 * page, and writes the row back with every column, blank ones empty. A header of two
 * rows (a 上栏 over several 下栏) is resolved the same way.
 */
import { isUnitLine, tableTitle } from './fiscal-table-names.ts';
import { plainNumber } from './labels.ts';
import type { PlacedCell, SourceLine } from './from-text.ts';

interface Column {
  center: number;
  /** Where its header's words start and end. */
  x0: number;
  x1: number;
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
  const at = (c: PlacedCell) => ({ center: center(c), x0: c.x0, x1: c.x1 });
  if (rows.length === 1) return lower.map((c) => ({ ...at(c), header: [c.text] }));
  const upper = rows.at(-2)!;
  // Each upper cell's territory reaches halfway to its neighbours; the lower cells in it are under it.
  const bounds = upper.map((u, i) => [i > 0 ? (upper[i - 1].x1 + u.x0) / 2 : -Infinity, i < upper.length - 1 ? (u.x1 + upper[i + 1].x0) / 2 : Infinity]);
  const under = upper.map((u, i) => lower.filter((l) => center(l) >= bounds[i][0] && center(l) < bounds[i][1] && (lower.length > 1 || l.x1 > u.x0)));
  const isParent = upper.map((u, i) => under[i].length >= 2 || under[i].some((l) => l.x0 < u.x1 && l.x1 > u.x0));
  const parents = upper.filter((_, i) => isParent[i]);
  if (!parents.length) return lower.map((c) => ({ ...at(c), header: [c.text] }));
  const parentOf = (l: PlacedCell) => parents.reduce((best, p) => (Math.abs(center(p) - center(l)) < Math.abs(center(best) - center(l)) ? p : best));
  const columns: Column[] = [
    ...upper.filter((_, i) => !isParent[i]).map((u): Column => ({ ...at(u), header: [u.text], fromUpper: true })),
    ...lower.map((l): Column => ({ ...at(l), header: [parentOf(l).text, l.text] })),
  ].sort((a, b) => a.center - b.center);
  columns.forEach((c, i) => {
    if (!c.fromUpper && columns[i - 1]?.header[0] !== c.header[0]) c.firstUnderParent = true;
  });
  return columns;
}

/**
 * The row's pieces in the columns they stand under. Figures are printed flush right in
 * their cells and words flush left, and a header is centred over its column: so a figure
 * belongs to the last column whose header starts before the figure ends, and words to the
 * first column whose header ends after they start. Pieces, not the cells joined by their
 * gaps, are placed (a figure may end close to the next cell's words); pieces under one
 * column are that cell's words.
 */
export function placeRow(pieces: readonly PlacedCell[], columns: readonly Column[]): string[] {
  const out: PlacedCell[][] = columns.map(() => []);
  for (const piece of pieces) {
    const figure = plainNumber(piece.text) !== undefined && !/^\d{3,7}$/.test(piece.text.trim());
    const at = figure ? columns.findLastIndex((c) => c.x0 <= piece.x1) : columns.findIndex((c) => c.x1 >= piece.x0);
    out[at < 0 ? (figure ? 0 : columns.length - 1) : at].push(piece);
  }
  return out.map((cell) =>
    cell
      .map((p, i) => (i > 0 && p.x0 - cell[i - 1].x1 > ((p.x1 - p.x0) / Math.max(1, p.text.length)) * 0.25 ? ` ${p.text}` : p.text))
      .join('')
      .trim(),
  );
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
  const oneWord = (line: SourceLine) => line.cells?.length === 1 && !tableTitle(line.text) && !/[。；]/.test(line.text);
  // Rows of one word each may follow one another; the table goes on if a row of several cells comes before anything else.
  const nextIsRow = (from: number) => {
    for (const next of lines.slice(from + 1, from + 40)) {
      if (!next.text.trim()) continue;
      if (next.cells && next.cells.length > 1) return true;
      if (!oneWord(next)) return false;
    }
    return false;
  };
  for (const [index, line] of lines.entries()) {
    // A row of one word (a label whose figures are blank) is a row only where the table goes on after it.
    const oneWordRow = oneWord(line) && !!columns && !pending.length && nextIsRow(index);
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
    if (!active || isUnitLine(line.cells.map((c) => c.text))) {
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
    out.push(columns ? { text: placeRow(line.pieces ?? cells, columns).join('\t'), where: line.where } : line);
  }
  if (pending.length) flush();
  return { lines: out, tables };
}
