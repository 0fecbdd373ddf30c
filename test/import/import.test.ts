/**
 * npm run import on the seed documents: every figure it fills equals the committed
 * content's (none wrong, none invented), the draft passes the check, and the MDX keeps
 * the source's words and figures. Plus the repairs, and .docx and PDF sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatText } from '../../src/lib/check/format-problems.ts';
import { compareImport } from '../../src/lib/import/compare.ts';
import { buildDraft } from '../../src/lib/import/draft.ts';
import { htmlToBlocks } from '../../src/lib/import/from-html.ts';
import { pdfLines } from '../../src/lib/import/from-pdf.ts';
import { documentFromText, linesToBlocks } from '../../src/lib/import/from-text.ts';
import { joinBrokenParagraphs, normalizeRadicals, removeCjkSpaces, splitRow } from '../../src/lib/import/repair.ts';
import { schemaRefFor } from '../../src/lib/json-schema/generate.ts';
import { extractStatedFigures } from '../../src/lib/stated-figures.ts';
import type { DisclosureKind } from '../../src/schemas/disclosure.ts';

const root = join(import.meta.dirname, '..', '..');
const seeds = join(root, '..', 'shared', 'seeds');
const content = join(root, 'content');

function importSeed(file: string, id: string) {
  const [year, department, kind] = id.split('/');
  const document = documentFromText(file, readFileSync(join(seeds, file), 'utf8'), 'txt');
  return buildDraft(document, { kind: kind as DisclosureKind, department, fiscalYear: Number(year), schemaRef: schemaRefFor(`${id}.json`)! });
}

/** The seeds, with how many committed figures the import reproduces (measured, pinned so a regression shows). */
const SEEDS = [
  { file: '000_b229038a7a2544dd.txt', id: '2020/guangdong-rd/self-evaluation', reproduced: 9, total: 102 },
  { file: '001_7d5da131da030cc5.txt', id: '2023/guangzhou-rd/self-evaluation', reproduced: 8, total: 64 },
  { file: '002_851f10077f0b8bdf.txt', id: '2023/dongguan-rd/performance-targets', reproduced: 12, total: 28 },
  { file: '003_f8506e363ac8b58a.txt', id: '2022/conghua-rd/self-evaluation', reproduced: 3, total: 82 },
];

describe.skipIf(!existsSync(seeds))('importing the seed documents', () => {
  test.each(SEEDS)('$id: every filled figure equals the committed one; $reproduced of $total reproduced', ({ file, id, reproduced, total }) => {
    const draft = importSeed(file, id);
    const committed = JSON.parse(readFileSync(join(content, `${id}.json`), 'utf8'));
    const comparison = compareImport(draft.json, committed);
    expect(comparison.wrong).toEqual([]);
    expect(comparison.extra).toEqual([]);
    expect(comparison.total).toBe(total);
    expect(comparison.reproduced.length).toBe(reproduced);
    expect(draft.json.title).toBe(committed.title === '2021年部门整体支出绩效自评报告' ? committed.title : committed.title);
  });

  test.each(SEEDS)('$id: the draft passes the check', ({ file, id }) => {
    const draft = importSeed(file, id);
    const files: Record<string, string> = { [`${id}.json`]: JSON.stringify(draft.json, null, 2), [`${id}.mdx`]: draft.mdx };
    for (const name of ['guangdong-rd', 'guangzhou-rd', 'dongguan-rd', 'conghua-rd']) files[`departments/${name}.json`] = readFileSync(join(content, 'departments', `${name}.json`), 'utf8');
    const problems = checkContent({ root: 'content', files: Object.keys(files).sort(), read: (p) => files[p] }).problems.filter((p) => p.severity === 'error');
    expect(problems.map(formatText)).toEqual([]);
  });

  test('002 东莞: the whole 绩效目标表 is read: budget figures, the five key tasks in 元 and all 18 indicator rows', () => {
    const draft = importSeed('002_851f10077f0b8bdf.txt', '2023/dongguan-rd/performance-targets');
    const committed = JSON.parse(readFileSync(join(content, '2023/dongguan-rd/performance-targets.json'), 'utf8'));
    for (const key of ['spending', 'income', 'developmentSpending', 'byLevel', 'keyTasks', 'indicators']) expect(draft.json[key], key).toEqual(committed[key]);
    expect(draft.report).toContain('| `spending.basic` | 基本支出 | 5082.95 万元 | 第 14 行 | 基本支出：5,082.95（单位：万元） |');
    // The 其他需完成的任务 amounts have no unit on their row: listed for a person, not filled.
    expect(draft.json.otherTasks).toBeUndefined();
    expect(draft.review.map((r) => r.field)).toEqual(['otherTasks']);
    expect(draft.report).toContain('`staffFunded`：78');
  });

  test('000 广东: a title year that is not the fiscal year is flagged, and labels that recur with other values are not used', () => {
    const draft = importSeed('000_b229038a7a2544dd.txt', '2020/guangdong-rd/self-evaluation');
    expect(draft.review.map((r) => r.field)).toContain('fiscalYear');
    // "产出指标完成情况自评分 20 分" is not 自评分 94.34.
    expect(draft.json.score).toEqual({ selfScore: 94.34, bonus: 10, total: 104.34 });
    expect(draft.filled.find((f) => f.field === 'score.selfScore')?.evidence).toContain('自评分94.34分');
  });

  test('003 从化: a label with several values (综合得分为 90.9 / 40.9 / 50 / 0) is listed for review, not filled', () => {
    const draft = importSeed('003_f8506e363ac8b58a.txt', '2022/conghua-rd/self-evaluation');
    expect((draft.json.score as Record<string, unknown> | undefined)?.total).toBeUndefined();
    expect(draft.review.find((r) => r.field === 'score.total')?.reason).toContain('90.9');
  });

  test.each([
    ['001_7d5da131da030cc5.txt', '2023/guangzhou-rd/self-evaluation'],
    ['003_f8506e363ac8b58a.txt', '2022/conghua-rd/self-evaluation'],
  ])('%s: the MDX states exactly the figures of the committed MDX', (file, id) => {
    const draft = importSeed(file, id);
    const figures = (mdx: string) => extractStatedFigures(mdx).map((f) => f.value).sort();
    expect(figures(draft.mdx)).toEqual(figures(readFileSync(join(content, `${id}.mdx`), 'utf8')));
  });
});

describe('repairs', () => {
  test('removes spaces inside Chinese text and between Chinese and figures, not between Latin words', () => {
    expect(removeCjkSpaces('全 国 人 大 代 表 2023 年 18,485.9 万元, 支出进度 98.7%').text).toBe('全国人大代表2023年18,485.9万元,支出进度98.7%');
    expect(removeCjkSpaces('PDF text layer 与 Word').text).toBe('PDF text layer 与 Word');
    expect(removeCjkSpaces('（是/否） 凝聚力量').text).toBe('（是/否） 凝聚力量');
  });
  test('joins a paragraph a page break split, but not a title and the paragraph after it', () => {
    expect(joinBrokenParagraphs(['加强监督推动法律法规制度优势更好转化为治理效能。聚焦', '', '打好三大攻坚战。']).lines).toEqual(['加强监督推动法律法规制度优势更好转化为治理效能。聚焦打好三大攻坚战。']);
    expect(joinBrokenParagraphs(['2023年东莞市人民代表大会常务委员会办公室部门整体支出绩效目标批复情况', '', '根据东莞市财政局要求']).lines).toHaveLength(3);
    expect(joinBrokenParagraphs(['本年支出。', '', '下一段。']).count).toBe(0);
  });
  test('maps the radical-form characters PDF text layers produce to the ideographs, leaving punctuation as published', () => {
    expect(normalizeRadicals('测试县⼈⼤常委会办公室部⻔预算（⼀）。').text).toBe('测试县人大常委会办公室部门预算（一）。');
  });
  test('splits a flattened row whose cell holds several <p> paragraphs', () => {
    expect(splitRow('\t<p>“数字人大”建设</p> <p>一、搭建平台。</p>\t1,070,000.00').cells).toEqual(['', '“数字人大”建设', '一、搭建平台。', '1,070,000.00']);
  });
  test('keeps a table that a blank line interrupts as one table', () => {
    const blocks = linesToBlocks(['名称\t金额', 'a\t1', '', 'b\t2', '', '段落。'].map((text, i) => ({ text, where: `第 ${i + 1} 行` })), {});
    expect(blocks.map((b) => b.type)).toEqual(['table', 'paragraph']);
  });
});

/** A minimal .docx (a zip of WordprocessingML) with a heading, a paragraph and a table. */
async function makeDocx(): Promise<Buffer> {
  const JSZip = createRequire(require.resolve('mammoth'))('jszip');
  const p = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const cell = (text: string) => `<w:tc>${p(text)}</w:tc>`;
  const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
  const body = [
    p('测试县人大常委会办公室2024年部门预算', 'Heading1'),
    p('一、部门职责', 'Heading2'),
    p('本部门负责 常委会 会议组织，2024 年收入预算 1,200.00 万元。'),
    p('单位：万元'),
    `<w:tbl>${row('项目', '预算数', '项目', '预算数')}${row('一般公共预算拨款收入', '1,180.00', '基本支出', '900.00')}${row('其他收入', '20.00', '项目支出', '300.00')}</w:tbl>`,
  ].join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('other source formats', () => {
  test('.docx: headings, paragraphs and the table come through; table figures take the unit stated above the table', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: await makeDocx() });
    const repairs: Record<string, number> = {};
    const document = { name: 'a.docx', format: 'docx' as const, blocks: htmlToBlocks(html, repairs), repairs };
    const draft = buildDraft(document, { kind: 'budget', department: 'test-rd', fiscalYear: 2024, schemaRef: 's' });
    expect(draft.json).toMatchObject({ title: '测试县人大常委会办公室2024年部门预算', income: { generalPublic: '1180.00 万元', other: '20.00 万元' }, spending: { basic: '900.00 万元', project: '300.00 万元' } });
    expect(draft.mdx).toContain('## 一、部门职责\n\n本部门负责常委会会议组织，2024年收入预算1,200.00万元。');
    expect(draft.mdx).toContain('| 一般公共预算拨款收入 | 1,180.00 | 基本支出 | 900.00 |');
    expect(draft.filled.find((f) => f.field === 'spending.basic')?.where).toBe('第 1 个表格第 2 行');
  });

  test('.docx: a table without a stated unit is listed for review, not filled', async () => {
    const html = '<table><tr><td>基本支出</td><td>900.00</td></tr></table>';
    const draft = buildDraft({ name: 'b.docx', format: 'docx', blocks: htmlToBlocks(html, {}), repairs: {} }, { kind: 'budget', department: 'test-rd', fiscalYear: 2024, schemaRef: 's' });
    expect(draft.json.spending).toBeUndefined();
    expect(draft.review.find((r) => r.field === 'spending.basic')).toMatchObject({ reason: expect.stringContaining('没有写明金额单位') });
  });

  test.skipIf(!existsSync('/usr/bin/chromium'))('PDF with a text layer (printed by Chromium): text, table cells and figures are read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-pdf-'));
    writeFileSync(join(dir, 'a.html'), `<html lang="zh-CN"><meta charset="utf-8"><body style="font-family:'Noto Sans CJK SC',sans-serif;font-size:14px">
      <h1>测试县人大常委会办公室2024年部门预算</h1><p>一、部门职责</p><p>本部门负责常委会会议组织。</p><p>单位：万元</p>
      <table style="border-collapse:collapse" cellpadding="8"><tr><td>项目</td><td style="padding-left:80px">预算数</td></tr><tr><td>基本支出</td><td style="padding-left:80px">900.00</td></tr><tr><td>项目支出</td><td style="padding-left:80px">300.00</td></tr></table></body></html>`);
    execFileSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${join(dir, 'a.pdf')}`, join(dir, 'a.html')], { stdio: 'ignore', timeout: 60_000 });
    const { lines } = await pdfLines(new Uint8Array(readFileSync(join(dir, 'a.pdf'))));
    const repairs: Record<string, number> = {};
    const draft = buildDraft({ name: 'a.pdf', format: 'pdf', blocks: linesToBlocks(lines, repairs), repairs }, { kind: 'budget', department: 'test-rd', fiscalYear: 2024, schemaRef: 's' });
    expect(draft.json.title).toBe('测试县人大常委会办公室2024年部门预算');
    expect(draft.json.spending).toEqual({ basic: '900.00 万元', project: '300.00 万元' });
    expect(draft.mdx).toContain('## 一、部门职责');
    expect(draft.filled.find((f) => f.field === 'spending.basic')?.where).toMatch(/^第 1 页第 \d+ 行$/);
  });
});
