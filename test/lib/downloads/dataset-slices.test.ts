/**
 * The whole-dataset files joined from year × province slices are the files one pass over
 * the corpus writes: the same CSV as csv-stringify makes of all records at once, the same
 * JSON as JSON.stringify of the whole dataset, in slice order (newest year, then province).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../../scripts/bench/generate-corpus.ts';
import { toCsv } from '../../../src/lib/downloads/csv.ts';
import { datasetDepartments, datasetDisclosure, FIGURES_HEADER, figureRecords, INDICATORS_HEADER, indicatorRecords, KEY_FIGURES_HEADER, keyFigureRecords } from '../../../src/lib/downloads/dataset.ts';
import { datasetFrame, joinDataset, slicesOf, wholeDataset } from '../../../src/lib/downloads/dataset-slices.ts';
import { summarizeCorpus } from '../../../src/lib/figures/corpus.ts';
import { auditAndScore } from '../../../src/lib/score/audit-and-score.ts';
import { loadContent } from '../figures/corpus-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'mingzhang-slices-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeCorpus(120, dir);
const content = loadContent(dir);
const audit = auditAndScore({ disclosures: content.disclosures, departments: Object.fromEntries(content.departments.map((d) => [d.id, d.data])) }, { runs: false });
const summaries = summarizeCorpus({ ...content, audit });
const ordered = slicesOf(summaries).flatMap(([, list]) => list);

describe('the sliced whole-dataset files', () => {
  test('the corpus spans several provinces and years, so the order is tested', () => {
    const slices = slicesOf(summaries).map(([slice]) => slice);
    expect(new Set(slices.map((s) => s.split('/')[1])).size).toBeGreaterThan(1);
    expect(slices).toEqual([...slices].sort((a, b) => b.slice(0, 4).localeCompare(a.slice(0, 4)) || a.localeCompare(b)));
    expect(ordered).toHaveLength(summaries.length);
  });

  test('each CSV is the CSV of all its records at once', () => {
    expect(wholeDataset('figures.csv', summaries, content.departments)).toBe(toCsv([FIGURES_HEADER, ...figureRecords(ordered)]));
    expect(wholeDataset('key-figures.csv', summaries, content.departments)).toBe(toCsv([KEY_FIGURES_HEADER, ...keyFigureRecords(ordered)]));
    expect(wholeDataset('indicators.csv', summaries, content.departments)).toBe(toCsv([INDICATORS_HEADER, ...indicatorRecords(ordered)]));
    const rows = parse(wholeDataset('key-figures.csv', summaries, content.departments), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.disclosure_id)).toEqual(ordered.map((s) => s.id));
  });

  test('the JSON is JSON.stringify of the whole dataset, indented as before', () => {
    const expected = `${JSON.stringify({ departments: datasetDepartments(content.departments), disclosures: ordered.map(datasetDisclosure) }, null, 2)}\n`;
    expect(wholeDataset('mingzhang.json', summaries, content.departments)).toBe(expected);
  });

  test('with no disclosure at all, each file is still whole: a header, or an empty list', () => {
    expect(wholeDataset('figures.csv', [], content.departments)).toBe(toCsv([FIGURES_HEADER]));
    expect(wholeDataset('mingzhang.json', [], content.departments)).toBe(`${JSON.stringify({ departments: datasetDepartments(content.departments), disclosures: [] }, null, 2)}\n`);
    expect(wholeDataset('mingzhang.json', [], [])).toBe(`${JSON.stringify({ departments: [], disclosures: [] }, null, 2)}\n`);
  });

  test('slices without rows (no indicators) leave no gap', () => {
    const frame = datasetFrame('mingzhang.json', []);
    expect(JSON.parse(joinDataset(frame, ['', '    {}', '', '    {}', '']))).toEqual({ departments: [], disclosures: [{}, {}] });
  });
});
