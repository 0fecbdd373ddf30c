/**
 * The datapackage and /data-api/ describe the peer tables' CSVs without computing every
 * body's standing among its peers: the datapackage from each body's table head, the data
 * API's examples from the first body that has peers. Both must say what they said when every
 * peer table was computed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeCorpus } from '../../../scripts/bench/generate-corpus.ts';
import { dataPackage } from '../../../src/lib/downloads/datapackage.ts';
import { viewCsvExamples, viewTables } from '../../../src/lib/downloads/files.ts';
import { viewCsvFamilies } from '../../../src/lib/downloads/view-csvs.ts';
import type { TableModel } from '../../../src/lib/figures/table-model.ts';
import { peersCsvPath, peersPageModel } from '../../../src/lib/page-models/peers.ts';
import { loadAuditedSummaries, SEEDS } from '../figures/corpus-helpers.ts';

const generated = mkdtempSync(join(tmpdir(), 'mingzhang-view-tables-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));
writeCorpus(240, generated);

test.each([
  ['the bundled disclosures', SEEDS],
  ['a generated corpus of 240 disclosures', generated],
])('%s: the datapackage and the data API examples are those of every peer table computed', (_, dir) => {
  const { departments, summaries } = loadAuditedSummaries(dir);
  const peerTables = departments.flatMap((d) => peersPageModel(summaries, departments, d).tables);
  // The national views' tables come whole (only the peers' are heads).
  const national = viewTables(summaries, departments).filter((t) => !departments.some((d) => t.csvPath === peersCsvPath(d.id))) as TableModel[];
  const computed = [...peerTables, ...national];

  expect(JSON.stringify(dataPackage(summaries, 'https://mingzhang.example/', viewTables(summaries, departments)))).toBe(JSON.stringify(dataPackage(summaries, 'https://mingzhang.example/', computed)));

  const examples = viewCsvExamples(summaries, departments);
  const withRows = computed.filter((t) => t.rows.length > 0).map((t) => t.csvPath);
  const first = (paths: string[]) => viewCsvFamilies().map((f) => paths.find((p) => f.match.test(p)));
  expect(first(examples)).toEqual(first(withRows));
  expect(examples.some((p) => departments.some((d) => p === peersCsvPath(d.id)))).toBe(peerTables.some((t) => t.rows.length > 0));
});
