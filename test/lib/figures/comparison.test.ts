import { describe, expect, test } from 'vitest';
import { keyFiguresTable, rateMatrixTable, rateSource } from '../../../src/lib/figures/comparison-tables.ts';
import { neighbours, summarizeCorpus, type AuditView } from '../../../src/lib/figures/corpus.ts';
import { parseCompareState, serializeCompareState, yearOfOldLink } from '../../../src/lib/figures/compare-state.ts';
import { tableRecords } from '../../../src/lib/figures/table-model.ts';
import { loadContent, loadSummaries, SEEDS } from './corpus-helpers.ts';

const seeds = loadSummaries(SEEDS);

describe('the execution-rate matrix', () => {
  const table = rateMatrixTable(seeds.summaries, seeds.departments, [2020, 2022, 2023], { id: 'm', caption: 'c', csvPath: 'data/m.csv' });
  const row = (name: string) => table.rows.find((r) => r[0].text === name)!;
  test("shows Guangzhou's 2023 rate as published, with the computed one beside it", () => {
    const cell = row('广州市人大常委会办公厅')[3];
    expect(cell.text).toBe('98.7%');
    expect(cell.note).toBe('明账计算 98.68%');
    expect(cell.href).toBe('2023/guangzhou-rd/self-evaluation/');
  });
  test('shows a dash, not zero, where a body published no rate', () => {
    expect(row('广东省人大常委会办公厅')[1].text).toBe('—');
    expect(row('东莞市人大常委会办公室')[3].text).toBe('—');
  });
  test('lists years oldest first and bodies province, city, district', () => {
    expect(table.columns.map((c) => c.label)).toEqual(['部门', '2020 年度', '2022 年度', '2023 年度']);
    expect(table.rows.map((r) => r[0].text)).toEqual(['广东省人大常委会办公厅', '东莞市人大常委会办公室', '广州市人大常委会办公厅', '从化区人大常委会办公室']);
  });
});

describe('the key-figures table', () => {
  test('attaches audit findings to the figure they are about', () => {
    const content = loadContent(SEEDS);
    const audit = new Map<string, AuditView>([['2022/conghua-rd/self-evaluation', { findings: [{ rule: 'rate.execution-high', severity: 'warning', title: '执行率高于 100%', message: '121.29% > 100%', fields: ['executionRate'] }] }]]);
    const summaries = summarizeCorpus({ ...content, audit });
    const table = keyFiguresTable(summaries, { id: 't', caption: 'c', csvPath: 'data/t.csv', rowHeader: 'department' });
    const conghua = table.rows[table.rowKeys!.findIndex((k) => k.department === 'conghua-rd')];
    const rateColumn = table.columns.findIndex((c) => c.key === 'statedRate');
    expect(conghua[rateColumn].flags).toEqual([{ severity: 'warning', title: '执行率高于 100%', message: '121.29% > 100%' }]);
    expect(table.rows.filter((r) => r[rateColumn].flags).length).toBe(1);
  });
  test('adds the quality-index column only when scores exist', () => {
    const plain = keyFiguresTable(seeds.summaries, { id: 't', caption: 'c', csvPath: 'x', rowHeader: 'year' });
    expect(plain.columns.some((c) => c.key === 'quality')).toBe(false);
    const scored = seeds.summaries.map((s) => ({ ...s, audit: { findings: [], scores: { quality: { total: '71.5' } } } }));
    const table = keyFiguresTable(scored, { id: 't', caption: 'c', csvPath: 'x', rowHeader: 'year' });
    expect(tableRecords(table).slice(1).map((r) => r.at(-1))).toEqual(['71.5', '71.5', '71.5', '71.5']);
  });
  test('an unfilled form shows 未填写/不完整 in the quality column, never its number', () => {
    const scored = seeds.summaries.map((s, i) => ({ ...s, audit: { findings: [], scores: { quality: { total: '40', ...(i === 0 && { incomplete: { label: '未填写/不完整' } }) } } } }));
    const table = keyFiguresTable(scored, { id: 't', caption: 'c', csvPath: 'x', rowHeader: 'year' });
    const column = table.columns.findIndex((c) => c.key === 'quality');
    expect(table.rows.map((r) => r[column]).map((c) => [c.text, c.numeric ?? false])).toEqual([['未填写/不完整', false], ['40', true], ['40', true], ['40', true]]);
  });
  test('marks planned amounts as budget so they are not read as spending', () => {
    const table = keyFiguresTable(seeds.summaries, { id: 't', caption: 'c', csvPath: 'x', rowHeader: 'department' });
    const dongguan = table.rows[table.rowKeys!.findIndex((k) => k.department === 'dongguan-rd')];
    const basic = dongguan[table.columns.findIndex((c) => c.key === 'basic')];
    expect(basic).toMatchObject({ text: '5,082.95 万元', note: '预算' });
  });
});

describe('rate sources and neighbours', () => {
  test('prefers final accounts over a self-evaluation for a year’s rate', () => {
    const base = seeds.summaries.find((s) => s.id === '2023/guangzhou-rd/self-evaluation')!;
    const final = { ...base, id: '2023/guangzhou-rd/final-accounts', data: { ...base.data, kind: 'final-accounts' } } as typeof base;
    expect(rateSource([base, final], 'guangzhou-rd', 2023)?.id).toBe('2023/guangzhou-rd/final-accounts');
  });
  test('finds the same body’s previous and next year of the same kind', () => {
    const s = seeds.summaries.find((x) => x.id === '2023/guangzhou-rd/self-evaluation')!;
    const y2021 = { ...s, id: '2021/guangzhou-rd/self-evaluation', data: { ...s.data, fiscalYear: 2021 } };
    const y2019 = { ...s, id: '2019/guangzhou-rd/self-evaluation', data: { ...s.data, fiscalYear: 2019 } };
    const y2025 = { ...s, id: '2025/guangzhou-rd/self-evaluation', data: { ...s.data, fiscalYear: 2025 } };
    const n = neighbours([y2025, s, y2021, y2019], s.id);
    expect(n.previous?.id).toBe('2021/guangzhou-rd/self-evaluation');
    expect(n.next?.id).toBe('2025/guangzhou-rd/self-evaluation');
    expect(neighbours(seeds.summaries, s.id)).toEqual({ previous: undefined, next: undefined });
  });
});

describe('comparison state in the URL', () => {
  const options = { years: [2023, 2022, 2020], departments: ['guangdong-rd', 'guangzhou-rd', 'conghua-rd'] };
  test('round-trips a department selection, and every body as the default', () => {
    for (const state of [{ departments: ['guangzhou-rd', 'conghua-rd'] }, { departments: options.departments }]) {
      expect(parseCompareState(serializeCompareState(state, options), options)).toEqual(state);
    }
    expect(serializeCompareState({ departments: ['conghua-rd'] }, options)).toBe('view=departments&d=conghua-rd');
  });
  test('falls back to every body for unknown values', () => {
    expect(parseCompareState('?view=nonsense&year=1999&d=nobody', options)).toEqual({ departments: options.departments });
  });
  test('accepts comma-separated departments from hand-written links', () => {
    expect(parseCompareState('?d=conghua-rd,guangdong-rd', options).departments).toEqual(['guangdong-rd', 'conghua-rd']);
  });
  test('a former year-view link names its year only when the year is ours', () => {
    expect(yearOfOldLink('?view=year&year=2022', options)).toBe(2022);
    expect(yearOfOldLink('?view=year&year=1901', options)).toBeUndefined();
    expect(yearOfOldLink('?view=departments&year=2022', options)).toBeUndefined();
  });
});

describe('one value per quantity', () => {
  test("the audit's derived metrics replace the portal's own computation when present", () => {
    const content = loadContent(SEEDS);
    const audit = new Map<string, AuditView>([['2023/guangzhou-rd/self-evaluation', { findings: [], scores: { metrics: [{ id: 'basic-share', title: '基本支出占比', value: '72.38%', explanation: '基本支出 ÷ 支出合计。' }] } }]]);
    const [own] = summarizeCorpus({ ...content }).filter((s) => s.id === '2023/guangzhou-rd/self-evaluation');
    const [audited] = summarizeCorpus({ ...content, audit }).filter((s) => s.id === '2023/guangzhou-rd/self-evaluation');
    expect(own.figures.basicShare?.display).toBe('72.4%');
    expect(audited.figures.basicShare).toMatchObject({ display: '72.38%', explanation: '基本支出 ÷ 支出合计' });
    expect(audited.figures.computedRate?.display).toBe('98.68%');
  });
});
