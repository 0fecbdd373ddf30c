/**
 * The dataset stage: the whole-dataset files made of year × province slices
 * (src/lib/downloads/dataset-slices.ts). A measured step remakes the slices whose
 * disclosures changed and joins every slice's part into each file, one part at a time, so
 * it never holds the whole dataset (248 MB of JSON at 30,000 disclosures)
 * (scripts/dataset-slices.ts); the assembly links the joined files into the output.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFrame, SlicedFile } from '../../src/lib/downloads/dataset-slices.ts';
import type { BuildContext } from './context.ts';
import { NODE, ROOT } from './steps.ts';

/** Where the dataset step keeps its slices between builds. */
export const datasetDir = (ctx: Pick<BuildContext, 'work'>): string => join(ctx.work, 'dataset');

/** Remakes the changed slices of the whole-dataset files. */
export function datasetStep(ctx: BuildContext, code: string) {
  return ctx.run('dataset', NODE, [join(ROOT, 'scripts', 'dataset-slices.ts'), '--content', ctx.content, '--out', datasetDir(ctx), '--code', code]);
}

/** The joined files, for the assembly to link into `data/`. */
export const joinedDatasetDir = (dir: string): string => join(dir, 'joined');

/** Writes the sliced files into `out`, each its frame (of the step's `plan`) around its slices' parts (below `slicesDir`) in file order. */
export function joinDatasetFiles(slicesDir: string, plan: string, out: string): void {
  const { slices, frames } = JSON.parse(plan) as { slices: string[]; frames: Record<SlicedFile, DatasetFrame> };
  mkdirSync(out, { recursive: true });
  for (const [file, frame] of Object.entries(frames) as [SlicedFile, DatasetFrame][]) {
    // Output files may be hard links into build folders: replace, never write in place.
    rmSync(join(out, file), { force: true });
    const fd = openSync(join(out, file), 'w');
    try {
      let written = 0;
      for (const slice of slices) {
        const part = readFileSync(join(slicesDir, slice, file));
        if (part.length === 0) continue;
        writeSync(fd, written === 0 ? frame.head : frame.between);
        writeSync(fd, part);
        written++;
      }
      writeSync(fd, written === 0 ? frame.empty : frame.tail);
    } finally {
      closeSync(fd);
    }
  }
}
