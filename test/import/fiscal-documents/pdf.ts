/**
 * A 预算/决算 document as a PDF with a text layer (pdfkit, a Debian CJK font), laid out
 * as the templates print it: A4 landscape, each table from a new page under its number,
 * title and unit; ruled cells, figures right-aligned, a 上栏 centred over its columns;
 * a table longer than a page goes on on the next one under its header printed again
 * (the title and unit are not); page numbers under each page where the document has them.
 */
import { createWriteStream } from 'node:fs';
import PDFDocument from 'pdfkit';
import { type FiscalDocument, placeHeader, type PrintedTable } from './model.ts';

export const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const LEFT = 36;
const WIDTH = 842 - 2 * LEFT;
const ROW = 18;
const TOP = 40;

/** Column widths: the label columns by what they hold, the figures sharing the rest. */
function widths(table: PrintedTable): number[] {
  const { cells, width } = placeHeader(table.header);
  const leaf = (c: number) => cells.filter((x) => x.column <= c && c < x.column + (x.colspan ?? 1)).at(-1)!.text;
  const label = Array.from({ length: width }, (_, c) => /^(项目|科目编码|科目名称|单位名称)$/.test(leaf(c)));
  const fixed = Array.from({ length: width }, (_, c) => (!label[c] ? 0 : leaf(c) === '科目编码' ? 60 : leaf(c) === '科目名称' ? 190 : label.filter(Boolean).length > 1 && leaf(c) === '项目' ? (c === 0 ? 170 : 150) : leaf(c) === '单位名称' ? 120 : 205));
  const rest = (WIDTH - fixed.reduce((s: number, w) => s + w, 0)) / label.filter((l) => !l).length;
  return fixed.map((w) => w || rest);
}

export function fiscalPdf(document: FiscalDocument, path: string): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: LEFT, autoFirstPage: false, info: { Title: document.title, CreationDate: new Date(Date.UTC(2024, 0, 1)) } });
  doc.registerFont('cjk', CJK_FONT, 'WenQuanYiMicroHei');
  const done = new Promise<void>((resolve) => doc.pipe(createWriteStream(path)).on('finish', () => resolve()));
  let page = 0;
  const newPage = () => {
    doc.addPage();
    page++;
    doc.font('cjk');
    if (document.pageNumbers) doc.fontSize(9).text(`- ${page} -`, LEFT, 540, { width: WIDTH, align: 'center', lineBreak: false });
  };
  const text = (value: string, x: number, y: number, width: number, align: 'left' | 'right' | 'center', size = 9) => {
    if (value) doc.fontSize(size).text(value, x + 4, y + 5, { width: width - 8, align, lineBreak: false });
  };
  newPage();
  doc.fontSize(16).text(document.title, LEFT, 200, { width: WIDTH, align: 'center', lineBreak: false });
  document.preamble.forEach((line, i) => text(line, LEFT, 240 + i * 24, WIDTH, 'center', 11));
  for (const table of document.tables) {
    newPage();
    let y = TOP;
    if (table.code) text(table.code, LEFT, y, 200, 'left'), (y += 18);
    doc.fontSize(14).text(table.title, LEFT, y, { width: WIDTH, align: 'center', lineBreak: false });
    y += 26;
    if (table.compiler) text(table.compiler, LEFT, y, 300, 'left');
    if (table.unitLine) text(table.unitLine, LEFT, y, WIDTH, 'right'), (y += 18);
    const columns = widths(table);
    const xs = columns.map((_, i) => LEFT + columns.slice(0, i).reduce((s, w) => s + w, 0));
    const { cells } = placeHeader(table.header);
    const header = () => {
      for (const cell of cells) {
        const span = columns.slice(cell.column, cell.column + (cell.colspan ?? 1)).reduce((s, w) => s + w, 0);
        doc.rect(xs[cell.column], y + cell.row * ROW, span, ROW * (cell.rowspan ?? 1)).stroke();
        // A merged cell's words stand in its top row, where the extraction reads them with that row.
        text(cell.text, xs[cell.column], y + cell.row * ROW, span, 'center', 6.5);
      }
      y += ROW * table.header.length;
    };
    header();
    let onPage = 0;
    const labelColumns = columns.map((_, c) => table.body.every((row) => !/^[\d,.-]*$/.test(row[c]) || !row[c]) && table.body.some((row) => row[c]));
    for (const row of table.body) {
      if (onPage === document.rowsPerPage) {
        newPage();
        y = TOP;
        header();
        onPage = 0;
      }
      row.forEach((value, c) => {
        doc.rect(xs[c], y, columns[c], ROW).stroke();
        text(value, xs[c], y, columns[c], labelColumns[c] || /^\d{3,7}$/.test(value) ? 'left' : 'right');
      });
      y += ROW;
      onPage++;
    }
    if (table.statement) text(table.statement.text, LEFT, y + 6, WIDTH, table.statement.as === 'row' ? 'center' : 'left');
  }
  doc.end();
  return done;
}
