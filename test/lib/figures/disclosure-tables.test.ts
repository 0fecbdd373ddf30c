import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { correctionsTable, disclosureTables } from '../../../src/lib/figures/disclosure-tables.ts';
import { disclosureCharts } from '../../../src/lib/page-models/page-models.ts';
import { loadSummaries, ROOT } from './corpus-helpers.ts';

// Other bodies, years and indicator trees: every kind, from the audit's fixture corpus and the valid fixtures.
const corpora = [join(ROOT, 'test', 'fixtures', 'audit', 'content'), join(ROOT, 'test', 'fixtures', 'valid', 'content'), join(ROOT, 'content')];
const summaries = corpora.flatMap((dir) => loadSummaries(dir).summaries);
const at = (data: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], data);

describe('disclosure tables for every kind', () => {
  test('cover all five kinds', () => {
    expect(new Set(summaries.map((s) => s.data.kind)).size).toBe(5);
  });
  test.each(summaries.map((s) => [s.id, s] as const))('%s: each figure cell downloads its JSON value', (_, s) => {
    const tables = disclosureTables(s.id, s.data);
    expect(tables[0].id).toBe('figures');
    for (const row of tables[0].rows) {
      const value = row[1];
      expect(value.csv, value.path).toBe(String(at(s.data, value.path!)));
    }
    expect(new Set(tables.map((t) => t.id)).size).toBe(tables.length);
    for (const chart of disclosureCharts(s)) expect(chart.series.flatMap((x) => x.values).every((v) => v === null || Number.isFinite(v))).toBe(true);
  });
});

describe('更正记录', () => {
  test('shows each correction’s date, field, old and new values, reason and approver', () => {
    const table = correctionsTable('2023/x-rd/self-evaluation', [{ date: '2024-03-05', field: 'spending.total', old: '18242.72 万元', new: '18242.27 万元', reason: '录入时两位数字颠倒', approvedBy: '张三' }]);
    expect(table.columns.map((c) => c.label)).toEqual(['更正日期', '字段', '原值', '新值', '更正原因', '审核人']);
    expect(table.rows[0].map((c) => c.text)).toEqual(['2024年3月5日', 'spending.total', '18,242.72 万元', '18,242.27 万元', '录入时两位数字颠倒', '张三']);
    expect(table.rows[0].map((c) => c.csv ?? c.text)).toEqual(['2024-03-05', 'spending.total', '18242.72 万元', '18242.27 万元', '录入时两位数字颠倒', '张三']);
    expect(table.csvPath).toBe('data/2023/x-rd/self-evaluation/corrections.csv');
  });
});
