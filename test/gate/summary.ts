/**
 * The gates' summary, the last step of `npm test`: reads every gate report (test/gate/report.ts)
 * and prints one table, gate | figure | ok. Fails when an expected gate left no report (it did
 * not run) or any row is not ok.
 *
 *   node test/gate/summary.ts           print the table; exit 1 unless every expected gate is there and ok
 *   node test/gate/summary.ts --reset   remove the previous run's reports (the first step of `npm test`)
 */
import { rmSync } from 'node:fs';
import { gateDir, readGateReports, type GateReport } from './report.ts';

/** The gates `npm test` must report, in the order the table shows them. Add a gate here when it is added to `npm test`. */
export const EXPECTED_GATES: readonly string[] = ['csp', 'supply-chain', 'fuzz', 'faults', 'injection', 'links', 'html', 'axe', 'search-index', 'reproducible'];

/** One line of the table. */
export interface SummaryRow {
  gate: string;
  figure: string;
  ok: boolean;
}

/** The table's rows: expected gates first (a missing one as a failing row), then any other gate that reported. */
export function summaryRows(reports: readonly GateReport[], expected: readonly string[] = EXPECTED_GATES): SummaryRow[] {
  const byGate = new Map(reports.map((r) => [r.gate, r]));
  const others = reports.map((r) => r.gate).filter((g) => !expected.includes(g));
  return [...expected, ...others].flatMap((gate) => {
    const report = byGate.get(gate);
    if (!report) return [{ gate, figure: 'no report: the gate did not run', ok: false }];
    if (report.rows.length === 0) return [{ gate, figure: 'no figures reported', ok: false }];
    return report.rows.map((row) => ({ gate, figure: `${row.label}: ${row.figure}`, ok: row.ok }));
  });
}

/** The rows as one table, with a closing line "gates: N/M ok". */
export function formatSummary(rows: readonly SummaryRow[]): string {
  const cells = [['gate', 'figure', 'ok'], ...rows.map((r) => [r.gate, r.figure, r.ok ? 'ok' : 'FAIL'])];
  const widths = [0, 1, 2].map((i) => Math.max(...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  const gates = [...new Set(rows.map((r) => r.gate))];
  const okGates = gates.filter((g) => rows.every((r) => r.gate !== g || r.ok)).length;
  return [line(cells[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line), '', `gates: ${okGates}/${gates.length} ok`].join('\n');
}

if (import.meta.main) {
  if (process.argv.includes('--reset')) {
    rmSync(gateDir(), { recursive: true, force: true });
  } else {
    const rows = summaryRows(readGateReports());
    console.log(`\nGate summary (reports in ${gateDir()}):\n`);
    console.log(formatSummary(rows));
    if (rows.some((r) => !r.ok)) {
      console.error('\nA gate is missing or failed: see the FAIL rows above.');
      process.exit(1);
    }
  }
}
