/**
 * Assembles an import: the draft disclosure JSON (every certain figure, the rest left
 * out or marked to fill), the MDX text (the source's words, repaired, with headings,
 * paragraphs and tables), and a review report in Chinese that says where each filled
 * figure came from and what a person must still decide.
 */
import type { z } from 'astro/zod';
import { formatFieldPath } from '../fields/field-path.ts';
import { resolveField } from '../fields/schema-walk.ts';
import { missingFigures } from '../stated-figures.ts';
import { DISCLOSURE_KINDS, type DisclosureKind, SCHEMA_BY_KIND } from '../../schemas/disclosure.ts';
import type { Block, SourceDocument } from './blocks.ts';
import { type Filled, recognize, type Review } from './recognize.ts';
import { draftLocations, locationKey } from './locations.ts';
import type { SourceLocation } from '../../schemas/provenance.ts';

export interface ImportOptions {
  kind: DisclosureKind;
  department: string;
  fiscalYear: number;
  /** "$schema" of the JSON (relative path to schemas/). */
  schemaRef: string;
  sourceUrl?: string;
  /** The original as archived beside the draft (scripts/import.ts copies it), and its text page by page. */
  original?: { file: string; sha256: string; pages?: string[] };
}

export interface ImportDraft {
  json: Record<string, unknown>;
  mdx: string;
  report: string;
  filled: (Filled & { location?: SourceLocation })[];
  review: Review[];
}

const TITLE_WORDS = /(部门预算|部门决算|自评报告|绩效目标|绩效自评表|预算公开|决算公开)/;
/** Fields each kind's schema has for the lists the importer builds. */
const LIST_FIELDS: Record<string, DisclosureKind[]> = {
  indicators: ['budget', 'final-accounts', 'performance-targets', 'project-evaluation'],
  keyTasks: ['performance-targets'],
  funds: ['project-evaluation'],
  targets: ['self-evaluation'],
  problems: ['project-evaluation', 'self-evaluation'],
  measures: ['project-evaluation', 'self-evaluation'],
  tables: ['budget', 'final-accounts'],
  byFunction: ['budget', 'final-accounts'],
};

/** Heading level from Chinese section numbering; the page title is the only h1. */
export function headingLevel(text: string): number {
  if (/^[一二三四五六七八九十]+、/.test(text)) return 2;
  if (/^[（(][一二三四五六七八九十]+[)）]/.test(text)) return 3;
  if (/^\d+[、.．]/.test(text)) return 4;
  return 3;
}

/** Escapes what MDX would read as code or markup: { } < > and a leading #, - or + that the source meant as text. */
export function escapeMdx(text: string): string {
  return text.replace(/[{}<>]/g, (c) => `\\${c}`);
}

function tableToMarkdown(rows: string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => escapeMdx((cells[i] ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' '))).join(' | ')} |`;
  return [line(rows[0]), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

/** The MDX text: blocks in order, the title left out (it is the JSON's title). */
export function blocksToMdx(blocks: readonly Block[]): string {
  const parts = blocks.map((block) => {
    if (block.type === 'table') return tableToMarkdown(block.rows);
    if (block.type === 'heading' && !/^附件\s*\d*$/.test(block.text)) return `${'#'.repeat(headingLevel(block.text))} ${escapeMdx(block.text)}`;
    return escapeMdx(block.text);
  });
  return `${parts.join('\n\n')}\n`;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

/** Builds the draft from a source document. */
export function buildDraft(document: SourceDocument, options: ImportOptions): ImportDraft {
  const { kind } = options;
  const schema = SCHEMA_BY_KIND[kind] as unknown as z.ZodType;
  const blocks = [...document.blocks];
  const review: Review[] = [...(document.review ?? [])];

  // The title: the first short heading or line near the top that names a disclosure.
  const titleIndex = blocks.slice(0, 10).findIndex((b) => b.type !== 'table' && b.text.length <= 80 && TITLE_WORDS.test(b.text) && !/[。；]$/.test(b.text));
  const titleBlock = titleIndex >= 0 ? (blocks[titleIndex] as Extract<Block, { type: 'heading' | 'paragraph' }>) : undefined;
  if (titleIndex >= 0) blocks.splice(titleIndex, 1);

  const recognized = recognize(blocks, kind);
  // A rebuilt form's row already listed (it fits its header in no single way) is not listed again by the table readers.
  const listed = new Set((document.review ?? []).map((r) => r.where));
  review.push(...recognized.review.filter((r) => !listed.has(r.where)));
  const json: Record<string, unknown> = {
    $schema: options.schemaRef,
    kind,
    department: options.department,
    fiscalYear: options.fiscalYear,
    title: titleBlock?.text ?? '',
  };
  const filled: Filled[] = [];
  if (titleBlock) filled.push({ field: 'title', value: titleBlock.text, where: titleBlock.where, evidence: titleBlock.text });
  else review.push({ field: 'title', where: '开头', evidence: '', reason: '没有找到标题：请把原文标题一字不改地填入 title。' });
  const titleYear = titleBlock?.text.match(/(\d{4})\s*年/)?.[1];
  if (titleYear && Number(titleYear) !== options.fiscalYear) json.titleYear = Number(titleYear);
  if (titleYear && Number(titleYear) !== options.fiscalYear)
    review.push({ field: 'fiscalYear', where: titleBlock!.where, evidence: titleBlock!.text, reason: `标题里的年份是 ${titleYear}，而预算年度填的是 ${options.fiscalYear}。自评报告常在次年编写（如“2021年…自评报告”评价的是 2020 年度）：请确认年度是公开内容所属的财政年度。` });

  for (const figure of recognized.fields) {
    // Only fields this kind has; a value the schema rejects is for review, never written.
    const field = resolveField(schema, figure.field.split('.'), json);
    if (!field) continue;
    const trial = structuredClone(json);
    setPath(trial, figure.field, figure.value);
    if (!schema.safeParse(trial).success && schemaIssuesAt(schema, trial, figure.field)) {
      review.push({ field: figure.field, where: figure.where, evidence: figure.evidence, reason: `读到的值 ${JSON.stringify(figure.value)} 不符合该字段的格式，没有填写。` });
      continue;
    }
    setPath(json, figure.field, figure.value);
    filled.push(figure);
  }
  for (const [name, list] of Object.entries(recognized.lists)) {
    if (!LIST_FIELDS[name]?.includes(kind)) continue;
    json[name] = list.items;
    if (list.filled) {
      filled.push(...list.filled);
      continue;
    }
    list.items.forEach((item, i) => {
      if (typeof item !== 'object') return void filled.push({ field: `${name}[${i}]`, value: String(item), where: list.where[i], evidence: String(item) });
      for (const [key, value] of Object.entries(item)) if (key !== 'level1' && key !== 'level2') filled.push({ field: `${name}[${i}].${key}`, value: value as string, where: list.where[i], evidence: Object.values(item).join(' | ') });
    });
  }
  // The file name stays in the report: a working copy's name must never reach a public page.
  json.source = {
    ...(options.sourceUrl ? { url: options.sourceUrl } : {}),
    format: document.format === 'md' ? 'txt' : document.format,
    ...(options.original ? { original: { file: options.original.file, sha256: options.original.sha256 } } : {}),
    note: '由 npm run import 导入',
  };

  const mdx = blocksToMdx(blocks);
  if (options.original?.pages) {
    const locations = draftLocations(json, options.original.pages, mdx);
    if (Object.keys(locations).length) json.locations = locations;
    for (const f of filled) if (locations[locationKey(f.field)]) (f as Filled & { location?: SourceLocation }).location = locations[locationKey(f.field)];
  }
  const leftOver = missingFigures(mdx, json);
  const report = renderReport(document, options, filled, review, recognized.departmentFacts, leftOver, schema, json);
  return { json, mdx, report, filled, review };
}

/** True when the schema rejects `data` at `path` (other fields may still be empty). */
function schemaIssuesAt(schema: z.ZodType, data: unknown, path: string): boolean {
  const result = schema.safeParse(data);
  return !result.success && result.error.issues.some((i) => formatFieldPath(i.path as PropertyKey[]) === path);
}

function renderReport(document: SourceDocument, options: ImportOptions, filled: Filled[], review: Review[], departmentFacts: Filled[], leftOver: { text: string; line: number }[], schema: z.ZodType, json: unknown): string {
  const id = `${options.fiscalYear}/${options.department}/${options.kind}`;
  const cell = (text: unknown) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const title = (field: string) => resolveField(schema, field.replace(/\[(\d+)\]/g, '.$1').split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), json)?.meta.title ?? '';
  const out = [
    `# 导入报告：${id}（${DISCLOSURE_KINDS[options.kind]}）`,
    '',
    `原文：\`${document.name}\`（${document.format}）。草稿：\`content/${id}.json\` 和 \`content/${id}.mdx\`。`,
    '',
    '导入只填写能确定的数字：标准表格中带单位的单元格、标准指标表的行，以及正文中紧跟固定字段名的数字。每个数字都注明了在原文中的位置。其余的留给人来判断，列在“需要人工核对”里。**发布前请逐项对照原文核对。**',
    '',
    '## 修复的提取损坏',
    '',
    ...(Object.keys(document.repairs).length ? Object.entries(document.repairs).map(([what, n]) => `- ${what}：${n} 处`) : ['- 无']),
    '',
    `## 已填写的数字和文字（${filled.length} 项）`,
    '',
    '| 字段 | 名称 | 值 | 原文位置 | 原文 |',
    '| --- | --- | --- | --- | --- |',
    ...filled.map((f) => `| \`${f.field}\` | ${cell(title(f.field))} | ${cell(f.value)} | ${cell(f.where)} | ${cell(f.evidence.slice(0, 80))} |`),
    '',
    `## 需要人工核对（${review.length} 项）`,
    '',
    ...(review.length ? review.map((r) => `- [ ] ${r.field ? `\`${r.field}\`` : ''} ${r.where}：${r.reason}${r.evidence ? `（原文：${cell(r.evidence.slice(0, 100))}）` : ''}`) : ['- 无']),
    '',
  ];
  if (departmentFacts.length) {
    out.push('## 部门概况数字', '', `原文列出的这些数字属于部门文件 \`content/departments/${options.department}.json\` 的 \`years\`（年度 ${options.fiscalYear}，出处 \`${id}\`），请核对后填入：`, '');
    for (const f of departmentFacts) out.push(`- \`${f.field}\`：${f.value}（${f.where}：${cell(f.evidence)}）`);
    out.push('');
  }
  out.push(`## 正文中还没有进入 JSON 的数字（${leftOver.length} 个）`, '', '这些数字在正文（MDX）里，但 JSON 里没有。是结构化字段的（如金额、得分）请填入对应字段，其他的填入 `facts`（其他数据）；年份、编号不用管。', '');
  for (const f of leftOver.slice(0, 80)) out.push(`- MDX 第 ${f.line} 行：${f.text}`);
  if (leftOver.length > 80) out.push(`- ……另有 ${leftOver.length - 80} 个`);
  out.push('', '## 下一步', '', '1. 对照原文核对上面“已填写”的每一项，处理“需要人工核对”的每一项（勾选）。', '2. 通读 MDX 正文，与原文逐段对照：标题层级、段落、表格。', '3. 运行 `npm run check`，按提示改到没有错误。', '');
  return out.join('\n');
}
