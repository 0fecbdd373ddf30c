/**
 * The unpartitioned baseline (`--single`): one `astro build` of everything and one index of
 * everything, for the bench to compare the partitioned build with.
 */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildContext } from './context.ts';
import { writeBuildManifest } from './build-manifest.ts';
import { indexPages } from './index-step.ts';
import { buildAllPages } from './pages.ts';
import { linkCards, writeManifest } from './search-bundles.ts';

/** Builds the baseline into `out`; resolves with the pages indexed. */
export async function buildSingle(ctx: BuildContext, out: string, check: () => Promise<unknown>): Promise<number> {
  await check();
  const dist = join(ctx.work, 'single');
  await buildAllPages(ctx, dist);
  const indexed = await indexPages(ctx, 'index (all)', dist, join(dist, 'pagefind', 'all'), 'all');
  linkCards(join(dist, 'pagefind', 'all', 'card'), join(dist, 'pagefind', 'cards'));
  rmSync(join(dist, 'pagefind', 'all', 'card'), { recursive: true });
  writeManifest(join(dist, 'pagefind'), [{ id: 'all', path: 'all/', size: ctx.ids.length }]);
  writeBuildManifest(dist);
  rmSync(out, { recursive: true, force: true });
  renameSync(dist, out);
  return indexed;
}
