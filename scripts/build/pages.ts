/**
 * The pages stage: `astro build`s of the cross-year site, of batches of whole partitions,
 * and of some departments of a partition; each in a project root of its own (overlay-root.ts).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { inPartition, type Partition } from '../../src/lib/build/partition.ts';
import { partitionDir, type BuildContext } from './context.ts';
import { removeInBackground } from './files.ts';
import { overlayRoot } from './overlay-root.ts';
import { mergeDepartments, splitBatch, strayFiles } from './partition-output.ts';
import { ASTRO, NODE } from './steps.ts';

/** One `astro build` of `scope` (MINGZHANG_PARTITION, src/lib/build/build-scope.ts) into `out`. */
async function astroBuild(ctx: BuildContext, name: string, root: string, out: string, scope: string | undefined, cache: string): Promise<void> {
  const env = { ...ctx.env, ...(scope === undefined ? {} : { MINGZHANG_PARTITION: scope }), MINGZHANG_CACHE_DIR: join(ctx.work, cache) };
  await ctx.run(name, NODE, [ASTRO, 'build', '--root', root, '--outDir', out], env, root);
}

/** The cross-year pages (home, departments, years, compare, downloads, articles …) into `out`. */
export async function buildSitePages(ctx: BuildContext, out: string): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  await astroBuild(ctx, 'pages (site)', overlayRoot(join(ctx.work, 'root-site'), false), out, 'site', 'cache-site');
}

/** Every page in one build, for the unpartitioned baseline. */
export async function buildAllPages(ctx: BuildContext, out: string): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  await astroBuild(ctx, 'pages (all)', overlayRoot(join(ctx.work, 'root-single'), false), out, undefined, 'cache-single');
}

/** One `astro build` of the pages of several partitions, split into each partition's folder. */
export async function buildBatch(ctx: BuildContext, batch: Partition[]): Promise<void> {
  const name = batch.length === 1 ? batch[0].id : `${batch[0].id}–${batch.at(-1)!.id}`;
  const out = join(ctx.work, 'batch', batch[0].id);
  rmSync(out, { recursive: true, force: true });
  const root = overlayRoot(join(ctx.work, 'roots', batch[0].id), true);
  await astroBuild(ctx, `pages ${name}`, root, out, JSON.stringify(batch.length === 1 ? batch[0] : batch), join('cache', batch[0].id));
  splitBatch(out, batch, ctx.ids, (p) => partitionDir(ctx, p));
  removeInBackground(out);
}

/**
 * Rebuilds the pages of `build` in a partition's output and drops those of `remove`. A
 * department build that writes files of other departments is not merged: the partition is
 * then built whole.
 */
export async function rebuildDepartments(ctx: BuildContext, partition: Partition, build: string[], remove: string[], total: number): Promise<void> {
  const dir = partitionDir(ctx, partition);
  const dist = join(dir, 'dist');
  const delta = join(dir, 'departments');
  rmSync(delta, { recursive: true, force: true });
  if (build.length > 0) {
    const root = overlayRoot(join(ctx.work, 'roots', partition.id), true);
    const scope: Partition = { id: partition.id, year: partition.year, departments: build, size: ctx.ids.filter((id) => inPartition({ year: partition.year, departments: build }, id)).length };
    await astroBuild(ctx, `pages ${partition.id} (${build.length} of ${total} departments)`, root, delta, JSON.stringify(scope), join('cache', `${partition.id}-departments`));
  }
  const stray = build.length > 0 ? strayFiles(delta, dist, partition.year, build) : [];
  if (stray.length === 0) mergeDepartments(dist, build.length > 0 ? delta : undefined, partition.year, [...build, ...remove]);
  rmSync(delta, { recursive: true, force: true });
  if (stray.length > 0) {
    if (ctx.echo) console.log(`${partition.id}: a department build wrote ${stray.slice(0, 3).join(', ')}; building the partition whole`);
    await buildBatch(ctx, [partition]);
  }
}
