/**
 * The check's memo (src/lib/check/check-memo.ts) must never change what the check says:
 * every fixture gives the same problems, at the same lines, with a memo that has seen every
 * fixture before; and the memo does spare the work on files it has seen.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../scripts/bench/generate-corpus.ts';
import { contentDigests } from '../../scripts/build/content-digests.ts';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { fileMemo } from '../../src/lib/check/check-memo.ts';
import { formatText } from '../../src/lib/check/format-problems.ts';
import { readContentDir } from '../../src/lib/check/read-content-dir.ts';
import { runChecks } from '../../src/lib/check/run-checks.ts';
import { runShardedChecks } from '../../src/lib/check/run-sharded.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const trees = [join(fixtures, 'valid'), ...readdirSync(join(fixtures, 'invalid')).sort().map((name) => join(fixtures, 'invalid', name))];
const work = mkdtempSync(join(tmpdir(), 'mingzhang-memo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const source = (dir: string) => readContentDir(join(dir, 'content'), 'content');
const said = (dir: string, memo?: Parameters<typeof runChecks>[1]) => runChecks(source(dir), memo).problems.map(formatText);

test('with a memo that has seen every fixture, every fixture gives the same problems at the same lines', () => {
  const file = join(work, 'all.json');
  const first = fileMemo(file, 'code-1');
  const without = trees.map((dir) => said(dir, first));
  first.save();
  // Saved once per tree, as each build saves it: keep every fixture's texts in one memo.
  const seen = fileMemo(file, 'code-1');
  for (const dir of trees) said(dir, seen);
  for (const [i, dir] of trees.entries()) {
    expect(said(dir, seen), dir).toEqual(without[i]);
    expect(said(dir, seen), dir).toEqual(said(dir));
  }
});

test('a file changed after the memo was written is checked again: its new error is reported at its line', () => {
  const file = join(work, 'changed.json');
  const memo = fileMemo(file, 'code-1');
  expect(said(join(fixtures, 'valid'), memo)).toEqual([]);
  memo.save();
  const copy = join(work, 'tree');
  rmSync(copy, { recursive: true, force: true });
  cpSync(join(fixtures, 'valid'), copy, { recursive: true });
  const budget = readdirSync(join(copy, 'content'), { recursive: true }).map(String).find((p) => p.endsWith('budget.json'))!;
  const path = join(copy, 'content', budget);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/"fiscalYear": (\d+)/, '"fiscalYear": "$1"'));
  const problems = said(copy, fileMemo(file, 'code-1'));
  expect(problems.some((p) => p.includes(budget) && p.includes('fiscalYear'))).toBe(true);
  expect(problems).toEqual(said(copy));
});

test('the memo spares the work on files it has seen, and only for the same code', () => {
  const file = join(work, 'spare.json');
  const first = fileMemo(file, 'code-1');
  checkContent(source(join(fixtures, 'valid')), first);
  first.save();
  let searched = 0;
  const counting = (memo: ReturnType<typeof fileMemo>) => ({
    ...memo,
    mdxFindings: (text: string, allowFrontmatter: boolean, find: () => never[]) => memo.mdxFindings(text, allowFrontmatter, () => (searched++, find())),
  });
  const same = fileMemo(file, 'code-1');
  checkContent(source(join(fixtures, 'valid')), counting(same));
  expect(searched).toBe(0);
  const texts = readFileSync(file, 'utf8');
  expect(JSON.parse(texts).valid.length).toBeGreaterThanOrEqual(4);
  // Another version of the code: nothing is taken from the memo.
  checkContent(source(join(fixtures, 'valid')), counting(fileMemo(file, 'code-2')));
  expect(searched).toBeGreaterThan(0);
});

describe('a whole shard kept in the memo', () => {
  // A ten-year generated corpus in shards of about 40 disclosures: several shards, with hints.
  const corpus = join(work, 'shards');
  writeCorpus(120, corpus);
  const run = (memo?: ReturnType<typeof fileMemo>, read?: () => void) => {
    const listed = readContentDir(corpus, 'content');
    const counted = { ...listed, read: (path: string) => (read?.(), listed.read(path)) };
    return runShardedChecks(counted, { memo, maxDisclosures: 40 });
  };

  test('an unchanged shard is not read again, and the check says the same', () => {
    const file = join(work, 'shards.json');
    const fresh = run();
    expect(fresh.shards).toBeGreaterThan(1);
    expect(fresh.problems.length).toBeGreaterThan(0);
    const first = fileMemo(file, 'code-1');
    expect(run(first)).toEqual(fresh);
    first.save();
    let reads = 0;
    expect(run(fileMemo(file, 'code-1'), () => reads++)).toEqual(fresh);
    expect(reads).toBe(0);
    // Another version of the code reads everything again.
    reads = 0;
    run(fileMemo(file, 'code-2'), () => reads++);
    expect(reads).toBeGreaterThan(100);
  });

  test('a changed file is checked again with its shard, and its new problem is reported at its line', () => {
    const file = join(work, 'shards-changed.json');
    const memo = fileMemo(file, 'code-1');
    run(memo);
    memo.save();
    const budget = readdirSync(corpus, { recursive: true }).map(String).filter((p) => p.endsWith('budget.json')).sort()[0];
    const path = join(corpus, budget);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"fiscalYear": (\d+)/, '"fiscalYear": "$1"'));
    let reads = 0;
    const again = run(fileMemo(file, 'code-1'), () => reads++);
    expect(again.problems.map(formatText).some((p) => p.includes(budget) && p.includes('fiscalYear'))).toBe(true);
    expect(again).toEqual(run());
    // Only the changed file's shard was read.
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThan(readdirSync(corpus, { recursive: true }).length / 2);
  });

  test('with digests kept between runs, an unchanged corpus is not read at all; a changed file still is', () => {
    const file = join(work, 'shards-digests.json');
    const cache = join(work, 'shards-digests.cache.json');
    const counted = (memo: ReturnType<typeof fileMemo>) => {
      const listed = readContentDir(corpus, 'content');
      const digests = contentDigests(corpus, cache);
      const reads = { text: 0, bytes: 0 };
      const source = { ...listed, read: (path: string) => (reads.text++, listed.read(path)), readBytes: (path: string) => (reads.bytes++, listed.readBytes!(path)), fingerprint: digests.read };
      const result = runShardedChecks(source, { memo, maxDisclosures: 40 });
      digests.save();
      memo.save();
      return { result, reads };
    };
    const fresh = run();
    expect(counted(fileMemo(file, 'code-1')).result).toEqual(fresh);
    const again = counted(fileMemo(file, 'code-1'));
    expect(again.result).toEqual(fresh);
    expect(again.reads).toEqual({ text: 0, bytes: 0 });

    const final = readdirSync(corpus, { recursive: true }).map(String).filter((p) => p.endsWith('final-accounts.json')).sort()[0];
    const path = join(corpus, final);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"title": "/, '"title": 1, "x": "'));
    const changed = counted(fileMemo(file, 'code-1'));
    expect(changed.result).toEqual(run());
    expect(changed.result.problems.map(formatText).some((p) => p.includes(final))).toBe(true);
    expect(changed.reads.text).toBeGreaterThan(0);
  });
});
