/** The gate reports round-trip through GATE_DIR, and a broken file fails instead of vanishing. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { readGateReports, writeGateReport } from './report.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mingzhang-gate-'));
  process.env.GATE_DIR = dir;
});
afterEach(() => {
  delete process.env.GATE_DIR;
  rmSync(dir, { recursive: true, force: true });
});

test('a written report is read back as written', () => {
  writeGateReport('csp', [{ label: 'CSP pages', figure: '31/31 pages, 0 violations', ok: true }]);
  expect(readGateReports(dir)).toEqual([{ gate: 'csp', rows: [{ label: 'CSP pages', figure: '31/31 pages, 0 violations', ok: true }] }]);
});

test('an unreadable report becomes a failing row naming its file', () => {
  writeFileSync(join(dir, 'links.json'), '{ not json');
  const [report] = readGateReports(dir);
  expect(report.gate).toBe('links');
  expect(report.rows[0].ok).toBe(false);
  expect(report.rows[0].label).toContain('links.json');
});

test('a gate name that is not a plain file name is refused', () => {
  expect(() => writeGateReport('../x', [])).toThrow(/gate name/);
});
