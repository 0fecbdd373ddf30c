import { describe, expect, test } from 'vitest';
import { planBatches } from '../../../src/lib/build/batches.ts';
import { belongsTo, ownerOf } from '../../../src/lib/build/file-owner.ts';
import { planPartition, planPartitionUpdate, type PartitionState } from '../../../src/lib/build/rebuild-decision.ts';

const state = (departments: Record<string, string>, code = 'c1', year = 2024): PartitionState => ({ code, year, departments });
const before = state({ a: '1', b: '2', c: '3', d: '4' });

describe('planPartitionUpdate', () => {
  test('builds the whole partition the first time, after a code change or for another year', () => {
    expect(planPartitionUpdate(undefined, before)).toEqual({ kind: 'full' });
    expect(planPartitionUpdate(before, state(before.departments, 'c2'))).toEqual({ kind: 'full' });
    expect(planPartitionUpdate(before, state(before.departments, 'c1', 2023))).toEqual({ kind: 'full' });
  });

  test('keeps a partition whose departments all read the same inputs', () => {
    expect(planPartitionUpdate(before, state({ ...before.departments }))).toEqual({ kind: 'unchanged' });
  });

  test('rebuilds changed and new departments, removes those that left, keeps the rest', () => {
    expect(planPartitionUpdate(before, state({ a: '1', b: 'x', c: '3', d: '4' }))).toEqual({ kind: 'departments', build: ['b'], remove: [] });
    expect(planPartitionUpdate(before, state({ a: '1', b: '2', c: '3', d: '4', e: '5' }))).toEqual({ kind: 'departments', build: ['e'], remove: [] });
    expect(planPartitionUpdate(before, state({ a: '1', b: '2', c: '3' }))).toEqual({ kind: 'departments', build: [], remove: ['d'] });
  });

  test('builds the partition whole when most of its departments changed', () => {
    expect(planPartitionUpdate(before, state({ a: 'x', b: 'y', c: 'z', d: '4' }))).toEqual({ kind: 'full' });
  });
});

describe('belongsTo', () => {
  const kinds = ['budget', 'self-evaluation'];
  test('a department owns its page and download folders and files named by its disclosures', () => {
    expect(belongsTo('2024/gz-rd/budget/index.html', 2024, ['gz-rd'], kinds)).toBe(true);
    expect(belongsTo('data/2024/gz-rd/budget/figures.csv', 2024, ['gz-rd'], kinds)).toBe(true);
    expect(belongsTo('data/charts/structure-2024-gz-rd-budget.csv', 2024, ['gz-rd'], kinds)).toBe(true);
  });
  test('not those of a department whose slug extends or prefixes its own, or of another year', () => {
    expect(belongsTo('2024/gz-rd2/budget/index.html', 2024, ['gz-rd'], kinds)).toBe(false);
    expect(belongsTo('data/charts/structure-2024-gz-rd-budget.csv', 2024, ['gz'], kinds)).toBe(false);
    expect(belongsTo('data/charts/structure-2023-gz-rd-budget.csv', 2024, ['gz-rd'], kinds)).toBe(false);
    expect(belongsTo('data/charts/rate-2024.csv', 2024, ['gz-rd'], kinds)).toBe(false);
  });
});

describe('ownerOf', () => {
  const kinds = ['budget', 'self-evaluation', 'final-accounts'];
  test('reads year and department from folders and from disclosure ids in file names', () => {
    expect(ownerOf('2024/gz-rd/budget/index.html', kinds)).toEqual({ year: 2024, department: 'gz-rd' });
    expect(ownerOf('data/2023/a-b-c-rd/final-accounts/figures.csv', kinds)).toEqual({ year: 2023, department: 'a-b-c-rd' });
    expect(ownerOf('data/charts/structure-2024-ah-c0006-rd-self-evaluation.csv', kinds)).toEqual({ year: 2024, department: 'ah-c0006-rd' });
  });
  test('shared files have no owner', () => {
    expect(ownerOf('data/charts/rate-2024.csv', kinds)).toBeUndefined();
    expect(ownerOf('favicon.svg', kinds)).toBeUndefined();
    expect(ownerOf('_astro/Base.css', kinds)).toBeUndefined();
  });
});

describe('planBatches', () => {
  const p = (id: string, size: number) => ({ id, size });
  test('fills each batch in order up to the limit; an oversized partition stands alone', () => {
    expect(planBatches([p('a', 600), p('b', 600), p('c', 600), p('d', 600)], 1500).map((b) => b.map((x) => x.id))).toEqual([['a', 'b'], ['c', 'd']]);
    expect(planBatches([p('a', 2000), p('b', 600), p('c', 900)], 1500).map((b) => b.map((x) => x.id))).toEqual([['a'], ['b', 'c']]);
    expect(planBatches([], 1500)).toEqual([]);
  });
  test('balances batches instead of leaving a small one last', () => {
    const years = [...Array.from({ length: 9 }, (_, i) => p(String(2024 - i), 600)), p('2015', 601)];
    expect(planBatches(years, 3000).map((b) => b.reduce((n, x) => n + x.size, 0))).toEqual([2400, 2400, 1201]);
    expect(planBatches(years.slice(0, 5), 3000)).toHaveLength(1);
    // Ten years of about 600 that do not pack into two batches of 3,000: three even ones, not 2,999 + 2,401 + 601.
    const uneven = [599, 600, 600, 600, 600, 601, 600, 600, 600, 601].map((size, i) => p(String(2024 - i), size));
    expect(planBatches(uneven, 3000).map((b) => b.reduce((n, x) => n + x.size, 0))).toEqual([2399, 2401, 1201]);
  });
});

describe('planPartition', () => {
  const current = state({ a: '1', b: 'x', c: '3', d: '4' });
  test('unchanged only when the recorded key matches and the last build finished the partition', () => {
    expect(planPartition({ key: 'k', previousKey: 'k', previous: current, current, hasOutput: true })).toEqual({ kind: 'unchanged' });
    expect(planPartition({ key: 'k', previousKey: 'k', previous: undefined, current, hasOutput: true })).toEqual({ kind: 'whole' });
  });

  test('a department rebuild needs an output to update; without one the partition is built whole', () => {
    expect(planPartition({ key: 'k2', previousKey: 'k', previous: before, current, hasOutput: true })).toEqual({ kind: 'departments', build: ['b'], remove: [] });
    expect(planPartition({ key: 'k2', previousKey: 'k', previous: before, current, hasOutput: false })).toEqual({ kind: 'whole' });
  });
});
