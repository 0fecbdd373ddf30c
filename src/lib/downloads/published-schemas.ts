/**
 * The JSON Schemas of the published JSON files (/data/schemas/v1/…): the editor schemas of
 * schemas/ (generated from the zod schemas, src/lib/json-schema) made to describe what the
 * site serves — each record carries its `id`, the editor-only `$schema` key is gone — with
 * a stable `$id` per version, and one for the whole dataset (mingzhang.json).
 */
import { SCHEMA_FILES, toEditorSchema, type SchemaFile } from '../json-schema/generate.ts';
import { KIND_NAMES } from '../../schemas/disclosure.ts';
import { SLUG_PATTERN } from '../../schemas/primitives.ts';

/** The data API's version: its schemas' URLs carry it, and it changes only with a change that breaks readers. */
export const DATA_API_VERSION = 'v1';

/** Where a published schema lives, site-relative. */
export const publishedSchemaPath = (file: string): string => `data/schemas/${DATA_API_VERSION}/${file}`;

/** The schema file of the whole dataset. */
export const DATASET_SCHEMA_FILE = 'mingzhang.schema.json';

const ID = {
  department: { type: 'string', pattern: SLUG_PATTERN.source, title: '部门标识', description: '部门的标识，也是部门页网址 /departments/<标识>/ 的一段。' },
  disclosure: { type: 'string', pattern: `^\\d{4}/[a-z0-9]+(-[a-z0-9]+)*/(${KIND_NAMES.join('|')})$`, title: '公开文件标识', description: '<预算年度>/<部门标识>/<类型>，与公开文件页的网址一致。' },
};

/** Removes editor-only keywords (VS Code's patternErrorMessage) everywhere in a schema. */
function withoutEditorKeywords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEditorKeywords);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'patternErrorMessage').map(([k, v]) => [k, withoutEditorKeywords(v)]));
}

const comment = `明账数据接口 ${DATA_API_VERSION}：由 src/schemas/ 的 zod 定义生成（generated from the zod schemas）。`;

function recordSchema(entry: SchemaFile, site: string): Record<string, unknown> {
  const { $schema, $comment: _, title, properties, required, ...rest } = withoutEditorKeywords(toEditorSchema(entry)) as Record<string, unknown>;
  const { $schema: _editorOnly, ...fields } = properties as Record<string, unknown>;
  const id = entry.file === 'department.schema.json' ? ID.department : ID.disclosure;
  return { $schema, $id: `${site}${publishedSchemaPath(entry.file)}`, $comment: comment, title, ...rest, properties: { id, ...fields }, required: ['id', ...((required as string[] | undefined) ?? [])] };
}

/** Every published schema, by file name: one per disclosure kind, departments, and the dataset. */
export function publishedSchemas(site: string): Map<string, Record<string, unknown>> {
  const base = site.replace(/\/?$/, '/');
  const schemas = new Map(SCHEMA_FILES.map((entry) => [entry.file, recordSchema(entry, base)]));
  schemas.set(DATASET_SCHEMA_FILE, {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${base}${publishedSchemaPath(DATASET_SCHEMA_FILE)}`,
    $comment: comment,
    title: '明账：全部内容（mingzhang.json）',
    type: 'object',
    properties: {
      departments: { title: '部门', type: 'array', items: { $ref: 'department.schema.json' } },
      disclosures: { title: '公开文件', type: 'array', items: { oneOf: SCHEMA_FILES.filter((e) => e.file !== 'department.schema.json').map((e) => ({ $ref: e.file })) } },
    },
    required: ['departments', 'disclosures'],
    additionalProperties: false,
  });
  return schemas;
}
