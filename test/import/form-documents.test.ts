/**
 * A 项目支出绩效自评表 as real files: a .docx with the form as a Word table, and a PDF of
 * the same table printed by Chromium. Each reaches the importer as an extractor gives it —
 * mammoth's HTML (a table), mammoth's raw text (one cell per line, empty cells as blank
 * lines), pdfjs's lines (cells tab-separated, empty cells gone) — and every way gives the
 * draft the text fixtures give. pdftotext reads a table column by column: nothing is guessed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { buildDraft } from '../../src/lib/import/draft.ts';
import type { SourceDocument } from '../../src/lib/import/blocks.ts';
import { htmlToBlocks } from '../../src/lib/import/from-html.ts';
import { pdfLines } from '../../src/lib/import/from-pdf.ts';
import { documentFromText, linesToBlocks } from '../../src/lib/import/from-text.ts';
import { formDocx, formHtml, PROJECT_ROWS, PROJECT_TITLE } from './form-documents.ts';

const expected = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'forms', 'project-evaluation.expected.json'), 'utf8'));
const options = { kind: 'project-evaluation' as const, department: 'test-county-rd', fiscalYear: 2023, schemaRef: 's' };
const figures = (document: SourceDocument) => {
  const { $schema, source, department, fiscalYear, ...rest } = buildDraft(document, options).json;
  return rest;
};

describe('a .docx of the form', async () => {
  const docx = await formDocx(PROJECT_TITLE, PROJECT_ROWS);
  test('as a table (mammoth HTML)', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(figures({ name: 'a.docx', format: 'docx', blocks: htmlToBlocks(html, {}), repairs: {} })).toEqual(expected);
  });
  test('as raw text, one cell per line (mammoth raw text)', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    expect(text).toContain('年度资金总额\n\n80.00\n\n86.00');
    expect(figures(documentFromText('a.txt', text, 'txt'))).toEqual(expected);
  });
});

describe.skipIf(!existsSync('/usr/bin/chromium'))('a PDF of the form (text layer)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'form-pdf-'));
  writeFileSync(join(dir, 'form.html'), formHtml(PROJECT_TITLE, PROJECT_ROWS));
  execFileSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${join(dir, 'form.pdf')}`, join(dir, 'form.html')], { stdio: 'ignore', timeout: 60_000 });
  const pdf = readFileSync(join(dir, 'form.pdf'));
  test('pdfjs lines: the empty and merged cells are gone, each row is placed by its cells', async () => {
    const { lines } = await pdfLines(new Uint8Array(pdf));
    expect(lines.map((l) => l.text)).toContain('代表建议交办时限\t≤5天\t4天\t10\t10');
    const review: NonNullable<SourceDocument['review']> = [];
    expect(figures({ name: 'form.pdf', format: 'pdf', blocks: linesToBlocks(lines, {}, review), repairs: {}, review })).toEqual(expected);
  });
  test.skipIf(!existsSync('/usr/bin/pdftotext'))('pdftotext reads the table column by column: no figure is taken from it', () => {
    const text = execFileSync('/usr/bin/pdftotext', [join(dir, 'form.pdf'), '-']).toString();
    expect(figures(documentFromText('form.txt', text, 'txt'))).toEqual({ kind: 'project-evaluation', title: '项目支出绩效自评表' });
  });
});
