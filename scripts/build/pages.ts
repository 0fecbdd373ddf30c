/**
 * The pages stage: `astro build`s of the cross-year site, of batches of whole partitions,
 * and of some departments of a partition; each in a project root of its own (overlay-root.ts).
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inPartition, type Partition } from '../../src/lib/build/partition.ts';
import { planSite, type SitePlan } from '../../src/lib/build/site-pieces.ts';
import { partitionDir, type BuildContext } from './context.ts';
import { replaceFile } from '../../src/lib/files/replace-file.ts';
import { readBuildState, removeInBackground } from './files.ts';
import { overlayRoot } from './overlay-root.ts';
import { siteKeys } from './plan.ts';
import { mergeDepartments, splitBatch, strayFiles } from './partition-output.ts';
import { mergePieces, strayPieceFiles } from './site-output.ts';
import { ASTRO, NODE, ROOT } from './steps.ts';

/** One `astro build` of `scope` (MINGZHANG_PARTITION, src/lib/build/build-scope.ts) into `out`. */
async function astroBuild(ctx: BuildContext, name: string, root: string, out: string, scope: string | undefined, cache: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<void> {
  const env = { ...ctx.env, ...(scope === undefined ? {} : { MINGZHANG_PARTITION: scope }), MINGZHANG_CACHE_DIR: join(ctx.work, cache), ...extraEnv };
  await ctx.run(name, NODE, [ASTRO, 'build', '--root', root, '--outDir', out], env, root);
}

/** Where the bodies' summaries the site build reads are kept between builds. */
const summariesDir = (ctx: BuildContext) => join(ctx.work, 'summaries');

/** Remakes the summaries of the bodies whose files changed (scripts/site-summaries.ts). */
function summariesStep(ctx: BuildContext, code: string) {
  return ctx.run('summaries', NODE, [join(ROOT, 'scripts', 'site-summaries.ts'), '--content', ctx.content, '--out', summariesDir(ctx), '--code', code]);
}

/** The cross-year pages (home, departments, years, compare, downloads, articles …) into `out`, from the bodies' summaries. */
async function buildSitePages(ctx: BuildContext, out: string): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  await astroBuild(ctx, 'pages (site)', overlayRoot(join(ctx.work, 'root-site'), false), out, 'site', 'cache-site', { MINGZHANG_SUMMARIES: summariesDir(ctx) });
}

/**
 * Rebuilds the pages of the site pieces whose keys changed (src/lib/build/site-pieces.ts) in
 * the site's output `out`, or builds it whole when planSite says so; resolves with what it
 * did. The keys file is removed first and written last, so an interrupted merge is never
 * taken for a finished one.
 */
export async function updateSitePages(ctx: BuildContext, out: string, code: string): Promise<SitePlan['kind']> {
  const keysFile = join(ctx.work, 'site-keys.json');
  const keys = siteKeys(ctx, code);
  const plan = planSite(keys ?? {}, readBuildState<Record<string, string>>(keysFile), existsSync(join(out, 'index.html')));
  const total = Object.keys(keys ?? {}).length - 1;
  if (plan.kind === 'unchanged') return plan.kind;
  rmSync(keysFile, { force: true });
  await summariesStep(ctx, code);
  let done: SitePlan['kind'] = plan.kind;
  if (plan.kind === 'pieces') {
    const delta = join(ctx.work, 'site-pieces');
    const list = join(ctx.work, 'site-pieces.json');
    rmSync(delta, { recursive: true, force: true });
    replaceFile(list, JSON.stringify(plan.build));
    await astroBuild(ctx, `pages (site, ${plan.build.length} of ${total} pieces)`, overlayRoot(join(ctx.work, 'root-site'), false), delta, 'site', 'cache-site', { MINGZHANG_SITE_PIECES: list, MINGZHANG_SUMMARIES: summariesDir(ctx) });
    const built = new Set(plan.build);
    const stray = strayPieceFiles(delta, built);
    if (stray.length === 0) mergePieces(out, delta, new Set([...plan.build, ...plan.remove]));
    else {
      if (ctx.echo) console.log(`site: a piece build wrote ${stray.slice(0, 3).join(', ')}; building the site whole`);
      done = 'whole';
    }
    // Now, not in the background: the next build writes its piece build to the same folder.
    rmSync(delta, { recursive: true, force: true });
  }
  if (done === 'whole') await buildSitePages(ctx, out);
  if (keys) replaceFile(keysFile, JSON.stringify(keys));
  return done;
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
