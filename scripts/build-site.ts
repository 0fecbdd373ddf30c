/**
 * Builds the whole site in bounded partitions (`npm run build`):
 *
 *   node scripts/build-site.ts [--out dist] [--content DIR] [--max-partition 1500] [--max-batch 3000] [--jobs 2]
 *                              [--cache DIR] [--report FILE.json] [--single] [--verbose]
 *   node scripts/build-site.ts --plan | --only <check|site|partition id> | --assemble   (a CI matrix)
 *
 * The stages are modules of scripts/build/ (docs/architecture.md): plan (partitions and
 * their keys), check, pages (the cross-year site, batches of partitions, department
 * rebuilds), index (a search bundle per output), assemble (staging, sitemaps, search
 * manifest), report. Their pure decisions are in src/lib/build/. A partition is rebuilt
 * only when its inputs change, and then only the departments whose inputs changed.
 * --single builds everything in one `astro build` + one index (the unpartitioned baseline).
 */
import { cpus } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseCommandLine } from '../src/lib/cli-args.ts';
import { DEFAULT_MAX_PAGE_BATCH } from '../src/lib/build/batches.ts';
import { DEFAULT_MAX_PARTITION_SIZE } from '../src/lib/build/partition.ts';
import { buildSite } from './build/pipeline.ts';
import { planBuild } from './build/plan.ts';
import { formatReport } from './build/report.ts';
import { ROOT } from './build/steps.ts';

const { values } = parseCommandLine({
  options: {
    out: { type: 'string', default: 'dist' },
    content: { type: 'string', default: process.env.MINGZHANG_CONTENT ?? 'content' },
    'max-partition': { type: 'string', default: String(process.env.MINGZHANG_MAX_PARTITION ?? DEFAULT_MAX_PARTITION_SIZE) },
    'max-batch': { type: 'string', default: String(process.env.MINGZHANG_MAX_BATCH ?? DEFAULT_MAX_PAGE_BATCH) },
    jobs: { type: 'string', default: String(Math.max(1, cpus().length)) },
    cache: { type: 'string', default: join(ROOT, 'node_modules', '.mingzhang-build') },
    report: { type: 'string' },
    single: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    plan: { type: 'boolean', default: false },
    only: { type: 'string' },
    assemble: { type: 'boolean', default: false },
  },
});
if (values.plan) {
  // For a CI matrix: one entry per partition (without its department list, which can be long).
  const plan = planBuild(values.content!, Number(values['max-partition']));
  console.log(JSON.stringify({ include: plan.map((p) => ({ partition: p.id, year: p.year, size: p.size, key: p.key.slice(0, 32) })) }));
  process.exit(0);
}
// A failed step has printed its own report (the check's: every error, with file and line).
const report = await buildSite({
  out: resolve(values.out!),
  content: values.content!,
  maxPartition: Number(values['max-partition']),
  maxBatch: Number(values['max-batch']),
  jobs: Number(values.jobs),
  cache: values.cache!,
  single: values.single!,
  echo: values.verbose,
  only: values.only,
  assembleOnly: values.assemble,
}).catch((error: Error) => {
  console.error(`构建失败（build failed）：${error.message}`);
  process.exit(1);
});
console.log(formatReport(report));
if (values.report) {
  mkdirSync(dirname(resolve(values.report)), { recursive: true });
  writeFileSync(values.report, JSON.stringify({ ...report, steps: report.steps.map(({ output: _output, ...s }) => s) }, null, 2));
}
