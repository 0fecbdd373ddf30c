/**
 * A 预算/决算 document as a .docx (WordprocessingML, zipped with the JSZip that mammoth
 * ships, as test/import/form-documents.ts does): each table on its own page under its
 * number, title and unit; header rows marked to repeat on every page, merged header cells
 * as Word merges them (gridSpan, vMerge); an empty table's statement as a paragraph or a
 * merged row; where the document says so, a long table goes on in a second Word table
 * after a page break and "续表", its header printed again.
 */
import { createRequire } from 'node:module';
import { type FiscalDocument, placeHeader, type PrintedTable } from './model.ts';

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string) => (text ? `<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r>` : '');
const paragraph = (text: string, align?: 'center' | 'right') => `<w:p>${align ? `<w:pPr><w:jc w:val="${align}"/></w:pPr>` : ''}${run(text)}</w:p>`;
const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
const cell = (text: string, properties = '') => `<w:tc>${properties ? `<w:tcPr>${properties}</w:tcPr>` : ''}${paragraph(text)}</w:tc>`;

function headerRows(table: PrintedTable): string[] {
  const { cells, covered, width } = placeHeader(table.header);
  return table.header.map((_, r) => {
    const out: string[] = [];
    for (let c = 0; c < width; c++) {
      const own = cells.find((x) => x.row === r && x.column === c);
      if (own) {
        const span = own.colspan && own.colspan > 1 ? `<w:gridSpan w:val="${own.colspan}"/>` : '';
        out.push(cell(own.text, `${span}${own.rowspan && own.rowspan > 1 ? '<w:vMerge w:val="restart"/>' : ''}`));
        c += (own.colspan ?? 1) - 1;
      } else if (covered.has(`${r},${c}`)) {
        // A cell under a vertical merge: Word keeps it, marked as continuing the merge.
        const above = cells.find((x) => x.column === c && x.row < r && x.row + (x.rowspan ?? 1) > r);
        out.push(cell('', `${above?.colspan && above.colspan > 1 ? `<w:gridSpan w:val="${above.colspan}"/>` : ''}<w:vMerge/>`));
        c += (above?.colspan ?? 1) - 1;
      }
    }
    return `<w:tr><w:trPr><w:tblHeader/></w:trPr>${out.join('')}</w:tr>`;
  });
}

function wordTable(table: PrintedTable, body: string[][], withStatementRow: boolean): string {
  const width = placeHeader(table.header).width;
  const rows = [...headerRows(table), ...body.map((row) => `<w:tr>${row.map((c) => cell(c)).join('')}</w:tr>`)];
  if (withStatementRow) rows.push(`<w:tr>${cell(table.statement!.text, `<w:gridSpan w:val="${width}"/>`)}</w:tr>`);
  const grid = `<w:tblGrid>${'<w:gridCol w:w="1400"/>'.repeat(width)}</w:tblGrid>`;
  return `<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:left w:val="single"/><w:bottom w:val="single"/><w:right w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>${grid}${rows.join('')}</w:tbl>`;
}

function tableXml(table: PrintedTable, document: FiscalDocument): string {
  const parts = [pageBreak, ...(table.code ? [paragraph(table.code)] : []), paragraph(table.title, 'center'), ...(table.unitLine ? [table.compiler ? `<w:p>${run(table.compiler)}<w:r><w:tab/></w:r>${run(table.unitLine)}</w:p>` : paragraph(table.unitLine, 'right')] : [])];
  const chunks: string[][][] = [];
  const size = document.splitDocxTables ? document.rowsPerPage : Number.POSITIVE_INFINITY;
  for (let i = 0; i < table.body.length; i += size) chunks.push(table.body.slice(i, i + size));
  if (!chunks.length) chunks.push([]);
  chunks.forEach((chunk, i) => {
    if (i > 0) parts.push(pageBreak, paragraph('续表'));
    parts.push(wordTable(table, chunk, i === chunks.length - 1 && table.statement?.as === 'row'));
  });
  if (table.statement?.as === 'paragraph') parts.push(paragraph(table.statement.text));
  return parts.join('');
}

export async function fiscalDocx(document: FiscalDocument): Promise<Buffer> {
  const local = createRequire(import.meta.url);
  const JSZip = createRequire(local.resolve('mammoth'))('jszip');
  const body = [paragraph(document.title, 'center'), ...document.preamble.map((p) => paragraph(p)), ...document.tables.map((t) => tableXml(t, document))].join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}
