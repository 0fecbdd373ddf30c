/**
 * The data API as documented: every field of every published JSON file is listed with the
 * Chinese name its JSON Schema gives it, the published schemas accept every file the site
 * serves (and refuse a broken one), and the datapackage lists every JSON and CSV file.
 */
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { dataApiModel } from '../../../src/lib/downloads/data-api.ts';
import { parse } from 'csv-parse/sync';
import { KIND_NAMES } from '../../../src/schemas/disclosure.ts';
import { threePublicPage } from '../../../src/lib/page-models/national.ts';
import { viewCsvFamilyOf, viewCsvResource } from '../../../src/lib/downloads/view-csvs.ts';
import { DATASET_PATHS, downloadFiles } from '../../../src/lib/downloads/files.ts';
import { archivedCsv, archiveTables } from '../../../src/lib/downloads/table-archive.ts';
import { DATASET_SCHEMA_FILE, publishedSchemaPath, publishedSchemas } from '../../../src/lib/downloads/published-schemas.ts';
import { loadSummaries, ROOT, SEEDS } from '../figures/corpus-helpers.ts';
import { join } from 'node:path';

const SITE = 'https://mingzhang.example/';
const corpora = [loadSummaries(SEEDS), loadSummaries(join(ROOT, 'test', 'fixtures', 'valid', 'content'))];
const model = dataApiModel({ disclosure: '2023/guangzhou-rd/self-evaluation', department: 'guangzhou-rd', province: 'gd' });
const schemas = publishedSchemas(SITE);

type Json = Record<string, unknown>;
/** The JSON Schema node of a documented path ("byFunction[].amount"). */
function schemaAt(schema: Json, path: string): Json | undefined {
  let node: Json | undefined = schema;
  for (const part of path.split('.')) {
    // Into a list's items on the way down; the list itself is the node a path ending in [] names.
    if (node?.type === 'array') node = node.items as Json;
    // A recursive structure (the score tree) is a $ref into the schema's definitions.
    if (typeof node?.$ref === 'string') node = (schema.definitions as Record<string, Json>)[node.$ref.replace('#/definitions/', '')];
    node = (node?.properties as Record<string, Json> | undefined)?.[part.replace(/\[\]$/, '')];
  }
  return node;
}

/** Every path a JSON value has, arrays as "[]", stopping below a key that is a record of the schema's (locations, values). */
function pathsOf(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length && value.every((v) => v && typeof v === 'object') ? [`${prefix}[]`, ...value.flatMap((v) => pathsOf(v, `${prefix}[]`).filter((p) => p !== `${prefix}[]`))] : [prefix];
  if (value && typeof value === 'object' && !['locations', 'values'].includes(prefix.split('.').at(-1)!.replace('[]', ''))) {
    return [...(prefix ? [prefix] : []), ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, prefix ? `${prefix}.${k}` : k))];
  }
  return [prefix];
}

describe('the field reference', () => {
  test.each(model.records.map((r) => [r.id, r] as const))('%s: every documented field is in its published JSON Schema, with the same Chinese name', (_, record) => {
    const schema = schemas.get(record.schema.split('/').at(-1)!)!;
    expect(record.fields.length).toBeGreaterThan(10);
    for (const field of record.fields) {
      const node = schemaAt(schema, field.path);
      expect(node, field.path).toBeDefined();
      expect(node!.title, field.path).toBe(field.title);
    }
    // And the other way round: nothing the schema allows at the top is left out.
    expect(Object.keys(schema.properties as Json).sort()).toEqual(record.fields.filter((f) => f.depth === 0).map((f) => f.path.replace('[]', '')).sort());
  });

  test('every field of every published file is documented, amounts with their unit', () => {
    const documented = new Map(model.records.map((r) => [r.id, new Set(r.fields.map((f) => f.path))]));
    for (const { summaries } of corpora) {
      for (const s of summaries) {
        const file = JSON.parse(downloadFiles([s], [s.department], SITE).find((f) => f.path === `data/${s.id}.json`)!.body) as Json;
        for (const path of pathsOf(file)) {
          // A tree's children are documented once, as having the structure of their parent.
          let at = path;
          while (!documented.get(s.data.kind)!.has(at) && at.includes('.children[].')) at = at.replace('.children[].', '.');
          expect(documented.get(s.data.kind)!.has(at), `${s.id}: ${path}`).toBe(true);
        }
      }
    }
    const amount = model.records.find((r) => r.id === 'final-accounts')!.fields.find((f) => f.path === 'spending.basic')!;
    expect(amount).toMatchObject({ title: '基本支出', unit: '元或万元，随数值注明' });
    expect(model.records.find((r) => r.id === 'self-evaluation')!.fields.find((f) => f.path === 'executionRate')).toMatchObject({ title: '预算执行率', unit: '%' });
  });

  test('the CSV columns are the datapackage’s, with their Chinese names', () => {
    const keyFigures = model.tables.find((t) => t.path === DATASET_PATHS.keyFigures)!;
    expect(keyFigures.columns.find((c) => c.name === 'execution_rate_computed')?.title).toBe('执行率（明账计算）');
    expect(model.tables.map((t) => t.path).sort()).toEqual([DATASET_PATHS.departments, DATASET_PATHS.figures, DATASET_PATHS.indicators, DATASET_PATHS.keyFigures].sort());
  });

  test('each CSV has a name that can stand in an HTML id (the page anchors its section by it), one per CSV', () => {
    expect(model.tables.map((t) => t.name).sort()).toEqual(['departments', 'figures', 'indicators', 'key-figures']);
  });
});

describe('the published JSON Schemas', () => {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
  for (const schema of schemas.values()) ajv.addSchema(schema);
  const validate = (file: string) => ajv.getSchema(`${SITE}${publishedSchemaPath(file)}`)!;

  test('have stable, versioned ids under /data/schemas/v1/', () => {
    expect([...schemas.keys()].sort()).toEqual(['budget', 'department', 'final-accounts', 'mingzhang', 'performance-targets', 'project-evaluation', 'self-evaluation'].map((f) => `${f}.schema.json`));
    for (const [file, schema] of schemas) expect(schema.$id).toBe(`${SITE}data/schemas/v1/${file}`);
  });

  test.each(corpora.map((c, i) => [i ? 'valid fixtures' : 'bundled content', c] as const))('accept every JSON file the site serves from the %s', (_, { summaries, departments }) => {
    for (const file of downloadFiles(summaries, departments, SITE).filter((f) => f.path.endsWith('.json') && !f.path.startsWith('data/schemas/'))) {
      if (file.path === DATASET_PATHS.datapackage) continue;
      const data = JSON.parse(file.body) as Json;
      const check = file.path === DATASET_PATHS.json ? validate(DATASET_SCHEMA_FILE) : validate(`${data.kind}.schema.json`);
      expect(check(data), `${file.path}: ${JSON.stringify(check.errors)}`).toBe(true);
    }
  });

  test('refuse a file with a mistyped amount, an unknown field or no id', () => {
    const { summaries } = corpora[0];
    const file = JSON.parse(downloadFiles(summaries, [], SITE).find((f) => f.path === 'data/2023/guangzhou-rd/self-evaluation.json')!.body) as Json;
    const check = validate('self-evaluation.schema.json');
    expect(check(file)).toBe(true);
    expect(check({ ...file, spending: { ...(file.spending as Json), total: '18,242.27 万元' } })).toBe(false);
    expect(check({ ...file, spendng: {} })).toBe(false);
    const { id: _, ...withoutId } = file;
    expect(check(withoutId)).toBe(false);
  });
});

describe('the datapackage', () => {
  test('lists every JSON and CSV file of the dataset, every peer and national-view CSV and every disclosure’s JSON, each JSON with its schema', () => {
    for (const { summaries, departments } of corpora) {
      const files = downloadFiles(summaries, departments, SITE);
      const pkg = JSON.parse(files.find((f) => f.path === DATASET_PATHS.datapackage)!.body) as { resources: { path: string; jsonSchema?: string }[] };
      const served = files.map((f) => f.path);
      const listed = pkg.resources.map((r) => `data/${r.path}`);
      const views = served.filter((p) => viewCsvFamilyOf(p));
      expect(views.length).toBeGreaterThan(departments.length);
      const expected = [...Object.values(DATASET_PATHS).filter((p) => p !== DATASET_PATHS.datapackage), ...summaries.map((s) => `data/${s.id}.json`), ...views];
      expect(listed.sort()).toEqual(expected.sort());
      for (const path of listed) expect(served, path).toContain(path);
      for (const r of pkg.resources.filter((r) => r.path.endsWith('.json'))) expect(served, r.path).toContain(`data/${r.jsonSchema}`);
    }
  });

  test('describes each peer and national-view CSV by its own header, every column with a type, and its unit where it has one', () => {
    for (const { summaries, departments } of corpora) {
      const files = downloadFiles(summaries, departments, SITE);
      type Schema = { fields: { name: string; title: string; type: string; description: string }[] };
      const pkg = JSON.parse(files.find((f) => f.path === DATASET_PATHS.datapackage)!.body) as { resources: { path: string; schema?: Schema | string }[] };
      // A family with fixed columns names its published Table Schema; an index states its own.
      const schemaOf = (s: Schema | string) => (typeof s === 'string' ? (JSON.parse(files.find((f) => f.path === `data/${s}`)!.body) as Schema) : s);
      for (const file of files.filter((f) => viewCsvFamilyOf(f.path))) {
        const header = (parse(file.body, { bom: true, to_line: 1 }) as string[][])[0];
        const resource = pkg.resources.find((r) => `data/${r.path}` === file.path)!;
        const { fields } = schemaOf(resource.schema!);
        expect(fields.map((f) => f.name), file.path).toEqual(header);
        for (const field of fields) expect(field.description, `${file.path} ${field.name}`).not.toBe('');
      }
      const page = schemaOf(viewCsvResource(threePublicPage([], { code: 'gd', name: '广东省', bodies: [] }, 2023).table).schema);
      expect(page.fields.find((f) => f.name === '决算数')!.description).toMatch(/单位：万元。$/);
      expect(page.fields.find((f) => f.name === '决算较上年增减率')).toMatchObject({ type: 'number', description: expect.stringMatching(/单位：%。$/) });
    }
  });

  test('refuses a view table with a column it does not document, naming the column and where to document it', () => {
    const table = threePublicPage([], { code: 'gd', name: '广东省', bodies: [] }, 2023).table;
    expect(() => viewCsvResource({ ...table, columns: [...table.columns, { key: 'per-capita', label: '人均' }] })).toThrow(/列“人均”（per-capita）没有说明.*view-csvs\.ts/);
    expect(() => viewCsvResource({ ...table, csvPath: 'data/national/new-view.csv' })).toThrow(/data\/national\/new-view\.csv: 不属于任何已说明的 CSV 类别/);
  });
});

describe('/data-api/ documents every CSV the site serves', () => {
  // What each placeholder of a documented path stands for; any other stands for one path segment.
  const PLACEHOLDERS: Record<string, string> = { '<预算年度>': '\\d{4}', '<省份代码>': '[a-z]+', '<类型>': `(?:${KIND_NAMES.join('|')})` };
  const regexOf = (pattern: string) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/<[^>]+>/g, (p) => PLACEHOLDERS[p] ?? '[^/]+')}$`);
  // A CSV inside an archive is documented by its path there, beside the archive's path.
  const inArchive = (f: (typeof model.files)[number]) => regexOf(`${f.archive!.slice(0, f.archive!.lastIndexOf('/') + 1)}${f.path}`);
  const documented = model.files.filter((f) => f.format === 'CSV').map((f) => (f.archive ? inArchive(f) : regexOf(f.path)));
  const documentedInArchive = model.files.filter((f) => f.format === 'CSV' && f.archive).map(inArchive);
  const archives = model.files.filter((f) => f.format === 'ZIP').map((f) => regexOf(f.path));
  test.each(corpora.map((c, i) => [i ? 'valid fixtures' : 'bundled content', c] as const))('each CSV of the %s matches a path pattern of the file list', (_, { summaries, departments }) => {
    const files = downloadFiles(summaries, departments, SITE);
    const csvs = files.filter((f) => f.path.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(20);
    for (const f of csvs) expect(documented.some((re) => re.test(f.path)), f.path).toBe(true);
    const published = archiveTables(files).filter((f) => f.path.endsWith('.zip'));
    expect(published.length).toBeGreaterThan(0);
    for (const f of published) expect(archives.some((re) => re.test(f.path)), f.path).toBe(true);
    // A CSV published inside an archive is documented as inside it, not at a path of its own.
    for (const f of csvs) expect(documentedInArchive.some((re) => re.test(f.path)), f.path).toBe(!!archivedCsv(f.path));
  });

  test('an undocumented CSV path matches none of them', () => {
    expect(documented.some((re) => re.test('data/national/new-view/2023/gd.csv'))).toBe(false);
  });

  test('each peer and national-view family lists the columns its files have, with Chinese names, types and units', () => {
    const { summaries, departments } = corpora[0];
    const files = downloadFiles(summaries, departments, SITE);
    expect(model.viewCsvs.map((f) => f.name)).toHaveLength(new Set(model.viewCsvs.map((f) => f.name)).size);
    for (const family of model.viewCsvs) {
      const ofFamily = files.filter((f) => family.match.test(f.path));
      expect(ofFamily.length, family.pattern).toBeGreaterThan(0);
      expect(model.files.map((f) => f.path), family.pattern).toContain(family.pattern);
      for (const file of ofFamily) {
        const header = (parse(file.body, { bom: true, to_line: 1 }) as string[][])[0];
        // An index's year columns are documented once, as "<预算年度> 年度".
        const documentedHeader = family.columns.flatMap((c) => (c.name.includes('<预算年度>') ? header.filter((h) => /^\d{4} 年度$/.test(h)) : [c.name]));
        expect(header, file.path).toEqual(documentedHeader);
      }
    }
    const three = model.viewCsvs.find((f) => f.pattern === 'data/national/three-public/<预算年度>/<省份代码>.csv')!;
    expect(three.columns.find((c) => c.name === '预算数')).toMatchObject({ type: 'number', unit: '万元' });
  });
});
