/**
 * The manifest written into a built site: `sha256sum -c` accepts it, and the hash cache is
 * used only for a file that is the same file (inode, size, mtime) as when it was hashed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { writeBuildManifest } from '../../scripts/build/build-manifest.ts';
import { MANIFEST_FILE, parseManifest } from '../../src/lib/build/manifest.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mingzhang-manifest-'));
  mkdirSync(join(dir, 'site', 'a', 'b'), { recursive: true });
  writeFileSync(join(dir, 'site', 'index.html'), '<!doctype html>');
  writeFileSync(join(dir, 'site', 'a', 'b', 'data.csv'), 'x,y\n1,2\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('sha256sum -c verifies the manifest, which lists every file but itself', () => {
  expect(writeBuildManifest(join(dir, 'site'))).toBe(2);
  expect(execFileSync('sha256sum', ['-c', MANIFEST_FILE], { cwd: join(dir, 'site'), encoding: 'utf8' })).toBe('a/b/data.csv: OK\nindex.html: OK\n');
  // Written again over the site that now holds it: still only the two files.
  writeBuildManifest(join(dir, 'site'));
  expect([...parseManifest(readFileSync(join(dir, 'site', MANIFEST_FILE), 'utf8')).keys()]).toEqual(['a/b/data.csv', 'index.html']);
});

test('a cached hash is reused for the same file and not for a file written anew', () => {
  const cache = join(dir, 'hashes.json');
  writeBuildManifest(join(dir, 'site'), cache);
  // Poison the cache: a reused entry would now show up in the manifest.
  const poisoned = Object.fromEntries(Object.keys(JSON.parse(readFileSync(cache, 'utf8'))).map((k) => [k, 'f'.repeat(64)]));
  writeFileSync(cache, JSON.stringify(poisoned));
  rmSync(join(dir, 'site', 'index.html'));
  writeFileSync(join(dir, 'site', 'index.html'), '<!doctype html>');
  writeBuildManifest(join(dir, 'site'), cache);
  const files = parseManifest(readFileSync(join(dir, 'site', MANIFEST_FILE), 'utf8'));
  expect(files.get('a/b/data.csv')).toBe('f'.repeat(64));
  expect(files.get('index.html')).not.toBe('f'.repeat(64));
});
