/** The index stage: one search bundle per built output (scripts/index-search.ts). */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Partition } from '../../src/lib/build/partition.ts';
import { type BuildContext } from './context.ts';
import { indexedCount, NODE, ROOT } from './steps.ts';

/**
 * Indexes the pages in `site` into `out` (made anew: index files are hard links in the
 * output, so a new index, never one written over); resolves with the pages indexed. A
 * partition keeps its pages' records beside its bundle (src/lib/search/record-cache.ts).
 */
export async function indexPages(ctx: BuildContext, name: string, site: string, out: string, scope: 'site' | 'all' | Partition): Promise<number> {
  rmSync(out, { recursive: true, force: true });
  const step = await ctx.run(name, NODE, [join(ROOT, 'scripts', 'index-search.ts'), '--site', site, '--out', out, '--scope', typeof scope === 'string' ? scope : JSON.stringify(scope), '--content', ctx.content, ...(typeof scope === 'object' ? ['--cache', join(dirname(out), 'index-pages.v8')] : [])]);
  return indexedCount(step.output);
}
