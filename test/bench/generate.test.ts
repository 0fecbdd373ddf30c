/**
 * The generated corpus keeps each template's years consistent with its new fiscal year, so
 * the bench's partitions depend on one another as real disclosures do.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeCorpus } from '../../scripts/bench/generate-corpus.ts';

const out = mkdtempSync(join(tmpdir(), 'mingzhang-generate-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

test('a year-over-year statement names the year before its own fiscal year, as in its template', () => {
  writeCorpus(400, out);
  const stated: [number, number][] = [];
  for (const year of readdirSync(out).filter((n) => /^\d{4}$/.test(n))) {
    for (const dept of readdirSync(join(out, year))) {
      for (const file of readdirSync(join(out, year, dept)).filter((f) => f.endsWith('.json'))) {
        const json = JSON.parse(readFileSync(join(out, year, dept, file), 'utf8')) as { fiscalYear: number; yearOverYear?: { previousYear?: number }[] };
        for (const s of json.yearOverYear ?? []) if (s.previousYear !== undefined) stated.push([json.fiscalYear, s.previousYear]);
      }
    }
  }
  expect(stated.length).toBeGreaterThan(0);
  // The templates state the previous year (2019 in a 2020 report; 2023 in a 2024 budget).
  expect(stated.filter(([fiscal, previous]) => previous !== fiscal - 1)).toEqual([]);
});
