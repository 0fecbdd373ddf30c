import { describe, expect, test } from 'vitest';
import { comparePageModel, departmentPageModel, yearPageModel } from '../../../src/lib/page-models/page-models.ts';
import { loadSummaries, SEEDS } from '../figures/corpus-helpers.ts';

const { summaries, departments } = loadSummaries(SEEDS);

describe('page models', () => {
  test('are made once per build: a page and its downloads get the same model', () => {
    expect(yearPageModel(summaries, departments, 2023)).toBe(yearPageModel(summaries, departments, 2023));
    expect(departmentPageModel(summaries, departments[0])).toBe(departmentPageModel(summaries, departments[0]));
    expect(comparePageModel(summaries, departments)).toBe(comparePageModel(summaries, departments));
  });
  test('are made again for other inputs', () => {
    expect(yearPageModel(summaries, departments, 2022)).not.toBe(yearPageModel(summaries, departments, 2023));
    expect(comparePageModel(summaries, [...departments])).not.toBe(comparePageModel(summaries, departments));
    const other = loadSummaries(SEEDS);
    expect(yearPageModel(other.summaries, other.departments, 2023)).toEqual(yearPageModel(summaries, departments, 2023));
  });
});
