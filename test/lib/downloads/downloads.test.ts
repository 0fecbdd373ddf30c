import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { tableCsv, toCsv } from '../../../src/lib/downloads/csv.ts';
import { dataPackage } from '../../../src/lib/downloads/datapackage.ts';
import { fieldPhase } from '../../../src/lib/downloads/dataset.ts';
import { corpusDownloads, disclosureDownloads, downloadFiles } from '../../../src/lib/downloads/files.ts';
import { figureRows } from '../../../src/lib/figures/figure-rows.ts';
import { DisclosureSchema } from '../../../src/schemas/disclosure.ts';
import { loadSummaries, SEEDS } from '../figures/corpus-helpers.ts';

const { summaries, departments } = loadSummaries(SEEDS);
const files = downloadFiles(summaries, departments, 'https://mingzhang.example/');
const file = (path: string) => files.find((f) => f.path === path)!.body;
const rows = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

describe('CSV files', () => {
  test('start with a UTF-8 BOM and end lines with CRLF so Excel reads Chinese correctly', () => {
    const csv = toCsv([['部门', '金额'], ['广州', '1,000']]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFF部门,金额\r\n广州,"1,000"\r\n');
  });
  test('quote commas, quotes and line breaks instead of breaking rows', () => {
    const tricky = ['a,b', 'say "hi"', 'two\nlines'];
    expect(parse(toCsv([['x', 'y', 'z'], tricky]), { bom: true })).toEqual([['x', 'y', 'z'], tricky]);
  });
  test('a table’s CSV includes its machine-only columns', () => {
    const csv = tableCsv({ id: 't', caption: 'c', csvPath: 'x', columns: [{ key: 'a', label: '项目' }, { key: 'b', label: '字段', csvOnly: true }], rows: [[{ text: '支出' }, { text: 'spending.total' }]] });
    expect(parse(csv, { bom: true })).toEqual([['项目', '字段'], ['支出', 'spending.total']]);
  });
});

describe('the whole dataset', () => {
  test('figures.csv holds every figure of every disclosure exactly as published', () => {
    const records = rows(file('data/figures.csv'));
    for (const s of summaries) {
      const expected = figureRows(s.data as Record<string, unknown>, DisclosureSchema);
      const got = records.filter((r) => r.disclosure_id === s.id);
      expect(got.map((r) => [r.field, r.value_published])).toEqual(expected.map((e) => [e.path, String(e.value)]));
    }
  });
  test('figures.csv gives each amount in 万元 exactly, including 元 amounts', () => {
    const records = rows(file('data/figures.csv'));
    const task = records.find((r) => r.disclosure_id === '2023/dongguan-rd/performance-targets' && r.field === 'keyTasks.0.amount')!;
    expect(task).toMatchObject({ value_published: '320000.00 元', number: '320000.00', unit: '元', amount_wanyuan: '32.000000', phase: 'approved', direction: 'expenditure' });
  });
  test('key-figures.csv has one row per disclosure with stated and computed rates', () => {
    const records = rows(file('data/key-figures.csv'));
    expect(records.map((r) => r.disclosure_id).sort()).toEqual(summaries.map((s) => s.id).sort());
    expect(records.find((r) => r.department === 'conghua-rd')).toMatchObject({ execution_rate_published: '121.29%', execution_rate_computed: '121.30%', budget_wanyuan: '1635.52', spending_wanyuan: '1983.82' });
  });
  test('mingzhang.json holds every disclosure and department', () => {
    const json = JSON.parse(file('data/mingzhang.json'));
    expect(json.disclosures.map((d: { id: string }) => d.id).sort()).toEqual(summaries.map((s) => s.id).sort());
    expect(json.departments).toHaveLength(departments.length);
  });
  test('each disclosure has its JSON and figures CSV', () => {
    for (const s of summaries) {
      expect(JSON.parse(file(`data/${s.id}.json`)).title).toBe(s.data.title);
      expect(rows(file(`data/${s.id}/figures.csv`)).length).toBeGreaterThan(0);
    }
  });
  test('paths are unique', () => {
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
  });
  test('whole-dataset files never fall in a disclosure’s folder, which a partition build writes on its own', () => {
    // The site build writes the corpus files and each partition its disclosures' files; the
    // assembled site would silently keep one of two files with the same path.
    const named = (path: string, id: string) => path === `data/${id}.json` || path.startsWith(`data/${id}/`) || path.includes(id.replaceAll('/', '-'));
    for (const s of summaries) for (const f of disclosureDownloads(s)) expect(named(f.path, s.id), f.path).toBe(true);
    for (const f of corpusDownloads(summaries, departments, 'https://mingzhang.example/')) {
      expect(f.path).not.toMatch(/^data\/\d{4}\//);
      for (const s of summaries) expect(named(f.path, s.id), f.path).toBe(false);
    }
  });
});

describe('datapackage.json', () => {
  const pkg = dataPackage(summaries, 'https://mingzhang.example/') as { resources: { path: string; schema?: { fields: { name: string }[] } }[]; model: { measures: Record<string, { currency: string; factor: number; phase: string; direction: string }> }; fiscalPeriod: unknown };
  test('describes every column of every CSV it lists', () => {
    for (const resource of pkg.resources.filter((r) => r.path.endsWith('.csv'))) {
      const header = Object.keys(rows(file(`data/${resource.path}`))[0] ?? {});
      expect(resource.schema!.fields.map((f) => f.name)).toEqual(header);
    }
  });
  test('uses the Fiscal Data Package vocabulary: CNY, factor 10000 for 万元, phase and direction', () => {
    for (const measure of Object.values(pkg.model.measures)) {
      expect(measure).toMatchObject({ currency: 'CNY', factor: 10000, direction: 'expenditure' });
      expect(['approved', 'adjusted', 'executed']).toContain(measure.phase);
    }
    expect(pkg.fiscalPeriod).toEqual({ start: '2020-01-01', end: '2023-12-31' });
  });
  test('describes a national corpus too: 200,000 disclosures, their fiscal period and each one\'s JSON', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => {
      const s = summaries[i % summaries.length];
      return { ...s, id: `${2015 + (i % 10)}/b${i}/${s.data.kind}`, data: { ...s.data, fiscalYear: 2015 + (i % 10) } };
    });
    const national = dataPackage(many, 'https://mingzhang.example/') as typeof pkg;
    expect(national.fiscalPeriod).toEqual({ start: '2015-01-01', end: '2024-12-31' });
    expect(national.resources.filter((r) => r.path.endsWith('.json') && r.path !== 'mingzhang.json').length).toBe(200_000);
  });
  test('phases: budget lines are approved or adjusted, spending in accounts executed', () => {
    expect(fieldPhase('self-evaluation', 'budget.adjusted')).toBe('adjusted');
    expect(fieldPhase('self-evaluation', 'budget.total')).toBe('approved');
    expect(fieldPhase('final-accounts', 'spending.total')).toBe('executed');
    expect(fieldPhase('budget', 'spending.total')).toBe('approved');
    expect(fieldPhase('self-evaluation', 'score.total')).toBe('');
  });
});
