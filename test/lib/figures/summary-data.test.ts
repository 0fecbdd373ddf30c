/**
 * The site build reads stored summaries without the fields only a disclosure's own page
 * reads. Every table and chart of the cross-year pages has its CSV, and the feeds, the
 * datapackage and the data API page's example (a body-year table) are made from the same
 * summaries: made from the stored summaries, they must be
 * the files made from whole ones, byte for byte. A page-only field that a cross-year page
 * does read fails here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeCorpus } from '../../../scripts/bench/generate-corpus.ts';
import { crossYearDownloadGroups, datasetFiles } from '../../../src/lib/downloads/files.ts';
import { bodySummaries, withDepartments } from '../../../src/lib/figures/body-summaries.ts';
import type { DepartmentInput, DisclosureSummary } from '../../../src/lib/figures/corpus.ts';
import { PAGE_ONLY_FIELDS } from '../../../src/lib/figures/summary-data.ts';
import { bodyYearTables, firstBodyYearCsv } from '../../../src/lib/page-models/body-year.ts';
import { departmentFeed, feedProvinces, provinceFeed } from '../../../src/lib/page-models/feeds.ts';
import { loadAuditedSummaries, SEEDS } from './corpus-helpers.ts';

const generated = mkdtempSync(join(tmpdir(), 'mingzhang-summary-data-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));
writeCorpus(240, generated);
const SITE = 'https://mingzhang.example/';

/** What the cross-year pages publish of a corpus's summaries, by path. */
function published(summaries: DisclosureSummary[], departments: DepartmentInput[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const group of crossYearDownloadGroups(summaries, departments, SITE)) for (const f of group.files()) files.set(f.path, f.body);
  for (const f of datasetFiles(summaries, departments, SITE, { sliced: false })) files.set(f.path, f.make());
  for (const d of departments) files.set(`feed ${d.id}`, JSON.stringify(departmentFeed(summaries, d, SITE)));
  for (const code of feedProvinces(departments)) files.set(`feed ${code}`, JSON.stringify(provinceFeed(summaries, code, SITE)));
  // The data API page's example, and the body-year tables the site reads it from.
  files.set('data-api example', String(firstBodyYearCsv(summaries, departments)));
  files.set('body-year tables', JSON.stringify(bodyYearTables(summaries, departments)));
  return files;
}

test.each([
  ['the bundled disclosures', SEEDS],
  ['a generated corpus of 240 disclosures over ten years', generated],
])('%s: the cross-year downloads and feeds are the same from stored summaries as from whole ones', (_, dir) => {
  const { departments, disclosures, summaries: whole } = loadAuditedSummaries(dir);
  const stored = withDepartments(
    departments.flatMap((d) => bodySummaries(d, disclosures.filter((x) => x.data.department === d.id))),
    departments,
  );
  // The stored summaries do lack fields the whole ones have.
  const dropped = (summaries: DisclosureSummary[]) => summaries.filter((s) => PAGE_ONLY_FIELDS.some((f) => f in s.data)).length;
  expect(dropped(whole)).toBeGreaterThan(0);
  expect(dropped(stored)).toBe(0);
  const expected = published(whole, departments);
  expect(expected.size).toBeGreaterThan(departments.length);
  expect(published(stored, departments)).toStrictEqual(expected);
});
