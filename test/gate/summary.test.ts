/** The summary shows every expected gate, fails on a missing or failing one, and keeps gates it does not expect. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { writeGateReport } from './report.ts';
import { EXPECTED_GATES, formatSummary, summaryRows } from './summary.ts';

const SUMMARY = join(import.meta.dirname, 'summary.ts');
let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mingzhang-summary-'));
  process.env.GATE_DIR = dir;
});
afterEach(() => {
  delete process.env.GATE_DIR;
  rmSync(dir, { recursive: true, force: true });
});
const run = (...args: string[]) => spawnSync(process.execPath, [SUMMARY, ...args], { encoding: 'utf8', env: { ...process.env, GATE_DIR: dir } });

test('a gate that did not report is a failing row, a gate not expected is shown with its verdict', () => {
  const rows = summaryRows([{ gate: 'links', rows: [{ label: 'links checked/broken', figure: '151/0', ok: true }] }, { gate: 'csp', rows: [{ label: 'pages', figure: '36/36', ok: false }] }], ['links', 'html']);
  expect(rows).toEqual([
    { gate: 'links', figure: 'links checked/broken: 151/0', ok: true },
    { gate: 'html', figure: 'no report: the gate did not run', ok: false },
    { gate: 'csp', figure: 'pages: 36/36', ok: false },
  ]);
  const table = formatSummary(rows);
  expect(table).toMatch(/^\| gate +\| figure +\| ok +\|$/m);
  expect(table).toMatch(/^\| html +\| no report: the gate did not run +\| FAIL \|$/m);
  expect(table.trim().split('\n').at(-1)).toBe('gates: 1/3 ok');
});

test('the command exits 1 while an expected gate is missing, 0 when all are there and ok; --reset removes the reports', () => {
  for (const gate of EXPECTED_GATES.slice(1)) writeGateReport(gate, [{ label: 'x', figure: '0', ok: true }]);
  const missing = run();
  expect(missing.status).toBe(1);
  expect(missing.stdout).toContain(`| ${EXPECTED_GATES[0]}`);
  writeGateReport(EXPECTED_GATES[0], [{ label: 'x', figure: '0', ok: true }]);
  const all = run();
  expect(all.status, all.stderr).toBe(0);
  expect(all.stdout).toContain(`gates: ${EXPECTED_GATES.length}/${EXPECTED_GATES.length} ok`);
  writeGateReport(EXPECTED_GATES[0], [{ label: 'x', figure: '1', ok: false }]);
  expect(run().status).toBe(1);
  expect(run('--reset').status).toBe(0);
  expect(existsSync(dir)).toBe(false);
});
