/**
 * `npm run build` (scripts/build-site.ts) on bad content: a page build usually fails first,
 * with Astro's schema error in English; what the staff member reads must be the content
 * check's report instead (file, line, field, fix, in Chinese), never a stack trace, and
 * nothing is written to the output folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'mingzhang-build-errors-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

test('bad content fails the build with the check report, not a stack trace', () => {
  const content = join(ROOT, 'test', 'fixtures', 'invalid', 'amount.type', 'content');
  const out = join(temp, 'dist');
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-site.ts'), '--content', content, '--out', out, '--cache', join(temp, 'work')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status).toBe(1);
  expect(output).toMatch(/2023\/test-rd\/self-evaluation\.json:10:14 {2}amount\.type {2}spending\.total（支出合计）/);
  expect(output).toContain('构建失败（build failed）：内容检查未通过（content check failed）');
  expect(output).not.toMatch(/Stack trace|^\s+at /m);
  expect(existsSync(out)).toBe(false);
}, 120_000);
