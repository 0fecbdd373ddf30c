/**
 * The dataset step (scripts/dataset-slices.ts) and the assembly's join: the whole-dataset
 * files it makes equal those of one pass over the audited corpus, and after a change it
 * remakes only the changed slice, with the same result as a step from nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeCorpus } from '../../scripts/bench/generate-corpus.ts';
import { joinedDatasetDir } from '../../scripts/build/dataset-step.ts';
import { SLICED_FILES, wholeDataset } from '../../src/lib/downloads/dataset-slices.ts';
import { summarizeCorpus } from '../../src/lib/figures/corpus.ts';
import { auditAndScore } from '../../src/lib/score/audit-and-score.ts';
import { loadContent, ROOT } from '../lib/figures/corpus-helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'mingzhang-dataset-step-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const content = join(tmp, 'content');
writeCorpus(120, content);

function step(work: string): string {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'dataset-slices.ts'), '--content', content, '--out', work, '--code', 'test'], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout.trim();
}

/** The sliced files as the step joined them for the assembly. */
function joined(work: string): Record<string, string> {
  return Object.fromEntries(SLICED_FILES.map((f) => [f, readFileSync(join(joinedDatasetDir(work), f), 'utf8')]));
}

/** The sliced files of one pass over the audited corpus, as a plain build makes them. */
function whole(): Record<string, string> {
  const corpus = loadContent(content);
  const audit = auditAndScore({ disclosures: corpus.disclosures, departments: Object.fromEntries(corpus.departments.map((d) => [d.id, d.data])) }, { runs: false });
  const summaries = summarizeCorpus({ ...corpus, audit });
  return Object.fromEntries(SLICED_FILES.map((f) => [f, wholeDataset(f, summaries, corpus.departments)]));
}

test('the joined files are those of one pass over the audited corpus', () => {
  const work = join(tmp, 'work');
  expect(step(work)).toBe('dataset: 30 slices, 30 made, files joined');
  expect(joined(work)).toEqual(whole());
  // Nothing changed: the files are left as they are (same inode), so nothing downstream rehashes them.
  const inode = statSync(join(joinedDatasetDir(work), 'figures.csv')).ino;
  expect(step(work)).toBe('dataset: 30 slices, 0 made');
  expect(statSync(join(joinedDatasetDir(work), 'figures.csv')).ino).toBe(inode);
});

test('a corrected disclosure remakes its slice only, and the result is that of a step from nothing', () => {
  const work = join(tmp, 'work');
  const year = readdirSync(content).filter((n) => /^\d{4}$/.test(n)).sort()[3];
  const dept = readdirSync(join(content, year))[0];
  const file = join(content, year, dept, readdirSync(join(content, year, dept)).find((f) => f.endsWith('.json'))!);
  const data = JSON.parse(readFileSync(file, 'utf8')) as { title: string };
  writeFileSync(file, `${JSON.stringify({ ...data, title: `${data.title}（更正）` }, null, 2)}\n`);
  // The same disclosure a year later compares with it, so its slice is remade too when it exists.
  expect(step(work)).toMatch(/^dataset: 30 slices, [12] made, files joined$/);
  const files = joined(work);
  expect(files['mingzhang.json']).toContain(`${data.title}（更正）`);
  expect(files).toEqual(whole());
  const fresh = join(tmp, 'fresh');
  step(fresh);
  expect(joined(fresh)).toEqual(files);
});

test('a step stopped after remaking a slice, before joining, is joined by the next step', () => {
  const work = join(tmp, 'work');
  // What a stopped step leaves: the new slice, and the joined files and plan of the step before.
  const before = join(tmp, 'before');
  for (const name of ['joined', 'frames.json']) cpSync(join(work, name), join(before, name), { recursive: true });
  const year = readdirSync(content).filter((n) => /^\d{4}$/.test(n)).sort()[5];
  const dept = readdirSync(join(content, year))[0];
  const file = join(content, year, dept, readdirSync(join(content, year, dept)).find((f) => f.endsWith('.json'))!);
  const data = JSON.parse(readFileSync(file, 'utf8')) as { title: string };
  writeFileSync(file, `${JSON.stringify({ ...data, title: `${data.title}（二次更正）` }, null, 2)}\n`);
  step(work);
  for (const name of ['joined', 'frames.json']) {
    rmSync(join(work, name), { recursive: true });
    cpSync(join(before, name), join(work, name), { recursive: true });
  }
  expect(step(work)).toBe('dataset: 30 slices, 0 made, files joined');
  expect(joined(work)['mingzhang.json']).toContain(`${data.title}（二次更正）`);
  expect(joined(work)).toEqual(whole());
});

test('a slice whose disclosures are all removed leaves the files', () => {
  const work = join(tmp, 'work');
  const year = readdirSync(content).filter((n) => /^\d{4}$/.test(n)).sort()[0];
  rmSync(join(content, year), { recursive: true });
  // The next year's rows compared with the removed ones: its three slices are remade.
  expect(step(work)).toBe('dataset: 27 slices, 3 made, files joined');
  expect(readdirSync(join(work, 'slices'))).not.toContain(year);
  expect(joined(work)).toEqual(whole());
});
