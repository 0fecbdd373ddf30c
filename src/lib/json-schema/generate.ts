/**
 * Editor help: one JSON Schema per disclosure kind and one for departments, generated
 * from the zod schemas (zod 4's z.toJSONSchema) so they can never drift by hand. A JSON
 * file under content/ names its schema with "$schema"; editors such as VS Code then
 * complete field names, show each field's Chinese title and description, and underline
 * a malformed amount while staff type.
 */
import { z } from 'astro/zod';
import { DepartmentSchema } from '../../schemas/department.ts';
import { DISCLOSURE_KINDS, type DisclosureKind, KIND_NAMES, SCHEMA_BY_KIND } from '../../schemas/disclosure.ts';

/** Folder of the generated files, relative to the repository root. */
export const SCHEMA_DIR = 'schemas';

/** One generated schema file: its name under schemas/ and the zod schema it comes from. */
export interface SchemaFile {
  file: string;
  schema: z.ZodType;
  /** What the file describes, in Chinese (its JSON Schema title). */
  title: string;
}

/** Every generated file: departments first, then one per kind in DISCLOSURE_KINDS order. */
export const SCHEMA_FILES: readonly SchemaFile[] = [
  { file: 'department.schema.json', schema: DepartmentSchema, title: '部门' },
  ...KIND_NAMES.map((kind) => ({ file: schemaFileName(kind), schema: SCHEMA_BY_KIND[kind] as z.ZodType, title: DISCLOSURE_KINDS[kind] })),
];

/** The schema file name of a disclosure kind, e.g. "budget.schema.json". */
export function schemaFileName(kind: DisclosureKind): string {
  return `${kind}.schema.json`;
}

/**
 * What an editor shows when a value does not match its pattern. VS Code reads the
 * non-standard `patternErrorMessage`; other editors ignore it and show the description.
 * Keyed by the `format` our schemas register in `.meta()` (src/schemas/primitives.ts).
 */
const PATTERN_MESSAGES: Record<string, string> = {
  amount: '金额写成 数字 + 空格 + 单位，如 "5082.95 万元" 或 "320000.00 元"：单位只能是 元 或 万元，不要千分位逗号。',
  percent: '百分比写成 数字 + %，如 "98.7%"，保留原文的小数位，用半角 %。',
  decimal: '数字写成不带逗号的文字，如 "7200" 或 "4.53"。',
  'partial-date': '日期写成 "2021"、"2021-09" 或 "2021-09-30"。',
  slug: '只用小写英文字母、数字和连字符，如 "guangzhou-rd"。',
};

/** Formats that are ours, not JSON Schema's: editors and validators would reject or ignore them. */
const OWN_FORMATS = new Set([...Object.keys(PATTERN_MESSAGES), 'score']);

/** The JSON Schema object for one zod schema: draft-07 (what most editors support), input shape. */
export function toEditorSchema(entry: SchemaFile): Record<string, unknown> {
  const generated = z.toJSONSchema(entry.schema, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'throw',
    override: ({ jsonSchema }) => {
      const schema = jsonSchema as Record<string, unknown>;
      const format = typeof schema.format === 'string' ? schema.format : undefined;
      if (format && OWN_FORMATS.has(format)) {
        delete schema.format;
        if (PATTERN_MESSAGES[format] && typeof schema.pattern === 'string') schema.patternErrorMessage = PATTERN_MESSAGES[format];
      }
    },
  }) as Record<string, unknown>;
  // Keep "$schema" (the JSON Schema dialect) first, then our title and a note on provenance.
  const { $schema, title: _title, ...rest } = generated;
  return {
    $schema,
    $comment: '由 npm run schemas 从 src/schemas/ 的 zod 定义生成，请勿手改（generated from the zod schemas; do not edit）。',
    title: `明账：${entry.title}`,
    ...rest,
  };
}

/** Every generated file's text, keyed by file name. Deterministic: same schemas, same bytes. */
export function generateJsonSchemas(): Map<string, string> {
  return new Map(SCHEMA_FILES.map((entry) => [entry.file, `${JSON.stringify(toEditorSchema(entry), null, 2)}\n`]));
}

/**
 * The "$schema" value for a content JSON file, relative to that file, or undefined for a
 * path that is not a department or disclosure. `contentPath` is relative to the content
 * folder ("2023/guangzhou-rd/self-evaluation.json", "departments/x.json"); the content
 * folder is assumed to sit at the repository root beside schemas/.
 */
export function schemaRefFor(contentPath: string): string | undefined {
  const parts = contentPath.split('/');
  if (parts.length === 2 && parts[0] === 'departments' && parts[1].endsWith('.json')) return `../../${SCHEMA_DIR}/department.schema.json`;
  const kind = parts[2]?.replace(/\.json$/, '');
  if (parts.length === 3 && /^\d{4}$/.test(parts[0]) && parts[2].endsWith('.json') && (KIND_NAMES as string[]).includes(kind)) {
    return `../../../${SCHEMA_DIR}/${schemaFileName(kind as DisclosureKind)}`;
  }
  return undefined;
}

/**
 * Puts `"$schema": ref` first in a JSON text, keeping the rest of the text as it is
 * (key order, spacing, line breaks), so the edit shows in a diff as one line. A text
 * that already names a schema is returned unchanged.
 */
export function withSchemaRef(text: string, ref: string): string {
  const value = JSON.parse(text) as unknown;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return text;
  if ('$schema' in value) return text;
  const open = text.indexOf('{');
  const rest = text.slice(open + 1);
  const indent = rest.match(/^\s*\n([ \t]+)\S/)?.[1] ?? '  ';
  const empty = /^\s*}/.test(rest);
  return `${text.slice(0, open)}{\n${indent}"$schema": ${JSON.stringify(ref)}${empty ? '\n' : ','}${empty ? rest.trimStart() : rest.replace(/^[ \t]*\n?/, '\n')}`;
}
