/**
 * A PDF's text layer → source lines (pdfjs-dist). Text items are grouped into visual
 * lines by their baseline; a wide horizontal gap becomes a tab (a table column); a page
 * ends with a blank line, so a paragraph the page break split is joined again by the
 * same repair as for text. A line that stops well short of the right margin ends its
 * paragraph; other lines run on. A table row keeps each cell's horizontal extent, so a
 * standard table's blank cells can be told from the columns the header places
 * (pdf-table-grid.ts). A PDF without a text layer (a scan) yields no text,
 * and the importer says so instead of guessing.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PlacedCell, SourceLine } from './from-text.ts';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Visual lines of every page, with "第 p 页第 l 行" positions; paragraphs joined. */
export async function pdfLines(data: Uint8Array): Promise<{ lines: SourceLine[]; pages: number }> {
  const pdf = await getDocument({ data, useSystemFonts: false, verbosity: 0 }).promise;
  const out: SourceLine[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const content = await page.getTextContent();
    const items: Item[] = [];
    for (const raw of content.items) {
      if (!('str' in raw) || !raw.str.trim()) continue;
      const [a, b, , , x, y] = raw.transform as number[];
      items.push({ str: raw.str, x, y, width: raw.width, size: Math.hypot(a, b) || 10 });
    }
    // Group by baseline (top to bottom), then order each line left to right.
    items.sort((m, n) => n.y - m.y || m.x - n.x);
    const rows: Item[][] = [];
    for (const item of items) {
      const row = rows.at(-1);
      if (row && Math.abs(row[0].y - item.y) <= item.size * 0.4) row.push(item);
      else rows.push([item]);
    }
    const right = Math.max(0, ...rows.map((r) => Math.max(...r.map((i) => i.x + i.width))));
    let paragraph: SourceLine | undefined;
    rows.forEach((row, index) => {
      // A larger gap above, or another font size, starts a new paragraph (a heading, a new block).
      const previousRow = rows[index - 1];
      if (paragraph && previousRow && (previousRow[0].y - row[0].y > row[0].size * 1.8 || Math.abs(previousRow[0].size - row[0].size) > row[0].size * 0.1)) {
        out.push(paragraph);
        out.push({ text: '', where: paragraph.where });
        paragraph = undefined;
      }
      row.sort((m, n) => m.x - n.x);
      let text = '';
      let end: number | undefined;
      let cells = 1;
      const placed: PlacedCell[] = [];
      const pieces: PlacedCell[] = row.map((item) => ({ text: item.str, x0: item.x, x1: item.x + item.width }));
      for (const item of row) {
        if (end !== undefined && item.x - end > item.size * 1.5) {
          text += '\t';
          cells++;
          placed.push({ text: item.str, x0: item.x, x1: item.x + item.width });
        } else {
          const space = end !== undefined && item.x - end > item.size * 0.25 ? ' ' : '';
          text += space;
          const cell = placed.at(-1);
          if (cell) {
            cell.text += space + item.str;
            cell.x1 = item.x + item.width;
          } else placed.push({ text: item.str, x0: item.x, x1: item.x + item.width });
        }
        text += item.str;
        end = item.x + item.width;
      }
      const where = `第 ${p} 页第 ${index + 1} 行`;
      const size = row[0].size;
      const short = (end ?? 0) < right - size * 2;
      if (cells > 1) {
        if (paragraph) out.push(paragraph);
        paragraph = undefined;
        out.push({ text, where, cells: placed, pieces });
        return;
      }
      if (paragraph) (paragraph.text += text), delete paragraph.cells, delete paragraph.pieces;
      else paragraph = { text, where, cells: placed, pieces };
      if (short || /[。：:；;！？]$/.test(text)) {
        out.push(paragraph);
        out.push({ text: '', where });
        paragraph = undefined;
      }
    });
    if (paragraph) out.push(paragraph);
    out.push({ text: '', where: `第 ${p} 页末` });
  }
  return { lines: out, pages: pdf.numPages };
}
