/**
 * The keys' digests of content files are kept between builds by each file's identity: an
 * unchanged file is not read again, a changed one always is (even at the same size), and a
 * removed one reads as missing and leaves the cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { contentDigests } from '../../scripts/build/content-digests.ts';

const temp = mkdtempSync(join(tmpdir(), 'mingzhang-digests-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const sha = (text: string) => createHash('sha256').update(text).digest();

test('digests are kept by file identity, changed files read again, removed ones dropped', () => {
  const content = join(temp, 'content');
  const cache = join(temp, 'digests.json');
  mkdirSync(join(content, '2023', 'a-rd'), { recursive: true });
  mkdirSync(join(content, 'departments'), { recursive: true });
  const json = join(content, '2023', 'a-rd', 'final-accounts.json');
  writeFileSync(json, '{"yearOverYear": {"previousYear": 2022}}');
  writeFileSync(join(content, 'departments', 'a-rd.json'), '{"name": "甲"}');

  const first = contentDigests(content, cache);
  expect(first.read('2023/a-rd/final-accounts.json')).toEqual(sha('{"yearOverYear": {"previousYear": 2022}}'));
  expect(first.statedYears('2023/a-rd/final-accounts')).toEqual([2022]);
  expect(first.read('departments/a-rd.json')).toEqual(sha('{"name": "甲"}'));
  expect(first.read('2023/a-rd/budget.json')).toEqual(Buffer.from('-'));
  first.save();

  // The kept digest is what the next run reads for an unchanged file: the file is not read.
  const kept = JSON.parse(readFileSync(cache, 'utf8'));
  kept.entries['departments/a-rd.json'].sha = 'ab'.repeat(32);
  writeFileSync(cache, JSON.stringify(kept));
  expect(contentDigests(content, cache).read('departments/a-rd.json')).toEqual(Buffer.from('ab'.repeat(32), 'hex'));

  // The same size, another text and time: read again.
  writeFileSync(json, '{"yearOverYear": {"previousYear": 2021}}');
  utimesSync(json, new Date(2030, 0, 1), new Date(2030, 0, 1));
  const second = contentDigests(content, cache);
  expect(second.read('2023/a-rd/final-accounts.json')).toEqual(sha('{"yearOverYear": {"previousYear": 2021}}'));
  expect(second.statedYears('2023/a-rd/final-accounts')).toEqual([2021]);

  // Removed: missing, and gone from the cache once saved.
  rmSync(join(content, 'departments', 'a-rd.json'));
  expect(second.read('departments/a-rd.json')).toEqual(Buffer.from('-'));
  second.save();
  expect(Object.keys(JSON.parse(readFileSync(cache, 'utf8')).entries)).toEqual(['2023/a-rd/final-accounts.json']);

  // A cache that is not ours (or from another version) is ignored.
  const stat = statSync(json, { bigint: true });
  writeFileSync(cache, JSON.stringify({ version: 0, entries: { '2023/a-rd/final-accounts.json': { file: `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`, sha: '00'.repeat(32) } } }));
  expect(contentDigests(content, cache).read('2023/a-rd/final-accounts.json')).toEqual(sha('{"yearOverYear": {"previousYear": 2021}}'));
  writeFileSync(cache, 'not json');
  expect(contentDigests(content, cache).read('2023/a-rd/final-accounts.json')).toEqual(sha('{"yearOverYear": {"previousYear": 2021}}'));
});
