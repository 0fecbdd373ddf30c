/**
 * The build as a pipeline of stages (docs/architecture.md): plan → check ∥ dataset ∥ pages → index →
 * assemble → report. This module only orders them; each stage is a module of its own.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { planBatches, DEFAULT_MAX_PAGE_BATCH } from '../../src/lib/build/batches.ts';
import type { Partition } from '../../src/lib/build/partition.ts';
import type { PartitionState } from '../../src/lib/build/rebuild-decision.ts';
import { taskQueue } from '../../src/lib/build/task-queue.ts';
import { disclosureIds } from '../../src/lib/content-ids.ts';
import { stagedOutput } from './assemble.ts';
import { checkStep } from './check-step.ts';
import { datasetDir, datasetStep } from './dataset-step.ts';
import { replaceFile } from '../../src/lib/files/replace-file.ts';
import { readBuildState } from './files.ts';
import { partitionDir, type BuildContext } from './context.ts';
import { indexPages } from './index-step.ts';
import { stopAll, type StepResult } from './measure.ts';
import { buildBatch, rebuildDepartments, updateSitePages } from './pages.ts';
import { codeKey, contentPartitions, planWork } from './plan.ts';
import { contentDigests } from './content-digests.ts';
import type { BuildReport } from './report.ts';
import { buildSingle } from './single.ts';
import { explainFailure, stepRunner } from './steps.ts';

/** Build options. */
export interface BuildOptions {
  out: string;
  content: string;
  maxPartition: number;
  /** Most disclosures one `astro build` makes pages for (partitions built whole are batched). */
  maxBatch?: number;
  jobs: number;
  cache: string;
  single: boolean;
  echo?: boolean;
  /** Build only this step: "check", "site" or a partition id (a CI matrix job); no assembly. */
  only?: string;
  /** Only assemble what earlier --only runs left in the cache folder. */
  assembleOnly?: boolean;
}

/** Builds the site; throws on any failed step. */
export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const content = resolve(options.content);
  const work = resolve(options.cache);
  mkdirSync(work, { recursive: true });
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', MINGZHANG_CONTENT: content };
  const steps: StepResult[] = [];
  const digests = contentDigests(content, join(work, 'content-digests.json'));
  const ctx: BuildContext = { run: stepRunner(steps, started, env, options.echo), content, work, ids: disclosureIds(content), digests, env, echo: options.echo };
  const code = codeKey();
  const check = () => checkStep(ctx, code);
  const report = (partitions: (Partition & { rebuilt: boolean })[], indexedPages: number): BuildReport => ({ steps, partitions, ms: performance.now() - started, disclosures: ctx.ids.length, indexedPages });

  if (options.single) {
    const indexed = await buildSingle(ctx, options.out, check).catch((error: unknown) => explainFailure(error, steps, content));
    return report([], indexed);
  }

  // Plan: every partition's key and state, and what it needs.
  const partitions = contentPartitions(content, ctx.ids, options.maxPartition);
  const keysFile = join(work, 'partition-keys.json');
  const previousKeys = readBuildState<Record<string, string>>(keysFile) ?? {};
  const keys: Record<string, string> = {};
  let indexedPages = 0;
  const siteDist = join(work, 'site');
  const out = resolve(options.out);
  // Output is assembled in a staging folder while steps still run: a partition's links as
  // soon as it is built or found unchanged, the site's when the site is built.
  const staging = stagedOutput(out, siteDist, work, partitions);
  const queue = taskQueue(options.jobs);
  // The site build, the longest step, starts before the partitions' keys are read (~2 s).
  if (!options.assembleOnly && (!options.only || options.only === 'site')) {
    queue.add(async () => {
      await updateSitePages(ctx, siteDist, code);
      // Awaited first, then added: `x += await …` would add to the value read before the wait.
      const indexed = await indexPages(ctx, 'index (site)', siteDist, join(work, 'index-site'), 'site');
      indexedPages += indexed;
      if (!options.only) staging.site();
    });
  }
  const finish = async (partition: Partition, state: PartitionState) => {
    const dir = partitionDir(ctx, partition);
    const indexed = await indexPages(ctx, `index ${partition.id}`, join(dir, 'dist'), join(dir, 'pagefind'), partition);
    indexedPages += indexed;
    replaceFile(join(dir, 'done'), JSON.stringify(state));
    if (!options.only) staging.partition(partition);
  };
  const selected = options.assembleOnly || (options.only && !partitions.some((p) => p.id === options.only)) ? [] : partitions.filter((p) => !options.only || p.id === options.only);
  const whole: { partition: Partition; state: PartitionState; size: number }[] = [];
  const unchanged: Partition[] = [];
  const departmentTasks: (() => Promise<void>)[] = [];
  const rebuilt = new Set<string>();
  for (const { partition, state, key, plan } of planWork(ctx, selected, code, previousKeys)) {
    keys[partition.id] = key;
    const stateFile = join(partitionDir(ctx, partition), 'done');
    if (plan.kind === 'unchanged') {
      replaceFile(stateFile, JSON.stringify(state));
      indexedPages += partition.size;
      unchanged.push(partition);
      continue;
    }
    rebuilt.add(partition.id);
    if (plan.kind === 'whole') whole.push({ partition, state, size: partition.size });
    else
      departmentTasks.push(async () => {
        rmSync(stateFile, { force: true });
        await rebuildDepartments(ctx, partition, plan.build, plan.remove, Object.keys(state.departments).length);
        await finish(partition, state);
      });
  }

  digests.save();

  // Pages: batches, then department rebuilds; a batch's index steps go first as it is done.
  // The check and the dataset slices run beside the builds (a failure still fails the whole build, with its
  // report): after the first batch, so that the last steps are small index steps that share
  // both cores; after a small change the site and the changed partitions are the ones to wait for.
  const batches = planBatches(whole, options.maxBatch ?? DEFAULT_MAX_PAGE_BATCH).map((batch) => async () => {
    await buildBatch(ctx, batch.map((b) => b.partition));
    for (const { partition, state } of batch.reverse()) queue.add(() => finish(partition, state), true);
  });
  const checking = !options.assembleOnly && (!options.only || options.only === 'check');
  // The whole-dataset slices are made by the build that assembles the output.
  const beside = [...(checking ? [check] : []), ...(options.only ? [] : [() => datasetStep(ctx, code)])];
  for (const [i, task] of [...batches, ...departmentTasks].entries()) {
    queue.add(task);
    if (i === 0) for (const step of beside) queue.add(step);
  }
  if (batches.length + departmentTasks.length === 0) for (const step of beside) queue.add(step);
  // Unchanged partitions are linked into the output while the steps run, not before they
  // start: linking thousands of pages takes seconds (~5 s at 6,000 disclosures), which
  // delayed a one-disclosure rebuild's partition step by as much.
  if (!options.only) {
    try {
      for (const partition of unchanged) {
        staging.partition(partition);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      // The steps are running: stop them before reporting, as a failed step does.
      stopAll();
      await queue.done().catch(() => undefined);
      throw error;
    }
  }
  if (options.only && !['site', 'check'].includes(options.only) && selected.length === 0) throw new Error(`no step "${options.only}": partitions are ${partitions.map((p) => p.id).join(', ')}`);
  await queue.done().catch((error: unknown) => explainFailure(error, steps, content));
  // Again: the site's keys may have read files after the plan was saved (a no-op otherwise).
  digests.save();
  replaceFile(keysFile, JSON.stringify({ ...(options.only || options.assembleOnly ? previousKeys : {}), ...keys }, null, 2));
  const outcome = () => partitions.map((p) => ({ ...p, rebuilt: rebuilt.has(p.id) }));
  if (options.only) return report(outcome(), indexedPages);
  if (options.assembleOnly) {
    const absent = [...partitions.map((p) => join(partitionDir(ctx, p), 'done')), join(siteDist, 'index.html')].filter((f) => !existsSync(f));
    if (absent.length) throw new Error(`cannot assemble: missing ${absent.join(', ')}`);
    for (const p of partitions) indexedPages += p.size;
  }

  // Assemble (what staging has not linked yet), then put the new output in place.
  const assembleStart = performance.now();
  staging.site();
  for (const partition of partitions) staging.partition(partition);
  staging.finish(datasetDir(ctx));
  steps.push({ name: 'assemble', ms: performance.now() - assembleStart, startedAt: assembleStart - started, peakRss: process.memoryUsage().rss, code: 0, output: '' });

  // The build's own promise: every disclosure has its page in the output.
  const missing = ctx.ids.filter((id) => !existsSync(join(out, id, 'index.html')));
  if (missing.length > 0) throw new Error(`${missing.length} disclosure pages missing from ${out}, e.g. ${missing.slice(0, 3).join(', ')}`);
  return report(outcome(), indexedPages);
}
