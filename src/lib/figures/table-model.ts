/**
 * A table as data: the one model a page renders as HTML and a download writes as CSV,
 * so "download this table" always gives exactly what the table shows.
 */

/** A finding shown beside a figure (from the audit), with its arithmetic message. */
export interface CellFlag {
  severity: 'error' | 'warning' | 'finding';
  title: string;
  message: string;
}

/** One cell. `text` is what the page shows; `csv` what the spreadsheet gets (default: text). */
export interface TableCell {
  text: string;
  csv?: string;
  /** Link target (site-relative path without the base, e.g. "2023/guangzhou-rd/self-evaluation/"). */
  href?: string;
  /** Right-aligned figure. */
  numeric?: boolean;
  /** Nesting depth for tree rows (score trees). */
  indent?: number;
  /** A short note printed after the text (e.g. "明账计算"). */
  note?: string;
  /** Glossary slug the text links to. */
  term?: string;
  /** Audit findings about this figure. */
  flags?: CellFlag[];
  /** JSON path of the stated figure the cell shows, so tests can check it against the JSON. */
  path?: string;
  /** Id of the figure's marked passage in the page's 原文 section ("loc-spending-total"), where it has a location. */
  anchor?: string;
  /** Id of the disclosure the figure comes from ("2023/guangzhou-rd/self-evaluation"). */
  source?: string;
}

/** A column heading, with its unit and glossary term where it has them. */
export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
  term?: string;
  /** In the CSV only (machine columns such as the JSON path), not on the page. */
  csvOnly?: boolean;
}

/** A whole table: caption, columns, rows; the first cell of each row heads the row. */
export interface TableModel {
  /** Unique within its page; also the CSV's file name. */
  id: string;
  caption: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /**
   * Its CSV's path, site-relative ("data/2023/guangzhou-rd/self-evaluation/figures.csv"); a
   * body-year's CSVs are published inside its tables.zip (src/lib/downloads/table-archive.ts).
   */
  csvPath: string;
  /** A sentence under the table (sources, notes). */
  footnote?: string;
  /** Per row, what it is about, so the comparison page can filter rows in the browser. */
  rowKeys?: { department?: string; year?: number; disclosure?: string }[];
  /** Per row, an id a link can point to ("correction-1"), where rows are linked to one by one. */
  rowIds?: string[];
}

/** The table as CSV records: header, then each row's `csv ?? text`. */
export function tableRecords(table: TableModel): string[][] {
  return [table.columns.map((c) => c.label), ...table.rows.map((row) => row.map((cell) => cell.csv ?? cell.text))];
}

/** An empty cell for a figure the source does not state. */
export const NOT_STATED: TableCell = { text: '—', csv: '', numeric: true };
