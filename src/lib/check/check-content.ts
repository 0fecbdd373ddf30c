/**
 * Validates the whole content folder and returns every problem at once. Pure: it reads
 * through the `read` callback it is given, so tests can feed it fixtures and the CLI
 * and the Astro build share it.
 */
import type { z } from 'astro/zod';
import { ArticleSchema } from '../../schemas/article.ts';
import { type Department, DepartmentSchema } from '../../schemas/department.ts';
import { DISCLOSURE_KINDS, type Disclosure, DisclosureSchema, KIND_NAMES } from '../../schemas/disclosure.ts';
import type { CheckMemo } from './check-memo.ts';
import { classifyContentPath, type ContentFile } from './content-layout.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { locate, parseJsonDocument, type JsonDocument } from './json-document.ts';
import { findUnsafeMdx } from './mdx-safety.ts';
import { type Problem, sortProblems } from './problem.ts';
import { closest } from './suggest.ts';
import { checkProvenance, internalNamesInMdx } from './provenance/index.ts';
import { internalNameMessage } from './provenance/internal-names.ts';
import { describeIssue } from './zod-issue-message.ts';

export interface ContentSource {
  /** Folder of the content, as it should appear in messages (e.g. "content"). */
  root: string;
  /** Every file below the folder, relative to it, with forward slashes. */
  files: string[];
  read(relativePath: string): string;
  /** The file's bytes (archived originals are hashed as they are); the text's UTF-8 where not given. */
  readBytes?(relativePath: string): Uint8Array;
  /**
   * A digest of the file's bytes, where the caller keeps digests between runs (a partitioned
   * build: scripts/build/content-digests.ts): a shard's key hashes it instead of the bytes,
   * so an unchanged corpus is not read whole to find that nothing changed.
   */
  fingerprint?(relativePath: string): Uint8Array;
  /**
   * The text of a PDF or docx original, extracted before the check (src/lib/import/original-cache.ts):
   * quotes in them are checked only where it is given.
   */
  originalText?(relativePath: string): OriginalText | undefined;
  /**
   * Problems with the files as files (unreadable, not UTF-8 …), found while listing and
   * while reading them: read at the end of the check, when every file has been read.
   */
  faults?: { path: string; line: number; column: number; code: string; message: string; field?: string }[];
  /** Departments that exist beside the listed files (a shard of the check lists only its own: shards.ts). */
  knownDepartments?: readonly string[];
  /** findUnsafeMdx as the caller runs it: in a thread replaced now and then over a large corpus (mdx-safety-worker.ts). */
  findUnsafeMdx?: typeof findUnsafeMdx;
}

/** An original's extracted text by page, or why it could not be read. */
export type OriginalText = { pages: string[]; error?: undefined } | { pages?: undefined; error: string };

export interface CheckResult {
  problems: Problem[];
  /** Counts of what was checked, for the summary line. */
  counts: { departments: number; disclosures: number; articles: number };
  /** Disclosures and departments that passed validation, for the audit. */
  valid: {
    /**
     * The file's text, not its parse tree: trees with positions for every value cost several
     * times the text (most of the check's memory), and only files with a finding need one.
     */
    disclosures: { id: string; path: string; data: Disclosure; text: string }[];
    departments: Record<string, Department>;
  };
}

type DisclosureFile = Extract<ContentFile, { type: 'disclosure' }>;

/** `memo`: what earlier runs learnt about unchanged files (check-memo.ts); the problems are the same with or without it. */
export function checkContent(source: ContentSource, memo?: CheckMemo): CheckResult {
  const problems: Problem[] = [];
  const display = (path: string) => `${source.root}/${path}`;
  const report = (path: string, at: { line: number; column: number }, code: string, message: string, field?: string) =>
    problems.push({ file: display(path), line: at.line, column: at.column, code, severity: 'error', message, field });
  const start = { line: 1, column: 1 };

  // Documents the memo knew as valid, and documents that parsed without a syntax error.
  const knownValid = new WeakSet<JsonDocument>();
  const parsedCleanly = new WeakSet<JsonDocument>();
  const classified = source.files.map(classifyContentPath).filter((f): f is ContentFile => f !== undefined);

  // Departments first: disclosures are checked against them.
  const departments = new Set<string>(source.knownDepartments);
  let departmentCount = 0;
  const validDepartments: Record<string, Department> = {};
  const validDisclosures: CheckResult['valid']['disclosures'] = [];
  const parents: { path: string; document: JsonDocument; parent: string }[] = [];
  for (const file of classified.filter((f) => f.type === 'department')) {
    // A broken department file is reported once, not again by every disclosure that names it.
    departments.add(file.slug);
    departmentCount++;
    const document = parseJson(file.path, 'department');
    if (document && validate(file.path, document, DepartmentSchema, 'department')) {
      validDepartments[file.slug] = document.value as Department;
      const parent = (document.value as { parentDepartment?: string }).parentDepartment;
      if (parent) parents.push({ path: file.path, document, parent });
    }
  }
  for (const { path, document, parent } of parents) {
    if (departments.has(parent)) continue;
    const guess = closest(parent, [...departments]);
    report(path, locate(document, ['parentDepartment']), 'department.unknown', `parentDepartment（上一级部门标识）"${parent}" 不存在：content/departments/ 下没有 ${parent}.json。${guess ? `是不是 "${guess}"？` : '上一级部门不在明账中时，删去这个字段。'}`, 'parentDepartment');
  }

  const disclosures = classified.filter((f): f is DisclosureFile => f.type === 'disclosure');
  const byKey = new Map<string, { json?: DisclosureFile; mdx?: DisclosureFile }>();
  for (const file of disclosures) {
    const key = `${file.year}/${file.department}/${file.kind}`;
    const pair = byKey.get(key) ?? {};
    pair[file.ext] = file;
    byKey.set(key, pair);
  }

  const fileSet = new Set(source.files);
  const referenced = new Set<string>();
  const identities = new Map<string, string>();
  const titles = new Map<string, string>();
  let disclosureCount = 0;
  for (const [key, pair] of byKey) {
    if (pair.json && !pair.mdx) report(pair.json.path, start, 'pair.mdx-missing', `缺少正文文件 ${display(`${key}.mdx`)}：每份公开都要有同名的 .json（数据）和 .mdx（正文）。用 npm run new 生成，或把原文正文放进这个文件。`);
    if (pair.mdx && !pair.json) report(pair.mdx.path, start, 'pair.json-missing', `缺少数据文件 ${display(`${key}.json`)}：每份公开都要有同名的 .json（数据）和 .mdx（正文）。用 npm run new 生成。`);
    const mdxText = pair.mdx ? checkMdx(pair.mdx.path, false) : undefined;
    if (!pair.json) continue;
    disclosureCount++;
    const file = pair.json;
    const document = parseJson(file.path, 'disclosure');
    if (!document) continue;
    const schemaValid = validate(file.path, document, DisclosureSchema, 'disclosure');
    const problemsBefore = problems.length;
    // Path rules still run on a file with other errors, so staff see everything at once.
    const data = document.value as { department?: unknown; fiscalYear?: unknown; kind?: unknown; title?: unknown };
    const at = (field: string) => locate(document, [field]);
    if (typeof data.fiscalYear === 'number' && data.fiscalYear !== file.year)
      report(file.path, at('fiscalYear'), 'path.year-mismatch', `fiscalYear（预算年度）是 ${data.fiscalYear}，但文件在 ${file.year}/ 文件夹里。文件夹按公开内容所属的财政年度放（不是发布年度）：要么改 fiscalYear，要么把文件移到 ${data.fiscalYear}/ 下。`, 'fiscalYear');
    if (typeof data.department === 'string' && data.department !== file.department)
      report(file.path, at('department'), 'path.department-mismatch', `department（部门）是 "${data.department}"，但文件在 ${file.department}/ 文件夹里。两者须一致。`, 'department');
    if (typeof data.kind === 'string' && (KIND_NAMES as string[]).includes(data.kind) && data.kind !== file.kind)
      report(file.path, at('kind'), 'path.kind-mismatch', `kind（类型）是 "${data.kind}"，但文件名是 ${file.kind}.json。文件名须与 kind 相同（${DISCLOSURE_KINDS[file.kind]} 的文件名是 ${file.kind}.json）。`, 'kind');
    if (typeof data.department !== 'string' || typeof data.kind !== 'string' || typeof data.fiscalYear !== 'number') continue;
    if (!departments.has(data.department)) {
      const guess = closest(data.department, [...departments]);
      report(file.path, at('department'), 'department.unknown', `department（部门）"${data.department}" 不存在：content/departments/ 下没有 ${data.department}.json。${guess ? `是不是 "${guess}"？` : ''}新部门请先用 npm run new 建立部门文件。`, 'department');
    }
    const identity = `${data.department}/${data.fiscalYear}/${data.kind}`;
    const earlier = identities.get(identity);
    if (earlier) report(file.path, at('kind'), 'disclosure.duplicate', `重复的公开：${display(earlier)} 已经是 ${data.department} ${data.fiscalYear} 年度的${DISCLOSURE_KINDS[data.kind as keyof typeof DISCLOSURE_KINDS]}。同一部门、年度和类型只能有一份；更正请修改原文件并写更正记录。`, 'kind');
    else identities.set(identity, file.path);
    const sameTitle = `${data.department}/${data.kind}/${data.title}`;
    const titled = titles.get(sameTitle);
    if (titled && titled !== file.path) report(file.path, at('title'), 'disclosure.duplicate', `重复的公开：${display(titled)} 的标题与此相同（"${data.title}"）。同一份文件不要放在两个年度下；年度按公开内容所属的财政年度（如"2021年…自评报告"评价的是2020年度，应放在 2020/）。`, 'title');
    else titles.set(sameTitle, file.path);
    if (schemaValid && problems.length === problemsBefore) validDisclosures.push({ id: key, path: display(file.path), data: document.value as Disclosure, text: document.text });
    // After the audit's gate: a mistyped location must not hide what the audit finds in the figures.
    const folder = file.path.slice(0, file.path.lastIndexOf('/') + 1);
    checkProvenance({
      path: file.path,
      data: document.value as Record<string, unknown>,
      mdx: mdxText,
      readOriginal: (name) => (fileSet.has(folder + name) ? (source.readBytes?.(folder + name) ?? new TextEncoder().encode(source.read(folder + name))) : undefined),
      originalText: (name) => source.originalText?.(folder + name),
      report: (field, code, message) => report(file.path, locate(document, fieldPath(field)), code, message, field),
    });
    referenced.add(folder + String((document.value as { source?: { original?: { file?: unknown } } }).source?.original?.file));
  }

  for (const file of classified) {
    if (file.type === 'original' && !referenced.has(file.path))
      report(file.path, start, 'original.unreferenced', `原件 ${display(file.path)} 没有被 ${display(`${file.year}/${file.department}/${file.kind}.json`)} 的 source.original.file 引用：在那份 JSON 的 source.original 中填写 "file": "${file.file}" 和它的 sha256，或删去这个文件。`);
    if (file.type === 'misplaced') report(file.path, start, 'path.unexpected', `文件位置不对：${file.reason}。`);
    if (file.type === 'unknown-kind') {
      const guess = closest(file.name, KIND_NAMES);
      const kinds = KIND_NAMES.map((k) => `${k}（${DISCLOSURE_KINDS[k]}）`).join('、');
      report(file.path, start, 'kind.unknown', `未知的公开类型 "${file.name}"：文件名须是以下之一：${kinds}。${guess ? `是不是 "${guess}.${file.ext}"？` : ''}`);
    }
  }

  const articles = classified.filter((f) => f.type === 'article');
  for (const article of articles) checkArticle(article.path);
  for (const f of source.faults ?? []) report(f.path, f, f.code, f.message, f.field);

  return {
    problems: dedupe(sortProblems(problems)),
    counts: { departments: departmentCount, disclosures: disclosureCount, articles: articles.length },
    valid: { disclosures: validDisclosures, departments: validDepartments },
  };

  function parseJson(path: string, schemaName: string): JsonDocument | undefined {
    const text = source.read(path);
    if (memo?.isValid(schemaName, text)) {
      // Valid before: JSON.parse gives the same value; the tree with positions is parsed
      // only if a rule that looks beyond this file reports at a field.
      let tree: JsonDocument['tree'] | null = null;
      const known: JsonDocument = {
        text,
        value: JSON.parse(text),
        get tree() {
          if (tree === null) tree = parseJsonDocument(text).document?.tree;
          return tree;
        },
      };
      knownValid.add(known);
      return known;
    }
    const { document, errors } = parseJsonDocument(text);
    for (const error of errors) report(path, error, 'json.syntax', `JSON 格式错误：${error.message}。`);
    if (document && (typeof document.value !== 'object' || document.value === null || Array.isArray(document.value))) {
      report(path, start, 'json.syntax', 'JSON 文件的最外层须是一个对象 { … }。');
      return undefined;
    }
    if (document && errors.length === 0) parsedCleanly.add(document);
    return document;
  }

  function validate(path: string, document: JsonDocument, schema: z.ZodType, schemaName: string): boolean {
    if (knownValid.has(document)) return true;
    const result = schema.safeParse(document.value);
    if (result.success) {
      if (parsedCleanly.has(document)) memo?.markValid(schemaName, document.text);
      return true;
    }
    for (const issue of result.error.issues) {
      const described = describeIssue(issue, schema, document.value);
      report(path, locate(document, described.path, described.atKey), described.code, described.message, described.path.join('.') || undefined);
    }
    return false;
  }

  function checkMdx(path: string, isArticle: boolean) {
    const text = source.read(path);
    const find = () => (source.findUnsafeMdx ?? findUnsafeMdx)(text, { allowFrontmatter: isArticle });
    for (const finding of memo ? memo.mdxFindings(text, isArticle, find) : find()) report(path, finding, finding.code, finding.message);
    for (const found of internalNamesInMdx(text)) report(path, found, 'public.internal-name', internalNameMessage('正文', found.name));
    return text;
  }

  function checkArticle(path: string) {
    const text = checkMdx(path, true);
    const frontmatter = parseFrontmatter(text);
    if (!frontmatter) {
      report(path, start, 'article.frontmatter', '文章开头缺少前置元数据：在第一行写 ---，接着写 title（标题）、authors（作者）、region（地区），再写一行 ---。');
      return;
    }
    for (const error of frontmatter.errors) report(path, error, 'article.frontmatter', `文章前置元数据（YAML）格式错误：${error.message}`);
    if (frontmatter.errors.length) return;
    const result = ArticleSchema.safeParse(frontmatter.data);
    if (result.success) return;
    for (const issue of result.error.issues) {
      const described = describeIssue(issue, ArticleSchema, frontmatter.data);
      report(path, frontmatter.locate(described.path), described.code, described.message, described.path.join('.') || undefined);
    }
  }
}

/** jsonc-parser can report one slip twice at the same place; say it once. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.column}:${p.code}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "locations.score.tree.0.score" → ["locations", "score.tree.0.score"]: a location's key is one field. */
function fieldPath(field: string): (string | number)[] {
  const location = field.match(/^locations\.(.+?)(?:\.(quote|page))?$/);
  if (location) return ['locations', location[1], ...(location[2] ? [location[2]] : [])];
  return field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}
