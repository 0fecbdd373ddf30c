/**
 * Faults. npm run check on broken files: a link to nothing, a pipe (unreadable: the tests run as
 * root, so a file without read permission would still be read; a pipe is what hangs a
 * naive reader), a folder in place of a file, bytes that are not UTF-8, a byte-order mark,
 * CRLF line endings, a 5 MB text and tables of 10,000 rows. Each gets its located error in
 * Chinese, or passes; never a stack trace, never a hang. Each run is measured as a child
 * process (wall time, peak memory of its process tree) against generous bounds, and the
 * figures go to the faults gate. Then a build killed mid-way (SIGKILL to its whole
 * process group, once it has started to assemble the new output) must leave the previous
 * output exactly as it was, and the next build, from the same cache, must produce exactly
 * what a build from nothing produces; so must a build whose state files a kill emptied.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { formatBytes, runMeasured, stopAll } from '../../scripts/build/measure.ts';
import { fixtureFiles } from '../fixtures/injection/base.ts';
import { writeGateReport } from '../gate/report.ts';
import { build, interruptedBuild, manifest } from './builds.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const MAX_MS = 60_000;
const MAX_BYTES = 1.5 * 1024 ** 3;
const temp = mkdtempSync(join(tmpdir(), 'mingzhang-faults-'));
const rows: { label: string; figure: string; ok: boolean }[] = [];
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  writeGateReport('faults', rows);
});

const base = fixtureFiles({ name: 'base', expect: { inert: '' } }, 'test-rd', 'm');
const JSON_FILE = '2023/test-rd/self-evaluation.json';
const MDX = '2023/test-rd/self-evaluation.mdx';
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}段：全年预算100.00万元，支出98.70万元，预算执行率98.7%。`.repeat(4)).join('\n\n');

interface Fault {
  name: string;
  change(dir: string): void;
  /** The report lines ("file:line:col  code") it must print, and nothing else; [] when it passes. */
  expected: string[];
}

const FAULTS: Fault[] = [
  { name: 'missing file (a link to nothing)', change: (d) => (rmSync(join(d, MDX)), symlinkSync(join(d, 'gone.mdx'), join(d, MDX))), expected: [`content/${JSON_FILE}:1:1  pair.mdx-missing`, `content/${MDX}:1:1  file.missing`] },
  { name: 'unreadable file (a named pipe)', change: (d) => (rmSync(join(d, MDX)), execFileSync('mkfifo', [join(d, MDX)])), expected: [`content/${JSON_FILE}:1:1  pair.mdx-missing`, `content/${MDX}:1:1  file.unreadable`] },
  { name: 'file replaced by a folder', change: (d) => (rmSync(join(d, JSON_FILE)), mkdirSync(join(d, JSON_FILE)), writeFileSync(join(d, JSON_FILE, 'x.json'), '{}')), expected: [`content/${JSON_FILE}:1:1  file.directory`, `content/${MDX}:1:1  pair.json-missing`] },
  { name: 'invalid UTF-8 (GBK bytes in a title)', change: (d) => writeFileSync(join(d, JSON_FILE), Buffer.concat([Buffer.from(base[JSON_FILE].replace('注入测试市', '')).subarray(0, 120), Buffer.from([0xb2, 0xe2, 0xca, 0xd4]) /* 测试 in GBK */, Buffer.from(base[JSON_FILE].replace('注入测试市', '')).subarray(120)])), expected: [`content/${JSON_FILE}:5:25  file.encoding`] },
  { name: 'byte-order mark in a JSON file', change: (d) => writeFileSync(join(d, JSON_FILE), `\uFEFF${base[JSON_FILE]}`), expected: [`content/${JSON_FILE}:1:1  file.bom`] },
  { name: 'byte-order mark in an MDX file', change: (d) => writeFileSync(join(d, MDX), `\uFEFF${base[MDX]}`), expected: [] },
  { name: 'CRLF line endings', change: (d) => Object.entries(base).forEach(([p, t]) => writeFileSync(join(d, p), t.replaceAll('\n', '\r\n'))), expected: [] },
  { name: 'CRLF line endings, with an error', change: (d) => (writeFileSync(join(d, JSON_FILE), base[JSON_FILE].replace('"98.7%"', '"98.7"').replaceAll('\n', '\r\n'))), expected: [`content/${JSON_FILE}:12:20  percent.format`] },
  { name: '5 MB text', change: (d) => writeFileSync(join(d, MDX), `${base[MDX]}\n${paragraphs(28_000)}\n`), expected: [] },
  { name: '5 MB text with an error at its end', change: (d) => writeFileSync(join(d, MDX), `${base[MDX]}\n${paragraphs(28_000)}\n\n<script>alert(1)</script>\n`), expected: [`content/${MDX}:56005:1  mdx.script`] },
  { name: 'Markdown table of 10,000 rows', change: (d) => writeFileSync(join(d, MDX), `${base[MDX]}\n| 项目 | 金额 |\n| --- | --- |\n${Array.from({ length: 10_000 }, (_, i) => `| 项目${i + 1} | ${i + 1}.00万元 |`).join('\n')}\n`), expected: [] },
  { name: 'JSON table of 10,000 rows', change: (d) => writeFileSync(join(d, JSON_FILE), JSON.stringify({ ...JSON.parse(base[JSON_FILE]), targets: Array.from({ length: 10_000 }, (_, i) => ({ level1: '产出指标', level3: `指标${i + 1}`, annualTarget: '≥90%', actual: '95%' })) }, null, 2)), expected: [] },
];

test.each(FAULTS.map((f) => [f.name, f] as const))('%s', async (name, fault) => {
  const dir = join(temp, String(FAULTS.indexOf(fault)));
  for (const [path, text] of Object.entries(base)) {
    mkdirSync(dirname(join(dir, 'content', path)), { recursive: true });
    writeFileSync(join(dir, 'content', path), text);
  }
  fault.change(join(dir, 'content'));
  const timer = setTimeout(stopAll, MAX_MS);
  const run = await runMeasured(name, process.execPath, [join(ROOT, 'scripts', 'check.ts'), '--content', 'content', '--quiet'], { cwd: dir }).finally(() => clearTimeout(timer));
  const reported = run.output.split('\n').filter((line) => /^content\/.*:\d+:\d+  /.test(line));
  const ok = run.ms < MAX_MS && run.peakRss < MAX_BYTES;
  rows.push({ label: name, figure: `${fault.expected.length ? `${reported.length} located error(s)` : 'passes'}, exit ${run.code}, ${(run.ms / 1000).toFixed(1)} s, ${formatBytes(run.peakRss)}`, ok });
  expect(run.ms, 'time').toBeLessThan(MAX_MS);
  expect(run.peakRss, 'memory').toBeLessThan(MAX_BYTES);
  expect(run.output).not.toMatch(/^\s+at |Error:|node:internal/m);
  expect(reported.map((line) => line.split('  ').slice(0, 2).join('  '))).toEqual(fault.expected);
  for (const line of reported) expect(line).toMatch(/  [a-z.-]+  .*\p{Script=Han}.*[。？]/u);
  expect(run.code).toBe(fault.expected.length ? 1 : 0);
}, 90_000);

test('a build killed while it stages the new output leaves the previous site intact, and the next build is correct', async () => {
  const content = join(temp, 'build', 'content');
  cpSync(join(ROOT, 'test', 'fixtures', 'valid', 'content'), content, { recursive: true });
  const out = join(temp, 'build', 'dist');
  const cache = join(temp, 'build', 'cache');
  build(content, out, cache);
  const before = manifest(out);
  expect(Object.keys(before).length).toBeGreaterThan(10);

  // A change the killed build was about to publish.
  const file = join(content, '2024', 'sample-county-rd', 'budget.json');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, `${JSON.stringify({ ...data, title: `${data.title}（修订版）` }, null, 2)}\n`);
  const kills: string[] = [];
  for (const when of ['staging', 'site staged'] as const) {
    const killed = await interruptedBuild(content, out, cache, when);
    expect(killed.signal, `the build was killed (${when}), not finished`).toBe('SIGKILL');
    expect(manifest(out), `after a kill (${when})`).toEqual(before);
    kills.push(`${(killed.ms / 1000).toFixed(1)} s (${when})`);
  }

  build(content, out, cache);
  const after = manifest(out);
  const scratch = join(temp, 'build', 'scratch');
  build(content, scratch, join(temp, 'build', 'scratch-cache'));
  expect(after).toEqual(manifest(scratch));
  expect(readFileSync(join(out, '2024', 'sample-county-rd', 'budget', 'index.html'), 'utf8')).toContain('（修订版）');
  rows.push({ label: 'interrupted build', figure: `killed after ${kills.join(' and ')}: previous dist/ ${Object.keys(before).length} of ${Object.keys(before).length} files unchanged; next build = a build from nothing (${Object.keys(after).length} files, 0 differing)`, ok: true });
}, 300_000);

test('a build whose state files were left empty (a kill between opening and writing) rebuilds what it must, as a build from nothing', () => {
  const dir = join(temp, 'emptied');
  const content = join(dir, 'content');
  cpSync(join(ROOT, 'test', 'fixtures', 'valid', 'content'), content, { recursive: true });
  const cache = join(dir, 'cache');
  build(content, join(dir, 'dist'), cache);
  const partitions = readdirSync(join(cache, 'partitions')).map((p) => join('partitions', p, 'done'));
  const state = ['partition-keys.json', 'site-keys.json', 'manifest-hashes.json', 'check-memo.json', join('dataset', 'frames.json'), ...partitions];
  for (const file of state) {
    expect(existsSync(join(cache, file)), file).toBe(true);
    writeFileSync(join(cache, file), '');
  }
  const file = join(content, '2023', 'sample-county-rd', 'final-accounts.json');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, `${JSON.stringify({ ...data, title: `${data.title}（更正）` }, null, 2)}\n`);
  build(content, join(dir, 'dist'), cache);
  build(content, join(dir, 'scratch'), join(dir, 'scratch-cache'));
  expect(manifest(join(dir, 'dist'))).toEqual(manifest(join(dir, 'scratch')));
  expect(readFileSync(join(dir, 'dist', '2023', 'sample-county-rd', 'final-accounts', 'index.html'), 'utf8')).toContain('（更正）');
  rows.push({ label: 'emptied state files', figure: `${state.length} state files emptied: the next build = a build from nothing`, ok: true });
}, 300_000);
