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

describe('indicator tables say whether each target was met', () => {
  const project = summaries.find((s) => s.id === '2021/old-tree-rd/project-evaluation')!;
  test('a self-evaluation’s rows: met, not met, or why it cannot be decided, with the rule', () => {
    const data = structuredClone(project.data) as Extract<typeof project.data, { kind: 'project-evaluation' }>;
    data.indicators![1] = { ...data.indicators![1], annualTarget: '6至8期', actual: '9期' };
    data.indicators![2] = { ...data.indicators![2], annualTarget: '是', actual: '是' };
    data.indicators!.push({ level1: '产出指标', level2: '时效指标', level3: '按时完成率', annualTarget: '不低于90%' });
    const table = disclosureTables(project.id, data).find((t) => t.id === 'indicators')!;
    expect(table.columns.at(-1)!.label).toBe('是否完成（明账按指标值判断）');
    expect(table.rows.map((r) => r.at(-1)!.text)).toEqual([
      '未完成：实际 18次 < 目标 20次（目标为“≥20次”）',
      '未完成：实际 9期不在目标 6至8期 之间',
      '无法判断：指标值或完成值不是数量，未作判断',
      '自评未填写实际完成值',
    ]);
  });
  test('a 绩效目标表 has no actuals and no such column', () => {
    const targets = summaries.find((s) => s.id === '2021/old-tree-rd/performance-targets')!;
    const table = disclosureTables(targets.id, targets.data).find((t) => t.id === 'indicators')!;
    expect(table.columns.map((c) => c.key)).not.toContain('outcome');
  });
});
