/** The report stage: what a build did, step by step, as a table. */
import { cpus } from 'node:os';
import type { Partition } from '../../src/lib/build/partition.ts';
import { formatBytes, type StepResult } from './measure.ts';

/** The outcome: every measured step, the partitions, which were rebuilt, and the totals. */
export interface BuildReport {
  steps: StepResult[];
  partitions: (Partition & { rebuilt: boolean })[];
  ms: number;
  disclosures: number;
  indexedPages: number;
}

/** Prints the report as a table. */
export function formatReport(report: BuildReport): string {
  const at = (s: StepResult) => (s.startedAt === undefined ? '' : `${(s.startedAt / 1000).toFixed(1)} s`);
  const rows = report.steps.map((s) => `| ${s.name} | ${at(s)} | ${(s.ms / 1000).toFixed(1)} s | ${formatBytes(s.peakRss)} |`);
  const rebuilt = report.partitions.filter((p) => p.rebuilt).map((p) => p.id);
  return [
    `| step | started at | time | peak memory (process tree) |`,
    `| --- | --- | --- | --- |`,
    ...rows,
    '',
    `${report.disclosures} disclosures in ${report.partitions.length} partitions (rebuilt: ${rebuilt.length ? rebuilt.join(', ') : 'none'}); ${report.indexedPages} pages indexed; total ${(report.ms / 1000).toFixed(1)} s on ${cpus().length} cores.`,
  ].join('\n');
}
