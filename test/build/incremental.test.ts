/**
 * Rebuilding after a change builds only the changed departments of a partition and keeps
 * its other pages; the site it assembles must be exactly the site a build from nothing
 * makes of the same content, file for file, byte for byte (pages, downloads, sitemaps,
 * search bundles).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'mingzhang-incremental-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Runs scripts/build-site.ts; returns its printed report. */
function buildSite(content: string, out: string, cache: string): string {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-site.ts'), '--content', content, '--out', out, '--cache', cache], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`build-site failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Every file under a folder, by relative path. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

function expectSameSite(actual: string, expected: string): void {
  const list = files(expected);
  expect(files(actual)).toEqual(list);
  const different = list.filter((f) => !readFileSync(join(actual, f)).equals(readFileSync(join(expected, f))));
  expect(different).toEqual([]);
}

test('a new disclosure rebuilds only its department; removing it restores the site it came from', () => {
  const content = join(temp, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const cache = join(temp, 'work');
  // 2023 holds two departments; the third arrives, then leaves again.
  buildSite(content, join(temp, 'before'), cache);

  // A new body's 2023 targets: pages, download folders and the body-year's table archive.
  const json = JSON.parse(readFileSync(join(content, '2023/dongguan-rd/performance-targets.json'), 'utf8'));
  mkdirSync(join(content, '2023/conghua-rd'));
  cpSync(join(content, '2023/dongguan-rd/performance-targets.mdx'), join(content, '2023/conghua-rd/performance-targets.mdx'));
  // Its archived original travels with it (source.original names it; its hash is in the JSON).
  cpSync(join(content, '2023/dongguan-rd/performance-targets.original.txt'), join(content, '2023/conghua-rd/performance-targets.original.txt'));
  writeFileSync(join(content, '2023/conghua-rd/performance-targets.json'), `${JSON.stringify({ ...json, department: 'conghua-rd', title: '2023年广州市从化区人民代表大会常务委员会办公室部门整体支出绩效目标' }, null, 2)}\n`);

  const added = buildSite(content, join(temp, 'added'), cache);
  expect(added).toMatch(/\| pages 2023 \(1 of 3 departments\) \|/);
  // The cross-year site rebuilds its pieces that show the body: core, 2023, 广东, its own page and peers.
  expect(added).toMatch(/\| pages \(site, \d+ of \d+ pieces\) \|/);
  expect(added).not.toMatch(/\| pages \(site\) \|/);
  expect(added).not.toMatch(/\| pages 2023 \|/);
  expect(added).toMatch(/rebuilt: 2023\)/);
  expect(added).not.toMatch(/\| pages 202[02] /);
  expect(readFileSync(join(temp, 'added', '2023/conghua-rd/performance-targets/index.html'), 'utf8')).toContain('2023年广州市从化区人民代表大会常务委员会办公室部门整体支出绩效目标');
  expect(existsSync(join(temp, 'added', 'data/2023/conghua-rd/tables.zip'))).toBe(true);
  // Its body-year page comes with it, from the same department build, and says what the body did not publish.
  const bodyYear = readFileSync(join(temp, 'added', '2023/conghua-rd/index.html'), 'utf8');
  expect(bodyYear).toContain('href="/2023/conghua-rd/performance-targets/"');
  expect(bodyYear).toContain('该年度未公开部门整体支出绩效自评报告');
  expect(readFileSync(join(temp, 'before', '2023/guangzhou-rd/index.html'), 'utf8')).toContain('该年度未公开部门预算');
  buildSite(content, join(temp, 'added-scratch'), join(temp, 'work-scratch'));
  expectSameSite(join(temp, 'added'), join(temp, 'added-scratch'));

  // Nothing changed: neither the site nor any partition is built again.
  const again = buildSite(content, join(temp, 'again'), cache);
  expect(again).not.toMatch(/\| pages/);
  expectSameSite(join(temp, 'again'), join(temp, 'added-scratch'));

  rmSync(join(content, '2023/conghua-rd'), { recursive: true });
  const removed = buildSite(content, join(temp, 'removed'), cache);
  // Nothing to build: the department's pages leave and the partition is indexed again.
  expect(removed).not.toMatch(/\| pages 2023/);
  expect(removed).toMatch(/\| index 2023 \|/);
  expectSameSite(join(temp, 'removed'), join(temp, 'before'));
}, 600_000);

test('a corrected disclosure rebuilds the site pieces that show it; a changed department file rebuilds the site whole', () => {
  const content = join(temp, 'content-corrected');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const cache = join(temp, 'work-corrected');
  buildSite(content, join(temp, 'corrected-before'), cache);

  // A title shown on the year page, the feeds, the home page and the whole-corpus downloads.
  const file = join(content, '2020/guangdong-rd/self-evaluation.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('"title": "2021年部门整体支出绩效自评报告"', '"title": "2021年部门整体支出绩效自评报告（更正稿）"'));
  const corrected = buildSite(content, join(temp, 'corrected'), cache);
  expect(corrected).toMatch(/\| pages \(site, \d+ of \d+ pieces\) \|/);
  expect(readFileSync(join(temp, 'corrected', '2020/index.html'), 'utf8')).toContain('2021年部门整体支出绩效自评报告（更正稿）');
  expect(readFileSync(join(temp, 'corrected', 'feeds/provinces/gd.xml'), 'utf8')).toContain('（更正稿）');
  buildSite(content, join(temp, 'corrected-scratch'), join(temp, 'work-corrected-scratch'));
  expectSameSite(join(temp, 'corrected'), join(temp, 'corrected-scratch'));

  // A body's name is on every page that lists it: the site is built whole.
  const dept = join(content, 'departments/conghua-rd.json');
  writeFileSync(dept, readFileSync(dept, 'utf8').replace('"shortName": "', '"shortName": "（新）'));
  const renamed = buildSite(content, join(temp, 'renamed'), cache);
  expect(renamed).toMatch(/\| pages \(site\) \|/);
  buildSite(content, join(temp, 'renamed-scratch'), join(temp, 'work-renamed-scratch'));
  expectSameSite(join(temp, 'renamed'), join(temp, 'renamed-scratch'));
}, 600_000);
