/**
 * The assembled output's `_headers` allows the hashes of every page in it, whether each
 * page's policy is read from the page or from the cache of the build before: a page that
 * was replaced (new inode) is read again, an unchanged one is not.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { writeHostHeaders } from '../../scripts/build/host-headers.ts';

const page = (hash: string) => `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-${hash}'"></head><body>x</body></html>`;
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function site(): { out: string; cache: string; write: (path: string, hash: string) => void } {
  dir = mkdtempSync(join(tmpdir(), 'mingzhang-headers-'));
  const out = join(dir, 'site');
  const write = (path: string, hash: string) => {
    mkdirSync(join(out, path, '..'), { recursive: true });
    // As the builds do: a new file, never one written in place.
    rmSync(join(out, path), { force: true });
    writeFileSync(join(out, path), page(hash));
  };
  return { out, cache: join(dir, 'policies.json'), write };
}
const headers = (out: string) => readFileSync(join(out, '_headers'), 'utf8');

test('the same _headers with the cache cold, warm, and without it; a replaced page’s new hash is in, its old one out', () => {
  const { out, cache, write } = site();
  for (let i = 0; i < 20; i++) write(`2023/body-${i}/budget/index.html`, i < 10 ? 'AAA' : 'BBB');
  write('index.html', 'CCC');
  writeHostHeaders(out);
  const plain = headers(out);
  for (const hash of ['AAA', 'BBB', 'CCC']) expect(plain).toContain(`'sha256-${hash}'`);
  writeHostHeaders(out, cache);
  expect(headers(out)).toBe(plain);
  writeHostHeaders(out, cache);
  expect(headers(out)).toBe(plain);
  // The cache holds each policy once.
  expect(JSON.parse(readFileSync(cache, 'utf8')).policies).toHaveLength(3);

  write('index.html', 'DDD');
  writeHostHeaders(out, cache);
  const changed = headers(out);
  expect(changed).toContain(`'sha256-DDD'`);
  expect(changed).not.toContain(`'sha256-CCC'`);
  writeHostHeaders(out);
  expect(headers(out)).toBe(changed);
});
