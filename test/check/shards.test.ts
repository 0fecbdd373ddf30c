import { readdirSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { readContentDir } from '../../src/lib/check/read-content-dir.ts';
import { runChecks } from '../../src/lib/check/run-checks.ts';
import { runShardedChecks } from '../../src/lib/check/run-sharded.ts';
import type { CheckMemo, ShardOutcome } from '../../src/lib/check/check-memo.ts';
import { ANCHOR_EVERY, isAnchor, ownerOf, planShards } from '../../src/lib/check/shards.ts';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');

test('a shard holds whole departments, packed in slug order; what belongs to none goes first', () => {
  const files = [
    'articles/a.mdx',
    'departments/a-rd.json',
    'departments/b-rd.json',
    'departments/c-rd.json',
    ...['2021', '2022', '2023'].flatMap((y) => [`${y}/a-rd/budget.json`, `${y}/a-rd/budget.mdx`, `${y}/b-rd/budget.json`]),
    '2023/c-rd/budget.json',
    '2023/c-rd/final-accounts.json',
    '2023/c-rd/budget.original.pdf',
  ];
  expect(ownerOf('2023/c-rd/budget.original.pdf')).toBe('c-rd');
  expect(ownerOf('departments/b-rd.json')).toBe('b-rd');
  expect(ownerOf('articles/a.mdx')).toBe('');
  expect(planShards(files, 5)).toEqual([['', 'a-rd'], ['b-rd', 'c-rd']]);
  expect(planShards(files, 4)).toEqual([['', 'a-rd'], ['b-rd'], ['c-rd']]);
  // A department larger than a shard is one shard of its own, never split.
  expect(planShards(files, 2)).toEqual([['', 'a-rd'], ['b-rd'], ['c-rd']]);
  expect(planShards(files, 100)).toEqual([['', 'a-rd', 'b-rd', 'c-rd']]);
});

/** The bundled content and every content folder of the fixtures: the valid one, the audit one, each invalid case. */
const corpora = [resolve(FIXTURES, '..', '..', 'content'), join(FIXTURES, 'valid', 'content'), join(FIXTURES, 'audit', 'content'), ...readdirSync(join(FIXTURES, 'invalid')).map((d) => join(FIXTURES, 'invalid', d)).map((d) => (existsSync(join(d, 'content')) ? join(d, 'content') : d))];

test.each(corpora.map((dir) => [relative(resolve(FIXTURES, '..', '..'), dir), dir]))('%s: one department per shard finds exactly what one run over everything finds', (_, dir) => {
  const whole = runChecks(readContentDir(dir, 'content'));
  const audits = new Map<string, unknown>();
  const sharded = runShardedChecks(readContentDir(dir, 'content'), { maxDisclosures: 1, onAudits: (a) => a.forEach((v, k) => audits.set(k, v)) });
  expect(sharded.problems).toEqual(whole.problems);
  expect(sharded.counts).toEqual(whole.counts);
  expect(new Map([...audits].sort(([a], [b]) => a.localeCompare(b)))).toEqual(new Map([...whole.audits].sort(([a], [b]) => a.localeCompare(b))));
});

test.each(corpora.map((dir) => [relative(resolve(FIXTURES, '..', '..'), dir), dir]))('%s: errorsOnly keeps exactly the errors and counts the warnings, also from the memo', (_, dir) => {
  const whole = runChecks(readContentDir(dir, 'content'));
  const kept = new Map<string, ShardOutcome>();
  const memo: CheckMemo = { isValid: () => false, markValid: () => {}, mdxFindings: (_t, _f, find) => find(), shardOutcome: (key) => kept.get(key), keepShard: (key, outcome) => void kept.set(key, outcome) };
  for (const run of [1, 2]) {
    const result = runShardedChecks(readContentDir(dir, 'content'), { maxDisclosures: 1, errorsOnly: true, memo });
    expect(result.problems, `run ${run}`).toEqual(whole.problems.filter((p) => p.severity === 'error'));
    expect(result.warnings, `run ${run}`).toBe(whole.problems.filter((p) => p.severity === 'warning').length);
  }
  // The second run took every shard from the memo; a run keeping everything does not take those outcomes.
  expect(kept.size).toBeGreaterThan(0);
  expect(runShardedChecks(readContentDir(dir, 'content'), { maxDisclosures: 1, memo }).problems).toEqual(whole.problems);
});

test('the bundled content is checked in more than two shards of one department', () => {
  const files = readContentDir(corpora[0], 'content').files;
  expect(planShards(files, 1).length).toBeGreaterThan(2);
});

test('one new disclosure moves shard boundaries only up to the next anchor, so the memo keeps the other shards', () => {
  const departments = Array.from({ length: 300 }, (_, i) => `d${String(i).padStart(3, '0')}-rd`);
  const files = (extra: string[]) => [...departments.flatMap((d) => [`departments/${d}.json`, ...Array.from({ length: 10 }, (_, y) => `${2015 + y}/${d}/budget.json`)]), ...extra];
  const before = planShards(files([]), 100);
  // Each department fills a tenth of a shard: one more disclosure pushes a department into the next shard.
  const grown = departments.find((d, i) => i > 5 && before.some((s) => s.at(-1) === d && !isAnchor(departments[i + 1])))!;
  const after = planShards(files([`2025/${grown}/budget.json`]), 100);
  const key = (s: string[]) => s.join(',');
  const moved = after.filter((s) => !before.map(key).includes(key(s)));
  expect(departments.filter(isAnchor).length).toBeGreaterThan(10);
  expect(moved.length).toBeGreaterThan(0);
  expect(moved.length).toBeLessThanOrEqual(ANCHOR_EVERY);
  expect(moved.length * 4).toBeLessThan(after.length);
  for (const shard of after) expect(shard.length === 1 || shard.reduce((n, d) => n + (d === grown ? 11 : 10), 0) <= 100).toBe(true);
});
