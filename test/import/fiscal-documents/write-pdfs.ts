// Writes the PDF test documents of the standard 预算/决算 tables into test/fixtures/fiscal-tables/
// (node test/import/fiscal-documents/write-pdfs.ts). They are committed, so the tests need no CJK font;
// fiscal-tables.test.ts checks they still print what the data says where the font is installed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FISCAL_DOCUMENTS } from './documents.ts';
import { fiscalPdf } from './pdf.ts';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'fiscal-tables');
if (import.meta.main) {
  mkdirSync(FIXTURES, { recursive: true });
  for (const [name, { document }] of Object.entries(FISCAL_DOCUMENTS)) await fiscalPdf(document, join(FIXTURES, `${name}.pdf`));
}
