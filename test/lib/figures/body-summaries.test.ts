/**
 * A body's summaries made from its own disclosures alone, kept through node:v8's
 * serialisation as the site build reads them, are the summaries of the whole corpus's audit:
 * every figure, finding and score the cross-year pages show, without the fields only a
 * disclosure's own page reads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, expect, test } from 'vitest';
import { writeCorpus } from '../../../scripts/bench/generate-corpus.ts';
import { bodySummaries, withDepartments } from '../../../src/lib/figures/body-summaries.ts';
import { summarizeCorpus } from '../../../src/lib/figures/corpus.ts';
import { summaryData } from '../../../src/lib/figures/summary-data.ts';
import { auditAndScore } from '../../../src/lib/score/audit-and-score.ts';
import { loadContent, SEEDS } from './corpus-helpers.ts';

const generated = mkdtempSync(join(tmpdir(), 'mingzhang-bodies-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));
writeCorpus(120, generated);

test.each([
  ['the bundled disclosures', SEEDS],
  ['a generated corpus of 120 disclosures over ten years', generated],
])('%s: per-body summaries equal the whole corpus’s', (_, dir) => {
  const { departments, disclosures } = loadContent(dir);
  const audit = auditAndScore({ disclosures, departments: Object.fromEntries(departments.map((d) => [d.id, d.data])) }, { runs: false });
  const whole = summarizeCorpus({ disclosures, departments, audit });
  const stored = departments.flatMap((d) => deserialize(serialize(bodySummaries(d, disclosures.filter((x) => x.data.department === d.id)))));
  expect(whole.some((s) => (s.audit?.findings.length ?? 0) > 0)).toBe(true);
  expect(withDepartments(stored, departments)).toStrictEqual(whole.map((s) => ({ ...s, data: summaryData(s.data) })));
});

test('a summary whose department file is gone is an error, never a dropped row', () => {
  const { departments, disclosures } = loadContent(SEEDS);
  const stored = bodySummaries(departments[0], disclosures.filter((x) => x.data.department === departments[0].id));
  expect(() => withDepartments(stored, departments.slice(1))).toThrow(/no department/);
});
