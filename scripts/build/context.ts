/** What every stage of one build shares. */
import { join } from 'node:path';
import type { Partition } from '../../src/lib/build/partition.ts';
import type { ContentDigests } from './content-digests.ts';
import type { RunStep } from './steps.ts';

export interface BuildContext {
  /** Runs a measured step (steps.ts). */
  run: RunStep;
  /** The content folder (absolute). */
  content: string;
  /** The build's work folder: build outputs, roots, caches, keys. */
  work: string;
  /** Every disclosure id of the content folder. */
  ids: string[];
  /** What the keys read of the content files, kept between builds (content-digests.ts). */
  digests: ContentDigests;
  /** Environment of every step. */
  env: NodeJS.ProcessEnv;
  echo?: boolean;
}

/** A partition's folder in the work folder: dist/ (pages), pagefind/ (index), done (state). */
export function partitionDir(ctx: BuildContext, partition: Pick<Partition, 'id'>): string {
  return join(ctx.work, 'partitions', partition.id);
}
