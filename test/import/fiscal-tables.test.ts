/**
 * The standard 预算/决算 tables round trip: documents made from data (a 2024 city 部门预算
 * in 万元 and a 2023 county 部门决算 in 元, with different 功能分类 trees and layouts) →
 * .docx (mammoth, at test time) and PDF (pdfkit, committed in test/fixtures/fiscal-tables)
 * → import → JSON. Every table equals the data it was printed from, the draft is valid,
 * each figure is located in the original, the audit finds nothing (the identities within
 * and across tables all checked), and mistyped totals are found: a 类 of 05表, and 05表's
 * 合计 row, which 04表 and 06表 must agree with.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { auditCorpus } from '../../src/lib/audit/index.ts';
import { disclosureTables } from '../../src/lib/figures/disclosure-tables.ts';
import type { SourceDocument } from '../../src/lib/import/blocks.ts';
import { buildDraft } from '../../src/lib/import/draft.ts';
import { htmlToBlocks } from '../../src/lib/import/from-html.ts';
import { pdfLines } from '../../src/lib/import/from-pdf.ts';
import { linesToBlocks } from '../../src/lib/import/from-text.ts';
import { docxText, pdfPages } from '../../src/lib/import/original-pages.ts';
import { findFigure } from '../../src/lib/provenance/passage-match.ts';
import { SCHEMA_BY_KIND } from '../../src/schemas/disclosure.ts';
import { FISCAL_DOCUMENTS } from './fiscal-documents/documents.ts';
import { fiscalDocx } from './fiscal-documents/docx.ts';
import { CJK_FONT, fiscalPdf } from './fiscal-documents/pdf.ts';
import { FIXTURES } from './fiscal-documents/write-pdfs.ts';

type Name = keyof typeof FISCAL_DOCUMENTS;
async function imported(name: Name, format: 'docx' | 'pdf') {
  const { document, kind, fiscalYear } = FISCAL_DOCUMENTS[name];
  let source: SourceDocument;
  let pages: string[];
  if (format === 'docx') {
    const { value: html } = await mammoth.convertToHtml({ buffer: await fiscalDocx(document) });
    source = { name: `${name}.docx`, format, blocks: htmlToBlocks(html, {}), repairs: {} };
    pages = [docxText(html)];
  } else {
    const { lines } = await pdfLines(new Uint8Array(readFileSync(join(FIXTURES, `${name}.pdf`))));
    const review: NonNullable<SourceDocument['review']> = [];
    source = { name: `${name}.pdf`, format, blocks: linesToBlocks(lines, {}, review), repairs: {}, review };
    pages = pdfPages(lines);
  }
  const draft = buildDraft(source, { kind, department: 'test-body', fiscalYear, schemaRef: 's', original: { file: `${kind}.original.${format}`, sha256: '0'.repeat(64), pages } });
  const findings = auditCorpus({ disclosures: [{ id: name, data: draft.json as never }], departments: {} }).get(name)!;
  return { document, draft, findings, pages };
}

const cases = (['budget-2024', 'final-accounts-2023'] as const).flatMap((name) => (['docx', 'pdf'] as const).map((format) => [name, format] as const));

describe.each(cases)('%s as %s', (name, format) => {
  const result = imported(name, format);
  test.each(FISCAL_DOCUMENTS[name].document.tables.map((t, i) => [t.title, i] as const))('%s: every row, code and figure as the data printed it, blank cells absent', async (_, i) => {
    const { draft, document } = await result;
    expect((draft.json.tables as unknown[])[i]).toEqual(document.tables[i].expected);
  });
  test('nothing is left for review, and the draft is a valid disclosure', async () => {
    const { draft } = await result;
    expect(draft.review.filter((r) => r.field !== 'fiscalYear')).toEqual([]);
    expect(SCHEMA_BY_KIND[FISCAL_DOCUMENTS[name].kind].safeParse(draft.json).error?.issues ?? []).toEqual([]);
  });
  test('the totals of the tables fill the disclosure’s own fields, each with the table’s unit', async () => {
    const { draft, document } = await result;
    const tables = document.tables.map((t) => t.expected);
    const unit = tables[0].unit;
    const summary = (item: RegExp, side: string) => tables[0].rows.find((r) => r.side === side && item.test(r.item))!.values;
    const money = (value: string | undefined) => (value === undefined ? undefined : `${value} ${unit}`);
    const json = draft.json as Record<string, Record<string, string>>;
    expect(json.income.total).toBe(money(Object.values(summary(/^本年收入合计$/, '收入'))[0]));
    expect(json.income.generalPublic).toBe(money(Object.values(summary(/一般公共预算/, '收入'))[0]));
    expect(json.spending.total).toBe(money(Object.values(summary(/^本年支出合计$/, '支出'))[0]));
    expect(json.balances.incomeGrandTotal).toBe(money(Object.values(summary(/总计$/, '收入'))[0]));
    const spendingTotal = tables[2].rows[0].values;
    expect([json.spending.basic, json.spending.project]).toEqual([money(spendingTotal.基本支出), money(spendingTotal.项目支出)]);
    expect((draft.json.byFunction as { code: string }[]).map((l) => l.code)).toEqual(tables[2].rows.filter((r) => r.code?.length === 7).map((r) => r.code));
    expect(json.threePublic.reception).toBeDefined();
  });
  test('every figure of every table is located in the original: its row as printed, on its page', async () => {
    const { draft, pages } = await result;
    const locations = draft.json.locations as Record<string, { page?: number; quote: string }>;
    const tables = draft.json.tables as { rows: { item: string; values: Record<string, string> }[] }[];
    const missing: string[] = [];
    tables.forEach((t, i) =>
      t.rows.forEach((row, r) =>
        Object.entries(row.values).forEach(([column, value]) => {
          const at = locations[`tables.${i}.rows.${r}.values.${column}`];
          const page = pages[(at?.page ?? 1) - 1].replace(/\s+/g, '');
          if (!at || !findFigure(at.quote, value) || !page.includes(at.quote.replace(/\s+/g, ''))) missing.push(`${i}/${row.item}/${column}`);
        }),
      ),
    );
    expect(missing).toEqual([]);
  });
  test('the disclosure page shows each table row by row with what the document prints in it: figures with separators, blank cells blank, an empty table’s statement', async () => {
    const { draft, document } = await result;
    const page = disclosureTables(name, draft.json as never).filter((t) => t.id.startsWith('table-'));
    expect(page.map((t) => t.caption)).toEqual(document.tables.map((t) => `${t.code} ${t.title}（单位：${t.expected.unit}）`));
    document.tables.forEach((table, i) => {
      const shown = page[i].rows.map((row) => row.map((cell) => cell.text).filter((text) => text !== '' && text !== '收入' && text !== '支出').sort());
      if (!table.body.length) return expect(shown).toEqual([[table.statement!.text]]);
      const printedRows = table.body.flatMap((row) => (table.expected.rows.some((r) => r.side) ? [row.slice(0, table.header[0][0].colspan), row.slice(table.header[0][0].colspan)] : [row]));
      expect(shown).toEqual(printedRows.map((row) => row.flatMap((cell) => cell.split(/(?<=^\d{3,7}) /)).filter((cell) => cell !== '').sort()).filter((row) => row.length));
    });
  });
  test('the audit finds nothing, and the table rules did check the tables', async () => {
    const { findings } = await result;
    expect(findings.findings.map((f) => `${f.rule} ${f.message}`)).toEqual([]);
    for (const rule of ['table.function-tree', 'table.column-total', 'table.listed-rows', 'sum.spending', 'sum.income', 'balance.grand-totals', 'sum.function-lines'])
      expect(findings.runs.find((r) => r.rule.id === rule)!.used.length, rule).toBeGreaterThan(0);
  });
  test('the identities across tables were checked: 01表 with 02表 and 03表, 04表 with 05表, 05表 with 06表, 06表’s “三公” 款 with 07表', async () => {
    const { findings, draft } = await result;
    const tables = draft.json.tables as { name: string; rows: { item: string; code?: string }[] }[];
    const at = (path: string) => {
      const [, t, , r, , column] = path.split('.');
      const row = tables[Number(t)].rows[Number(r)];
      return `${Number(t) + 1}/${row.code ?? row.item}/${column}`;
    };
    const used = (rule: string) => findings.runs.find((r) => r.rule.id === rule)!.used.map(at);
    const document = FISCAL_DOCUMENTS[name].document;
    const summary = document.tables[0].expected.rows;
    const total = (t: number) => `${t}/${document.tables[t - 1].expected.rows[0].item}`;
    const side = (item: RegExp, s: string) => summary.find((r) => r.side === s && item.test(r.item))!.item;
    const budget = FISCAL_DOCUMENTS[name].kind === 'budget';
    // The budget's 收入总表 has a 上年结转 column, so its 合计 is the 收入总计; the 决算's is the 本年收入合计.
    expect(used('table.summary-vs-income')).toEqual([budget ? `${total(2)}/合计` : `${total(2)}/本年收入合计`, `1/${side(budget ? /总计$/ : /^本年收入合计$/, '收入')}/${budget ? '预算数' : '金额'}`]);
    expect(used('table.summary-vs-spending')).toEqual([budget ? `${total(3)}/合计` : `${total(3)}/本年支出合计`, `1/本年支出合计/${budget ? '预算数' : '金额'}`]);
    expect(used('table.fiscal-vs-general-public')).toEqual([`${total(5)}/合计`, `4/本年支出合计/${budget ? '一般公共预算' : '一般公共预算财政拨款'}`]);
    expect(used('table.general-public-vs-basic')).toEqual([`${total(6)}/合计`, `${total(5)}/基本支出`]);
    expect(used('table.basic-vs-three-public')).toEqual(budget
      ? ['6/30217/合计', '7/测试市统计局/公务接待费', '6/30231/合计', '7/测试市统计局/公务用车购置及运行费/公务用车运行费']
      : ['6/30217/合计', '7/3.公务接待费/决算数', '6/30231/合计', '7/（2）公务用车运行费/决算数']);
  });
});

describe.each(['budget-2024', 'final-accounts-2023'] as const)('%s: every table figure in an identity is caught when mistyped by 0.01', (name) => {
  test('each figure the table rules compare, changed alone, gives a table finding', async () => {
    const { draft, findings } = await imported(name, 'docx');
    const used = [...new Set(findings.runs.filter((r) => r.rule.id.startsWith('table.')).flatMap((r) => r.used))];
    const missed = used.filter((path) => {
      const data = structuredClone(draft.json) as Record<string, any>;
      const keys = path.split('.');
      const row = keys.slice(0, -1).reduce((node, key) => node[key], data);
      const [whole, fraction = ''] = String(row[keys.at(-1)!]).split('.');
      const cents = BigInt(whole + fraction.padEnd(2, '0')) + 1n;
      row[keys.at(-1)!] = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
      return !auditCorpus({ disclosures: [{ id: name, data: data as never }], departments: {} }).get(name)!.findings.some((f) => f.rule.startsWith('table.') && f.fields.includes(path));
    });
    expect(used.length).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  });
});

describe.each(['docx', 'pdf'] as const)('a budget whose 一般公共服务支出 is printed 1.00 万元 too high (%s)', (format) => {
  test('the audit names the 类 and its 款, the row’s 基本+项目, and the 合计 row', async () => {
    const { findings } = await imported('budget-2024-wrong-total', format);
    expect(findings.findings.map((f) => `${f.severity} ${f.rule} ${f.message}`)).toEqual([
      'error table.function-tree 公开05表“测试市统计局2024年一般公共预算支出表”：“201 一般公共服务支出”的“合计” 1,587.45 万元 + “208 社会保障和就业支出”的“合计” 134.57 万元 + “210 卫生健康支出”的“合计” 42.18 万元 + “221 住房保障支出”的“合计” 57.66 万元 = 1,821.86 万元，但“合计”的“合计”是 1,820.86 万元（相差 1.00 万元）。',
      'error table.function-tree 公开05表“测试市统计局2024年一般公共预算支出表”：“20105 统计信息事务”的“合计” 1,586.45 万元 = 1,586.45 万元，但“201 一般公共服务支出”的“合计”是 1,587.45 万元（相差 1.00 万元）。',
      'error table.column-total 公开05表“测试市统计局2024年一般公共预算支出表”：“基本支出” 812.40 万元 + “项目支出” 774.05 万元 = 1,586.45 万元，但“201 一般公共服务支出”的“合计”是 1,587.45 万元（相差 1.00 万元）。',
    ]);
  });
});

describe.each(['docx', 'pdf'] as const)('a budget whose 一般公共预算支出表 prints its 合计 row 1.00 万元 too high in 合计 and 基本支出 (%s)', (format) => {
  test('the table’s own sums and the two identities across tables that read its total are found, nothing else', async () => {
    const { findings } = await imported('budget-2024-wrong-general-public-total', format);
    expect(findings.findings.map((f) => `${f.severity} ${f.rule} ${f.message}`)).toEqual([
      'error table.function-tree 公开05表“测试市统计局2024年一般公共预算支出表”：“201 一般公共服务支出”的“合计” 1,586.45 万元 + “208 社会保障和就业支出”的“合计” 134.57 万元 + “210 卫生健康支出”的“合计” 42.18 万元 + “221 住房保障支出”的“合计” 57.66 万元 = 1,820.86 万元，但“合计”的“合计”是 1,821.86 万元（相差 1.00 万元）。',
      'error table.function-tree 公开05表“测试市统计局2024年一般公共预算支出表”：“201 一般公共服务支出”的“基本支出” 812.40 万元 + “208 社会保障和就业支出”的“基本支出” 134.57 万元 + “210 卫生健康支出”的“基本支出” 42.18 万元 + “221 住房保障支出”的“基本支出” 57.66 万元 = 1,046.81 万元，但“合计”的“基本支出”是 1,047.81 万元（相差 1.00 万元）。',
      'error table.fiscal-vs-general-public 公开05表“测试市统计局2024年一般公共预算支出表”“合计”行的“合计”是 1,821.86 万元，但公开04表“测试市统计局2024年财政拨款收支总表”支出栏“本年支出合计”的“一般公共预算”是 1,820.86 万元（相差 1.00 万元），两表的这两个数应相等。',
      'error table.general-public-vs-basic 公开06表“测试市统计局2024年一般公共预算基本支出表”“合计”行的“合计”是 1,046.81 万元，但公开05表“测试市统计局2024年一般公共预算支出表”“合计”行的“基本支出”是 1,047.81 万元（相差 1.00 万元），两表的这两个数应相等。',
    ]);
  });
});

describe.skipIf(!existsSync(CJK_FONT))('the committed PDFs are the documents the data prints', () => {
  test.each(Object.keys(FISCAL_DOCUMENTS))('%s.pdf', async (name) => {
    const file = join(mkdtempSync(join(tmpdir(), 'fiscal-pdf-')), `${name}.pdf`);
    await fiscalPdf(FISCAL_DOCUMENTS[name].document, file);
    expect(readFileSync(file).equals(readFileSync(join(FIXTURES, `${name}.pdf`))), 'run node test/import/fiscal-documents/write-pdfs.ts').toBe(true);
  });
});
