/** The check stage: `npm run check` over the whole content folder, as one measured step. */
import { join } from 'node:path';
import type { BuildContext } from './context.ts';
import { NODE, ROOT } from './steps.ts';

/**
 * Runs the check; it remembers unchanged files between builds of the same code (check-memo.ts).
 * It checks shard by shard (src/lib/check/shards.ts), so its live heap is bounded by a shard;
 * the heap cap makes V8 collect between shards instead of growing to its default limit.
 */
export function checkStep(ctx: BuildContext, code: string) {
  return ctx.run('check', NODE, ['--max-old-space-size=1024', join(ROOT, 'scripts', 'check.ts'), '--content', ctx.content, '--quiet', '--errors-only', '--memo', join(ctx.work, 'check-memo.json'), '--memo-key', code]);
}
