/**
 * The standard 预算/决算 tables as data, and how a template prints them. Each table is
 * built from its figures (in 分, so every sum is exact), and gives both what the
 * documents print (header cells with their spans, body rows as strings) and the JSON the
 * import must produce from them (the schema's `tables` entry).
 */

export type Cents = number | undefined;
export interface HeaderCell {
  text: string;
  colspan?: number;
  rowspan?: number;
}
export interface ExpectedRow {
  item: string;
  code?: string;
  side?: '收入' | '支出';
  values: Record<string, string>;
}
export interface PrintedTable {
  code?: string;
  title: string;
  /** "单位：万元", printed above the table where the template prints it. */
  unitLine?: string;
  /** "编制单位：…", printed at the left of the unit's line. */
  compiler?: string;
  header: HeaderCell[][];
  body: string[][];
  /** An empty table's statement, printed below the header as a paragraph or as a row. */
  statement?: { text: string; as: 'paragraph' | 'row' };
  expected: { code?: string; name: string; unit: '元' | '万元'; columns?: string[]; statement?: string; rows: ExpectedRow[] };
}

/** 123456 分 → "1234.56" (JSON) or "1,234.56" (as printed). */
export const plain = (cents: number) => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
export const printed = (cents: Cents) => (cents === undefined ? '' : plain(cents).replace(/\B(?=(\d{3})+(?!\d))(?=.*\.)/g, ','));
export const yuan = (text: string) => Math.round(Number(text) * 100);
export const add = (...values: Cents[]): Cents => (values.every((v) => v === undefined) ? undefined : values.reduce<number>((s, v) => s + (v ?? 0), 0));

/** A figure row: what it names and its figures by column key (undefined: a blank cell). */
export interface FigureRow {
  item: string;
  code?: string;
  values: Record<string, Cents>;
}

const expectedValues = (values: Record<string, Cents>) => Object.fromEntries(Object.entries(values).flatMap(([k, v]) => (v === undefined ? [] : [[k, plain(v)]])));

/** 项 lines under their 款 and 类: the 类 and 款 rows are the sums of their children, per column. */
export interface Leaf {
  code: string;
  name: string;
  values: Record<string, Cents>;
}
export function functionTree(leaves: Leaf[], names: Record<string, string>, columns: string[], totalItem = '合计'): FigureRow[] {
  const sumOf = (prefix: string) => Object.fromEntries(columns.map((c) => [c, add(...leaves.filter((l) => l.code.startsWith(prefix)).map((l) => l.values[c]))]));
  const rows: FigureRow[] = [{ item: totalItem, values: sumOf('') }];
  const seen = new Set<string>();
  for (const leaf of leaves) {
    for (const length of [3, 5]) {
      const code = leaf.code.slice(0, length);
      if (code.length === leaf.code.length || seen.has(code)) continue;
      seen.add(code);
      rows.push({ item: names[code], code, values: sumOf(code) });
    }
    rows.push({ item: leaf.name, code: leaf.code, values: Object.fromEntries(columns.map((c) => [c, leaf.values[c]])) });
  }
  return rows;
}

/** A one-sided table: label columns (a code column and a name column, or one "code name" column), then the figures. */
export function figureTable(options: { code?: string; title: string; unit: '元' | '万元'; unitLine?: string; compiler?: string; labels: string[]; header?: HeaderCell[][]; columns: string[]; rows: FigureRow[]; statement?: PrintedTable['statement'] }): PrintedTable {
  const together = options.labels.length === 1;
  const body = options.rows.map((row) => [
    ...(together ? [row.code ? `${row.code} ${row.item}` : row.item] : [row.code ?? row.item, row.code ? row.item : '']),
    ...options.columns.map((c) => printed(row.values[c])),
  ]);
  return {
    code: options.code,
    title: options.title,
    unitLine: options.unitLine,
    compiler: options.compiler,
    header: options.header ?? [[...options.labels, ...options.columns].map((text) => ({ text }))],
    body,
    statement: options.statement,
    expected: {
      ...(options.code ? { code: options.code } : {}),
      name: options.title,
      unit: options.unit,
      columns: options.columns,
      ...(options.statement ? { statement: options.statement.text } : {}),
      rows: options.rows.map((row) => ({ item: row.item, ...(row.code ? { code: row.code } : {}), values: expectedValues(row.values) })),
    },
  };
}

/** A two-sided table (收支总表): each printed line holds an income row on the left and a spending row on the right. */
export function twoSidedTable(options: { code?: string; title: string; unit: '元' | '万元'; unitLine?: string; compiler?: string; income: string[]; spending: string[]; lines: [FigureRow | undefined, FigureRow | undefined][] }): PrintedTable {
  const side = (row: FigureRow | undefined, columns: string[]) => [row?.item ?? '', ...columns.map((c) => printed(row?.values[c]))];
  const rows: ExpectedRow[] = [];
  for (const [left, right] of options.lines) {
    if (left) rows.push({ item: left.item, side: '收入', values: expectedValues(left.values) });
    if (right) rows.push({ item: right.item, side: '支出', values: expectedValues(right.values) });
  }
  return {
    code: options.code,
    title: options.title,
    unitLine: options.unitLine,
    compiler: options.compiler,
    header: [
      [{ text: '收入', colspan: 1 + options.income.length }, { text: '支出', colspan: 1 + options.spending.length }],
      [{ text: '项目' }, ...options.income.map((text) => ({ text })), { text: '项目' }, ...options.spending.map((text) => ({ text }))],
    ],
    body: options.lines.map(([left, right]) => [...side(left, options.income), ...side(right, options.spending)]),
    expected: { ...(options.code ? { code: options.code } : {}), name: options.title, unit: options.unit, columns: [...new Set([...options.income, ...options.spending])], rows },
  };
}

/** A whole document: its title, the lines before the tables, and the tables. */
export interface FiscalDocument {
  title: string;
  /** Paragraphs before the tables (a unit printed once for all of them, an explanation …). */
  preamble: string[];
  tables: PrintedTable[];
  /** How many body rows fit on a PDF page (the table goes on under its repeated header). */
  rowsPerPage: number;
  pageNumbers: boolean;
  /** In the .docx, a long table goes on in a second Word table after a page break and "续表" (as Excel exports do); else Word repeats its header rows. */
  splitDocxTables: boolean;
}

/** The header's cells placed in a grid: each at its row and column, and the cells a span covers. */
export interface PlacedHeaderCell extends HeaderCell {
  row: number;
  column: number;
}
export function placeHeader(header: HeaderCell[][]): { cells: PlacedHeaderCell[]; covered: Set<string>; width: number } {
  const taken = new Set<string>();
  const covered = new Set<string>();
  const cells: PlacedHeaderCell[] = [];
  header.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      while (taken.has(`${r},${column}`)) column++;
      cells.push({ ...cell, row: r, column });
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++)
        for (let dc = 0; dc < (cell.colspan ?? 1); dc++) {
          taken.add(`${r + dr},${column + dc}`);
          if (dr || dc) covered.add(`${r + dr},${column + dc}`);
        }
      column += cell.colspan ?? 1;
    }
  });
  const width = Math.max(...cells.map((c) => c.column + (c.colspan ?? 1)));
  return { cells, covered, width };
}
