import { describe, expect, test } from 'vitest';
import { comparePageModel, departmentPageModel, REMEMBERED_MODELS, yearPageModel } from '../../../src/lib/page-models/page-models.ts';
import { loadSummaries, SEEDS } from '../figures/corpus-helpers.ts';

const { summaries, departments } = loadSummaries(SEEDS);

describe('page models', () => {
  test('are made once per build: a page and its downloads get the same model', () => {
    expect(yearPageModel(summaries, departments, 2023)).toBe(yearPageModel(summaries, departments, 2023));
    expect(departmentPageModel(summaries, departments[0])).toBe(departmentPageModel(summaries, departments[0]));
    expect(comparePageModel(summaries, departments)).toBe(comparePageModel(summaries, departments));
  });
  test('are kept while among the last REMEMBERED_MODELS asked, so a build holds a bounded number', () => {
    const first = departmentPageModel(summaries, departments[0]);
    // As many other bodies' models as are kept, each a body of its own (a copy of the first).
    const others = Array.from({ length: REMEMBERED_MODELS }, (_, i) => ({ ...departments[1], id: `${departments[1].id}-${i}` }));
    const kept = departmentPageModel(summaries, departments[1]);
    for (const other of others.slice(0, REMEMBERED_MODELS - 2)) departmentPageModel(summaries, other);
    // Asked again, the second stays among the most recent; the first falls out as the rest arrive.
    expect(departmentPageModel(summaries, departments[1])).toBe(kept);
    for (const other of others.slice(REMEMBERED_MODELS - 2)) departmentPageModel(summaries, other);
    expect(departmentPageModel(summaries, departments[1])).toBe(kept);
    const again = departmentPageModel(summaries, departments[0]);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
  test('are made again for other inputs', () => {
    expect(yearPageModel(summaries, departments, 2022)).not.toBe(yearPageModel(summaries, departments, 2023));
    expect(comparePageModel(summaries, [...departments])).not.toBe(comparePageModel(summaries, departments));
    const other = loadSummaries(SEEDS);
    expect(yearPageModel(other.summaries, other.departments, 2023)).toEqual(yearPageModel(summaries, departments, 2023));
  });
});
