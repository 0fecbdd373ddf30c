/**
 * The editor schemas: generated from the zod schemas and never stale; what the checker
 * accepts the editor does not underline; what staff commonly mistype the editor does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { generateJsonSchemas, SCHEMA_FILES, schemaRefFor, withSchemaRef } from '../../src/lib/json-schema/generate.ts';

const root = join(import.meta.dirname, '..', '..');
const schemaText = (file: string) => readFileSync(join(root, 'schemas', file), 'utf8');

function jsonFiles(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel)).sort().flatMap((name) => {
    const path = rel ? `${rel}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) return jsonFiles(dir, path);
    return schemaRefFor(path) ? [path] : [];
  });
}

function validator(ref: string) {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addKeyword('patternErrorMessage');
  // Editors check "uri" themselves; ajv needs it declared (a plain absolute-URL test is enough here).
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
  const file = ref.split('/').at(-1)!;
  return ajv.compile(JSON.parse(schemaText(file)));
}

describe('generated schemas', () => {
  test('the committed files in schemas/ equal what npm run schemas generates now', () => {
    const generated = generateJsonSchemas();
    expect([...generated.keys()].sort()).toEqual(readdirSync(join(root, 'schemas')).filter((f) => f.endsWith('.schema.json')).sort());
    for (const [file, text] of generated) expect(schemaText(file), `schemas/${file} is stale: run npm run schemas`).toBe(text);
  });

  test('there is one schema per disclosure kind and one for departments', () => {
    expect(SCHEMA_FILES.map((f) => f.file)).toEqual(['department.schema.json', 'budget.schema.json', 'final-accounts.schema.json', 'performance-targets.schema.json', 'self-evaluation.schema.json', 'project-evaluation.schema.json']);
  });

  test('an editor shows the Chinese title and description of a field, and a hint when an amount is mistyped', () => {
    const schema = JSON.parse(schemaText('final-accounts.schema.json'));
    const basic = schema.properties.spending.properties.basic;
    expect(basic.title).toBe('基本支出');
    expect(basic.description).toContain('金额');
    expect(basic.patternErrorMessage).toContain('不要千分位逗号');
    expect(schema.properties.kind.const).toBe('final-accounts');
    expect(schema.required).toEqual(expect.arrayContaining(['kind', 'department', 'fiscalYear', 'title']));
  });
});

describe('every content JSON names its schema, and the schema accepts it', () => {
  const content = join(root, 'content');
  const files = jsonFiles(content);
  test.each(files)('content/%s', (path) => {
    const data = JSON.parse(readFileSync(join(content, path), 'utf8'));
    expect(data.$schema).toBe(schemaRefFor(path));
    const validate = validator(data.$schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });
  test('the valid fixtures pass their schemas too', () => {
    const dir = join(root, 'test', 'fixtures', 'valid', 'content');
    for (const path of jsonFiles(dir)) {
      const validate = validator(schemaRefFor(path)!);
      expect(validate(JSON.parse(readFileSync(join(dir, path), 'utf8'))), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});

describe('the editor underlines what the checker rejects', () => {
  const fixture = (name: string) => JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'invalid', name, 'content', '2023', 'test-rd', 'self-evaluation.json'), 'utf8'));
  test.each([
    ['amount.thousands-separator', '/spending/basic'],
    ['amount.unit', '/spending/total'],
    ['amount.type', '/spending/total'],
    ['percent.format', '/executionRate'],
    ['field.unknown', '/spending'],
    ['field.type', '/fiscalYear'],
  ])('%s is underlined at %s', (name, pointer) => {
    const validate = validator('self-evaluation.schema.json');
    expect(validate(fixture(name))).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toContain(pointer);
  });
});

describe('schema references', () => {
  test('a disclosure points three folders up, a department two', () => {
    expect(schemaRefFor('2023/guangzhou-rd/self-evaluation.json')).toBe('../../../schemas/self-evaluation.schema.json');
    expect(schemaRefFor('departments/guangzhou-rd.json')).toBe('../../schemas/department.schema.json');
    expect(schemaRefFor('2023/guangzhou-rd/notes.json')).toBeUndefined();
    expect(schemaRefFor('articles/a.mdx')).toBeUndefined();
  });
  test('adding "$schema" inserts one line first and keeps the rest of the text as it was', () => {
    const text = '{\n  "kind": "budget",\n  "title": "x"\n}\n';
    expect(withSchemaRef(text, 'S')).toBe('{\n  "$schema": "S",\n  "kind": "budget",\n  "title": "x"\n}\n');
    expect(withSchemaRef(withSchemaRef(text, 'S'), 'T')).toBe(withSchemaRef(text, 'S'));
    expect(withSchemaRef('{}', 'S')).toBe('{\n  "$schema": "S"\n}');
  });
});
