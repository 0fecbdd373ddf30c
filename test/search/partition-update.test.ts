import { describe, expect, test } from 'vitest';
import { belongsTo, planPartitionUpdate, type PartitionState } from '../../src/lib/search/partition-update.ts';

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
