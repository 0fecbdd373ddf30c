/**
 * Gate figures for the summary table `npm test` prints: each gate writes its rows as
 * JSON to $GATE_DIR/<gate>.json (default node_modules/.mingzhang-gate/), so the figures
 * outlive the test run that measured them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

export function writeGateReport(gate: string, rows: { label: string; figure: string; ok: boolean }[]): void {
  const dir = resolve(ROOT, process.env.GATE_DIR ?? join('node_modules', '.mingzhang-gate'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${gate}.json`), `${JSON.stringify({ gate, rows }, null, 2)}\n`);
}
