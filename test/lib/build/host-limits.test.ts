import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exceededLimits, HOSTS } from '../../../src/lib/build/host-limits.ts';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

describe('does an output fit its host', () => {
  const small = { files: 6_213, bytes: 78_100_000, largest: { path: 'pagefind/2024/card-pack/0.mzp', bytes: 2_000_000 } };
  test('a province-sized output fits GitHub Pages; 6,000 disclosures overflow the free Cloudflare plan', () => {
    expect(exceededLimits(HOSTS['github-pages'], small)).toEqual([]);
    expect(exceededLimits(HOSTS['cloudflare-pages'], { ...small, files: 56_425 })).toEqual(['文件数 56,425 超过 Cloudflare Pages (free) 的上限 20,000（files）']);
  });
  test('the nation (1.4 million files, 19 GB) fits only object storage', () => {
    const nation = { files: 1_400_000, bytes: 19e9, largest: { path: 'pagefind/2024/card-pack/0.mzp', bytes: 13e6 } };
    for (const id of ['github-pages', 'gitlab-pages', 'cloudflare-pages', 'cloudflare-pages-paid'] as const) expect(exceededLimits(HOSTS[id], nation).length, id).toBeGreaterThan(0);
    expect(exceededLimits(HOSTS['object-storage'], nation)).toEqual([]);
  });
  test('a file over 25 MiB is named', () => {
    expect(exceededLimits(HOSTS['cloudflare-pages-paid'], { ...small, largest: { path: 'a/big.mzp', bytes: 30 * 1024 ** 2 } })[0]).toContain('a/big.mzp');
  });
  test('the script measures a folder and fails, in Chinese, when it does not fit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'host-'));
    try {
      mkdirSync(join(dir, 'a'));
      for (let i = 0; i < 3; i++) writeFileSync(join(dir, 'a', `${i}.txt`), 'x'.repeat(10));
      const fits = spawnSync(process.execPath, ['scripts/deploy/check-host.ts', '--site', dir, '--host', 'object-storage'], { cwd: ROOT, encoding: 'utf8' });
      expect(fits.status).toBe(0);
      expect(fits.stdout).toContain('3 个文件');
      const unknown = spawnSync(process.execPath, ['scripts/deploy/check-host.ts', '--site', dir, '--host', 'nowhere'], { cwd: ROOT, encoding: 'utf8' });
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('未知的托管平台');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
