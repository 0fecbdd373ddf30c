// npm run import: turns a source document (.docx, .pdf with a text layer, .txt, .md) into
// a draft disclosure: content/<year>/<dept>/<kind>.json and .mdx, plus a review report
// at .import/<year>/<dept>/<kind>.import-report.md (ignored by git). Never overwrites.
// The source file is archived beside the draft as <kind>.original.<ext> with its SHA-256,
// and each figure it fills gets its location in that original.
// Usage: npm run import -- <file> --department <slug> --year <fiscal year> --kind <kind> [--new-department …] [--url <原文网址>]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseCommandLine } from '../src/lib/cli-args.ts';
import mammoth from 'mammoth';
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatText } from '../src/lib/check/format-problems.ts';
import { readContentDir } from '../src/lib/check/read-content-dir.ts';
import type { SourceDocument } from '../src/lib/import/blocks.ts';
import { buildDraft } from '../src/lib/import/draft.ts';
import { htmlToBlocks } from '../src/lib/import/from-html.ts';
import { pdfLines } from '../src/lib/import/from-pdf.ts';
import { documentFromText, linesToBlocks } from '../src/lib/import/from-text.ts';
import { schemaRefFor } from '../src/lib/json-schema/generate.ts';
import { planNew } from '../src/lib/scaffold/plan.ts';
import { DISCLOSURE_OPTIONS } from '../src/lib/scaffold/cli-options.ts';
import { type PlannedFile, writeFilesAtomically } from '../src/lib/scaffold/write-files.ts';
import { sha256 } from '../src/lib/check/provenance/original-file.ts';
import { docxText, pdfPages } from '../src/lib/import/original-pages.ts';
import { originalPages } from '../src/lib/provenance/original-text.ts';

const { values, positionals } = parseCommandLine({
  usage: 'npm run import -- <原文文件> --department <slug> --year <年度> --kind <类型> [--new-department …] [--url <原文网址>]',
  allowPositionals: true,
  options: {
    ...DISCLOSURE_OPTIONS,
    'report-dir': { type: 'string', default: '.import' },
    url: { type: 'string' },
  },
});

const fail = (lines: string[]): never => {
  for (const line of lines) console.error(`错误：${line}`);
  console.error('\n没有创建任何文件。');
  process.exit(1);
};

const file = positionals[0];
if (!file) fail(['缺少原文文件：npm run import -- <原文文件> --department <部门标识> --year <预算年度> --kind <类型>。支持 .docx、带文字层的 .pdf、.txt、.md。']);
if (!existsSync(file)) fail([`找不到原文文件 ${file}。`]);
const root = resolve(values.content);
const display = relative(process.cwd(), root).split('\\').join('/') || '.';
const existing = new Set<string>();
const walk = (rel: string) => {
  for (const name of readdirSync(join(root, rel))) {
    const path = rel ? `${rel}/${name}` : name;
    if (statSync(join(root, path)).isDirectory()) walk(path);
    else existing.add(path);
  }
};
if (existsSync(root)) walk('');
const plan = planNew(
  { department: values.department, year: values.year, kind: values.kind, newDepartment: values['new-department'], departmentFields: { name: values.name, shortName: values['short-name'], level: values.level, province: values.province, city: values.city, county: values.county } },
  existing,
  display,
);
if (!plan.ok) fail(plan.errors);
const { identity } = plan as Extract<typeof plan, { ok: true }>;

/** The original's text page by page, for locating figures (PDF: its text layer; text: as it is). */
let originalText: string[] | undefined;

async function read(path: string): Promise<SourceDocument> {
  const name = basename(path);
  const ext = extname(path).toLowerCase();
  const repairs: Record<string, number> = {};
  if (ext === '.docx') {
    const { value: html } = await mammoth.convertToHtml({ buffer: readFileSync(path) });
    originalText = [docxText(html)];
    return { name, format: 'docx', blocks: htmlToBlocks(html, repairs), repairs };
  }
  if (ext === '.pdf') {
    const { lines } = await pdfLines(new Uint8Array(readFileSync(path)));
    originalText = pdfPages(lines);
    if (!lines.some((l) => l.text.trim())) fail([`${name} 没有文字层（可能是扫描件）：无法可靠地提取文字。请向发布单位索取 Word 或带文字的 PDF，或用 npm run new 建立空白草稿后手工录入。`]);
    const review: NonNullable<SourceDocument['review']> = [];
    return { name, format: 'pdf', blocks: linesToBlocks(lines, repairs, review), repairs, review };
  }
  if (ext === '.txt' || ext === '.md') originalText = originalPages(readFileSync(path), 'txt');
  if (ext === '.txt' || ext === '.md') return documentFromText(name, readFileSync(path, 'utf8'), ext === '.md' ? 'md' : 'txt');
  if (ext === '.doc' || ext === '.wps') return fail([`${name}：不支持旧版 .doc/.wps 格式。请用 Word 或 WPS“另存为” .docx 后再导入。`]);
  return fail([`${name}：不支持的文件类型 ${ext || '（无扩展名）'}。支持 .docx、.pdf（带文字层）、.txt、.md。`]);
}

const document = await read(file!);
const base = `${identity.fiscalYear}/${identity.department}/${identity.kind}`;
const originalBytes = readFileSync(file!);
const originalName = `${identity.kind}.original.${extname(file!).slice(1).toLowerCase().replace(/^md$/, 'txt')}`;
const original = { file: originalName, sha256: sha256(originalBytes), pages: originalText };
const draft = buildDraft(document, { ...identity, schemaRef: schemaRefFor(`${base}.json`)!, sourceUrl: values.url, original });
const reportPath = join(values['report-dir'], `${base}.import-report.md`);
const files: PlannedFile[] = [
  ...(plan as Extract<typeof plan, { ok: true }>).files.filter((f) => f.path.startsWith('departments/')).map((f) => ({ path: join(root, f.path), text: f.text })),
  { path: join(root, `${base}.json`), text: `${JSON.stringify(draft.json, null, 2)}\n` },
  { path: join(root, `${base}.mdx`), text: draft.mdx },
  { path: join(root, `${identity.fiscalYear}/${identity.department}/${originalName}`), bytes: originalBytes },
];
// The report folder ignores itself, so drafts' reports never get committed by mistake.
const ignore = join(values['report-dir'], '.gitignore');
if (!existsSync(ignore)) files.push({ path: ignore, text: '# npm run import 的导入报告：只供核对，不提交。\n*\n' });
try {
  writeFilesAtomically(files);
  writeFilesAtomically([{ path: reportPath, text: draft.report }], { overwrite: true });
} catch (error) {
  fail([error instanceof Error ? error.message : String(error)]);
}
for (const f of files.filter((f) => !f.path.endsWith('.gitignore'))) console.log(`已创建 ${relative(process.cwd(), f.path)}`);
console.log(`导入报告：${reportPath}`);
console.log(`\n已填写 ${draft.filled.length} 项（每项都注明了原文位置），需要人工核对 ${draft.review.length} 项。`);
const created = new Set(files.map((f) => relative(process.cwd(), f.path).split('\\').join('/')));
// The quotes just written are checked against the text they were found in (npm run check reads it the same way).
const originalPath = `${identity.fiscalYear}/${identity.department}/${originalName}`;
const source = readContentDir(root, display);
const problems = checkContent({ ...source, originalText: (path) => (path === originalPath && originalText ? { pages: originalText } : undefined) }).problems.filter((p) => created.has(p.file));
if (problems.length) {
  console.log(`\nnpm run check 对草稿的意见（${problems.length} 条），请逐条处理：`);
  for (const p of problems) console.log(`  ${formatText(p)}`);
} else console.log('\n草稿通过了 npm run check。仍请按导入报告对照原文逐项核对后再提交。');
