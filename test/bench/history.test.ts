import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HISTORY_HEAD, historyRow, recordRun, type BenchFigures } from '../../scripts/bench/history.ts';

const run: BenchFigures = {
  size: 6000,
  full: { ms: 97000, steps: [{ peakRss: 1.52 * 1024 ** 3 }, { peakRss: 1024 ** 3 }] },
  incremental: { ms: 18500 },
  baseline: { ms: 188500 },
  queries: { 'ours-gzip': [{ bytes: 140 * 1024 }, { bytes: 142 * 1024 }, { bytes: 150 * 1024 }] },
  landing: { searchMs: 219 },
};

describe('bench history', () => {
  test("a row holds the run's headline figures", () => {
    expect(historyRow(run, '2026-12-03', 'f95e988')).toBe('| 2026-12-03 | f95e988 | 6,000 | 97.0 s | 0.51× | 18.5 s = 19% | 1.52 GB | 142 KB | 219 ms |');
  });

  test('figures a run did not measure are a dash, not zero', () => {
    const row = historyRow({ size: 30000, full: run.full, incremental: run.incremental }, '2026-12-03', '');
    expect(row).toBe('| 2026-12-03 | — | 30,000 | 97.0 s | — | 18.5 s = 19% | 1.52 GB | — | — |');
  });

  test('recording writes the current report of the size and adds one history row per run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mingzhang-bench-history-'));
    recordRun(dir, run, '{"size":6000}', '# first', '2026-12-03', 'a');
    recordRun(dir, run, '{"size":6000,"again":true}', '# second', '2026-12-04', 'b');
    expect(readFileSync(join(dir, '6000.md'), 'utf8')).toBe('# second');
    expect(readFileSync(join(dir, '6000.json'), 'utf8')).toContain('again');
    const history = readFileSync(join(dir, 'history.md'), 'utf8');
    expect(history).toContain(HISTORY_HEAD);
    expect(history.match(/^\| 2026-12-0\d \|/gm)).toHaveLength(2);
  });
});
