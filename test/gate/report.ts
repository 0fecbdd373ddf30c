/**
 * The gates' shared report folder: every gate writes its figures as one JSON file
 * ({ gate, rows: [{ label, figure, ok }] }) into GATE_DIR (default
 * node_modules/.mingzhang-gate/), and the summary (test/gate/summary.ts) reads them all and
 * prints one table. A gate that did not run leaves no file, and the summary fails on that.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One figure a gate measured, and whether it passes. */
export interface GateRow {
  label: string;
  figure: string;
  ok: boolean;
}

/** What one gate wrote. */
export interface GateReport {
  gate: string;
  rows: GateRow[];
}

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The folder the gates write to: env GATE_DIR, else node_modules/.mingzhang-gate/. */
export function gateDir(): string {
  return resolve(ROOT, process.env.GATE_DIR || join('node_modules', '.mingzhang-gate'));
}

/** Writes (replaces) the figures of one gate. Written whole or not at all: a reader never sees half a file. */
export function writeGateReport(gate: string, rows: GateRow[]): void {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(gate)) throw new Error(`gate name "${gate}": use lower-case letters, digits and "-"`);
  const dir = gateDir();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${gate}.json`);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ gate, rows } satisfies GateReport, null, 2)}\n`);
  renameSync(temp, file);
}

/** Every report in `dir`, by gate name; a file that is not a report becomes a failing row naming it. */
export function readGateReports(dir = gateDir()): GateReport[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    try {
      const report = JSON.parse(readFileSync(join(dir, name), 'utf8')) as GateReport;
      const valid = typeof report.gate === 'string' && Array.isArray(report.rows) && report.rows.every((r) => typeof r.label === 'string' && typeof r.figure === 'string' && typeof r.ok === 'boolean');
      if (!valid) throw new Error('not { gate, rows: [{ label, figure, ok }] }');
      return report;
    } catch (error) {
      return { gate: name.replace(/\.json$/, ''), rows: [{ label: `report ${name}`, figure: `unreadable: ${(error as Error).message}`, ok: false }] };
    }
  });
}
