import { describe, expect, test } from 'vitest';
import { keyFigures, computedRate } from '../../../src/lib/figures/key-figures.ts';
import type { Disclosure } from '../../../src/schemas/disclosure.ts';
import { loadSummaries, SEEDS } from './corpus-helpers.ts';

const selfEvaluation = (extra: Record<string, unknown>) => ({ kind: 'self-evaluation', department: 'x-rd', fiscalYear: 2023, title: 't', ...extra }) as Disclosure;

describe('key figures of a disclosure', () => {
  test('shows budget, spending and the stated rate exactly as published', () => {
    const f = keyFigures(selfEvaluation({ budget: { total: '18485.9 万元' }, spending: { total: '18242.27 万元' }, executionRate: '98.7%' }));
    expect(f.budget).toMatchObject({ path: 'budget.total', value: '18485.9 万元', display: '18,485.9 万元', phase: 'approved' });
    expect(f.spending).toMatchObject({ path: 'spending.total', display: '18,242.27 万元', phase: 'executed' });
    expect(f.statedRate?.display).toBe('98.7%');
  });
  test('computes the execution rate exactly, rounding half-up to two places', () => {
    const f = keyFigures(selfEvaluation({ budget: { total: '1635.52 万元' }, spending: { total: '1983.82 万元' } }));
    // 1983.82 / 1635.52 = 1.212959… → 121.30% (the source truncates to 121.29%).
    expect(f.computedRate?.display).toBe('121.30%');
    expect(f.computedRate?.explanation).toContain('1,983.82 万元 ÷ 1,635.52 万元');
  });
  test('converts 元 to 万元 before dividing, so mixed units give the right rate', () => {
    const f = keyFigures(selfEvaluation({ budget: { total: '100 万元' }, spending: { total: '500000.00 元' } }));
    expect(f.computedRate?.display).toBe('50.00%');
  });
  test('says "< 0.01%" rather than 0.00% for a tiny non-zero rate', () => {
    const f = keyFigures(selfEvaluation({ budget: { total: '1000000 万元' }, spending: { total: '1 元' } }));
    expect(f.computedRate?.display).toBe('< 0.01%');
  });
  test('gives no rate when the budget is zero, instead of dividing by it', () => {
    expect(keyFigures(selfEvaluation({ budget: { total: '0 万元' }, spending: { total: '5 万元' } })).computedRate).toBeUndefined();
  });
  test('never turns a missing figure into zero', () => {
    const f = keyFigures(selfEvaluation({ spending: { total: '26138.69 万元' } }));
    expect(f.budget).toBeUndefined();
    expect(f.computedRate).toBeUndefined();
  });
  test('treats spending in a performance-targets disclosure as the approved budget', () => {
    const f = keyFigures({ kind: 'performance-targets', department: 'x-rd', fiscalYear: 2023, title: 't', spending: { basic: '5082.95 万元', project: '1494.42 万元' } } as Disclosure);
    expect(f.basic?.phase).toBe('approved');
    expect(f.spending).toBeUndefined();
    expect(f.basicShare?.display).toBe('77.3%');
  });
  test('takes a project evaluation’s figures from its funds table and marks them project-scoped', () => {
    const f = keyFigures({ kind: 'project-evaluation', department: 'x-rd', fiscalYear: 2023, title: 't', projectName: 'p', funds: [{ label: '年度资金总额', adjustedBudget: '90.00 万元', executed: '76.50 万元', executionRate: '85.00%' }], totalScore: 92.5 } as Disclosure);
    expect(f.scope).toBe('project');
    expect(f.budget).toMatchObject({ path: 'funds.0.adjustedBudget', phase: 'adjusted' });
    expect(f.computedRate?.display).toBe('85.00%');
    expect(f.score?.value).toBe(92.5);
  });
  test('keeps the bonus beside the self-score instead of adding it', () => {
    const f = keyFigures(selfEvaluation({ score: { selfScore: 94.34, bonus: 10, total: 104.34 } }));
    expect(f.score).toMatchObject({ path: 'score.selfScore', value: 94.34 });
    expect(f.bonus?.value).toBe(10);
  });
  test('computedRate is undefined for a zero budget', () => {
    expect(computedRate({ path: 's', value: '1 万元', display: '1 万元', phase: 'executed' }, { path: 'b', value: '0.00 万元', display: '0.00 万元', phase: 'approved' })).toBeUndefined();
  });
});

describe('key figures of the seeds equal their JSON', () => {
  const { summaries } = loadSummaries(SEEDS);
  test.each(summaries.map((s) => [s.id, s] as const))('%s', (_, s) => {
    const get = (path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], s.data);
    for (const figure of [s.figures.budget, s.figures.spending, s.figures.basic, s.figures.project, s.figures.statedRate, s.figures.score]) {
      if (figure) expect(get(figure.path)).toBe(figure.value);
    }
  });
});
