/**
 * docs/bench/: one current report per corpus size (`<size>.md`, `<size>.json`) and one
 * history table (`history.md`), a row per recorded run with its headline figures. The bench
 * (`npm run bench -- --size N --record`) writes both; nothing else edits them.
 */
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a bench run's JSON the history reads. */
export interface BenchFigures {
  size: number;
  full: { ms: number; steps: { peakRss: number }[] };
  incremental: { ms: number };
  baseline?: { ms: number };
  queries?: Record<string, { bytes: number }[]>;
  landing?: { searchMs: number };
}

export const HISTORY_HEAD = [
  '| date | commit | disclosures | full build | / baseline | rebuild after one new disclosure | largest step | landing bytes (gzip, median) | landing: query → first results (median, 3 passes) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
].join('\n');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One history row: the run's headline figures, `—` where the run did not measure one. */
export function historyRow(figures: BenchFigures, date: string, commit: string): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const landingBytes = figures.queries?.['ours-gzip'];
  const cells = [
    date,
    commit || '—',
    figures.size.toLocaleString('en-US'),
    s(figures.full.ms),
    figures.baseline ? `${(figures.full.ms / figures.baseline.ms).toFixed(2)}×` : '—',
    `${s(figures.incremental.ms)} = ${((figures.incremental.ms / figures.full.ms) * 100).toFixed(0)}%`,
    `${(Math.max(...figures.full.steps.map((x) => x.peakRss)) / 1024 ** 3).toFixed(2)} GB`,
    landingBytes?.length ? `${Math.round(median(landingBytes.map((q) => q.bytes)) / 1024)} KB` : '—',
    figures.landing ? `${figures.landing.searchMs} ms` : '—',
  ];
  return `| ${cells.join(' | ')} |`;
}

/** Writes a run as the current report of its size and adds its row to the history. */
export function recordRun(dir: string, figures: BenchFigures, json: string, markdown: string, date: string, commit: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${figures.size}.json`), json);
  writeFileSync(join(dir, `${figures.size}.md`), markdown);
  const history = join(dir, 'history.md');
  if (!existsSync(history)) writeFileSync(history, `# Bench history\n\nOne row per recorded run (\`npm run bench -- --size N --record\`); the current report of each size is \`<size>.md\`.\n\n${HISTORY_HEAD}\n`);
  appendFileSync(history, `${historyRow(figures, date, commit)}\n`);
}
