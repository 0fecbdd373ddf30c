/**
 * `npm run check` reads PDF and docx originals as the importer does, so a quote in
 * `locations` is checked against the archived file whatever its format: a mistyped quote
 * or page is an error at its line with the fix; the text is cached by the file's SHA-256.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { originalTexts } from '../../src/lib/import/original-cache.ts';
import { extractOriginalPages } from '../../src/lib/import/original-pages.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const DEPARTMENT = JSON.stringify({ name: '测试县人民代表大会常务委员会办公室', shortName: '测试县人大常委会办公室', level: 'district-county', region: { province: '测试省', city: '测试市', county: '测试县' } });
const MDX = '## 一、基本情况\n\n全年预算100.00万元，实际支出98.70万元，执行率98.7%。\n\n| 项目 | 金额（万元） |\n| --- | --- |\n| 基本支出 | 60.00 |\n| 项目支出 | 38.70 |\n';

/** A self-evaluation whose original is `file`, with the locations given. */
function disclosure(file: string, bytes: Uint8Array, locations: Record<string, { quote: string; page?: number }>) {
  const json = {
    kind: 'self-evaluation', department: 'test-rd', fiscalYear: 2023, title: '测试县人大常委会办公室2023年度部门整体支出绩效自评报告',
    source: { urlNote: '测试用原件，没有原文网址。', format: file.split('.').at(-1), original: { file, sha256: sha256(bytes) } },
    locations,
    budget: { total: '100.00 万元' }, spending: { total: '98.70 万元', basic: '60.00 万元', project: '38.70 万元' }, executionRate: '98.7%',
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

async function makeDocx(): Promise<Buffer> {
  const JSZip = createRequire(require.resolve('mammoth'))('jszip');
  const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const row = (...cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`;
  const body = [p('一、基本情况'), p('全年预算100.00万元，实际支出98.70万元，执行率98.7%。'), `<w:tbl>${row('项目', '金额（万元）')}${row('基本支出', '60.00')}${row('项目支出', '38.70')}</w:tbl>`].join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

function contentDir(file: string, bytes: Uint8Array, locations: Parameters<typeof disclosure>[2]): string {
  const dir = mkdtempSync(join(tmpdir(), 'original-check-'));
  mkdirSync(join(dir, 'content', 'departments'), { recursive: true });
  mkdirSync(join(dir, 'content', '2023', 'test-rd'), { recursive: true });
  writeFileSync(join(dir, 'content', 'departments', 'test-rd.json'), DEPARTMENT);
  writeFileSync(join(dir, 'content', '2023', 'test-rd', 'self-evaluation.json'), disclosure(file, bytes, locations));
  writeFileSync(join(dir, 'content', '2023', 'test-rd', 'self-evaluation.mdx'), MDX);
  writeFileSync(join(dir, 'content', '2023', 'test-rd', file), bytes);
  return dir;
}

/** `npm run check` on a folder, as staff run it. */
const check = (dir: string) => spawnSync(process.execPath, [join(ROOT, 'scripts', 'check.ts'), '--content', join(dir, 'content'), '--quiet', '--original-cache', join(dir, 'cache')], { cwd: dir, encoding: 'utf8' });

describe('a docx original', () => {
  test('a quote is found in its paragraphs and table rows; a mistyped one is an error with the passage to use', async () => {
    const bytes = new Uint8Array(await makeDocx());
    const dir = contentDir('self-evaluation.original.docx', bytes, {
      'spending.total': { quote: '全年预算100.00万元，实际支出98.70万元，执行率98.7%。' },
      'spending.basic': { quote: '基本支出 60.00' },
      'spending.project': { quote: '项目支出 38.7' },
    });
    const result = check(dir);
    // "项目支出 38.7" stands in the original (inside "项目支出 38.70"), but it does not print 38.70.
    expect(result.stdout).toContain('content/2023/test-rd/self-evaluation.json:22:16  location.figure-not-in-quote  locations.spending.project.quote（原文引文）"项目支出 38.7" 里没有这个数字 38.70 万元（按原文印法，千分位逗号不计）。原件中印有这个数字的最接近的一句是："项目支出 38.70"，可改为这一句。');
    expect(result.stdout.match(/location\./g)).toHaveLength(1);
    expect(result.status).toBe(1);
  });
});

describe('npm run locate on a docx original', () => {
  test('fills the location of every figure from the docx, and the check then passes', async () => {
    const dir = contentDir('self-evaluation.original.docx', new Uint8Array(await makeDocx()), {});
    const json = join(dir, 'content', '2023', 'test-rd', 'self-evaluation.json');
    const located = spawnSync(process.execPath, [join(ROOT, 'scripts', 'locate.ts'), '--content', join(dir, 'content')], { cwd: dir, encoding: 'utf8' });
    expect(located.stdout).toContain('2023/test-rd/self-evaluation：新填 5 处位置。');
    expect(JSON.parse(readFileSync(json, 'utf8')).locations['spending.basic']).toEqual({ quote: '基本支出\t60.00' });
    expect(check(dir).stdout).toContain('没有错误');
  });
});

describe.skipIf(!existsSync('/usr/bin/chromium'))('a PDF original (text layer printed by Chromium)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'original-pdf-'));
  writeFileSync(join(dir, 'a.html'), `<html lang="zh-CN"><meta charset="utf-8"><body style="font-family:'Noto Sans CJK SC',sans-serif;font-size:14px">
    <p>测试县人大常委会办公室2023年度部门整体支出绩效自评报告</p><p>一、基本情况</p><p style="break-before:page">全年预算100.00万元，实际支出98.70万元，执行率98.7%。</p>
    <table cellpadding="8"><tr><td>基本支出</td><td style="padding-left:80px">60.00</td></tr><tr><td>项目支出</td><td style="padding-left:80px">38.70</td></tr></table></body></html>`);
  execFileSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${join(dir, 'a.pdf')}`, join(dir, 'a.html')], { stdio: 'ignore', timeout: 60_000 });
  const pdf = new Uint8Array(readFileSync(join(dir, 'a.pdf')));

  test('a wrong page and a mistyped figure are located errors with their fix; right ones pass', () => {
    const content = contentDir('self-evaluation.original.pdf', pdf, {
      'budget.total': { quote: '全年预算100.00万元，实际支出98.70万元，执行率98.7%。', page: 2 },
      'spending.total': { quote: '全年预算100.00万元，实际支出98.70万元，执行率98.7%。', page: 1 },
      'spending.basic': { quote: '基本支出 60.00', page: 2 },
      'spending.project': { quote: '项目支出 38.07', page: 2 },
    });
    const result = check(content);
    const lines = result.stdout.split('\n').filter((l) => l.includes('location.'));
    expect(lines).toEqual([
      'content/2023/test-rd/self-evaluation.json:21:15  location.page  locations.spending.total.page（页码）是 1，但引文在原件第 2 页：改为 2。',
      'content/2023/test-rd/self-evaluation.json:28:16  location.quote-not-found  locations.spending.project.quote（原文引文）"项目支出 38.07" 在原件 self-evaluation.original.pdf 中找不到（空白和换行不计，其他须一字不差）。原件中印有这个数字的最接近的一句是（第 2 页）："项目支出 38.70"，可改为这一句。',
    ]);
    // The text is cached by the file's SHA-256: one entry, and the second check reads it instead of the PDF.
    const cached = readdirSync(join(content, 'cache')).flatMap((key) => readdirSync(join(content, 'cache', key)));
    expect(cached).toEqual([`${sha256(pdf)}.json`]);
    expect(check(content).stdout).toBe(result.stdout);
  });

  test('a PDF without a text layer (a scan), and a damaged file, say so instead of failing every quote', () => {
    writeFileSync(join(dir, 'scan.html'), '<html><body><div style="width:400px;height:300px;background:#555"></div></body></html>');
    execFileSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${join(dir, 'scan.pdf')}`, join(dir, 'scan.html')], { stdio: 'ignore', timeout: 60_000 });
    const scan = contentDir('self-evaluation.original.pdf', new Uint8Array(readFileSync(join(dir, 'scan.pdf'))), { 'spending.total': { quote: '实际支出98.70万元' }, 'spending.basic': { quote: '基本支出60.00万元' } });
    expect(check(scan).stdout.split('\n').filter((l) => l.includes('location.'))).toEqual(['content/2023/test-rd/self-evaluation.json:15:23  location.original-no-text  原件 self-evaluation.original.pdf 没有文字层（可能是扫描件），引文无法在原件中核对：请向发布单位索取带文字的 PDF 或 Word 原件存档；在那之前删去 locations。']);
    const damaged = contentDir('self-evaluation.original.pdf', new TextEncoder().encode('%PDF-1.4 not really'), { 'spending.total': { quote: '实际支出98.70万元' } });
    expect(check(damaged).stdout).toMatch(/location\.original-unreadable {2}原件 self-evaluation\.original\.pdf 无法读取文字（.+），locations（数字的原文位置）无法核对/);
  });
});

describe('the extraction cache', () => {
  test('an unchanged original is extracted once; a changed one again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'original-cache-'));
    let bytes = new TextEncoder().encode('one');
    const source = { root: 'content', files: ['2023/x/budget.original.docx', '2023/x/budget.json'], read: () => '', readBytes: () => bytes };
    const calls: string[] = [];
    const extract = async (b: Uint8Array) => (calls.push(new TextDecoder().decode(b)), [`text of ${new TextDecoder().decode(b)}`]);
    const first = await originalTexts(source, dir, extract);
    const second = await originalTexts(source, dir, extract);
    bytes = new TextEncoder().encode('two');
    const third = await originalTexts(source, dir, extract);
    expect([first.stats, second.stats, third.stats]).toEqual([{ extracted: 1, cached: 0 }, { extracted: 0, cached: 1 }, { extracted: 1, cached: 0 }]);
    expect(calls).toEqual(['one', 'two']);
    expect(second.texts.get('2023/x/budget.original.docx')).toEqual({ pages: ['text of one'] });
  });
  test('the docx text is what the importer reads: paragraphs, then each table row with its cells', async () => {
    expect(await extractOriginalPages(new Uint8Array(await makeDocx()), 'docx')).toEqual(['一、基本情况\n全年预算100.00万元，实际支出98.70万元，执行率98.7%。\n项目\t金额（万元）\n基本支出\t60.00\n项目支出\t38.70']);
  });
});

