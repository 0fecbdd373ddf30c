/**
 * The keys that decide which slices of the whole-dataset files (src/lib/downloads/
 * dataset-slices.ts) a build remakes: per fiscal year × province, a hash of everything the
 * slice's rows read. Pure but for `read`, which the dataset step gives.
 */
import { createHash } from 'node:crypto';
import type { ReadContent } from './partition-keys.ts';

/** The disclosure a slice's row compares with: the same body's, of the same kind, a year earlier. */
export const previousOf = (id: string): string => {
  const [year, department, kind] = id.split('/');
  return `${Number(year) - 1}/${department}/${kind}`;
};

/**
 * Each slice's disclosure ids (in id order) and key: the code, and per disclosure its id, its
 * JSON, its body's JSON and its previous disclosure's JSON (key figures show the change
 * from the year before). `sliceOf` gives a disclosure id's slice.
 */
export function datasetSliceKeys(ids: readonly string[], sliceOf: (id: string) => string, code: string, read: ReadContent): Map<string, { ids: string[]; key: string }> {
  const bySlice = Map.groupBy([...ids].sort(), sliceOf);
  const slices = new Map<string, { ids: string[]; key: string }>();
  for (const [slice, members] of bySlice) {
    const hash = createHash('sha256').update(code).update('\0').update(slice);
    for (const id of members) {
      const previous = previousOf(id);
      for (const part of [id, read(`${id}.json`), read(`departments/${id.split('/')[1]}.json`), previous, read(`${previous}.json`)]) hash.update('\0').update(part);
    }
    slices.set(slice, { ids: members, key: hash.digest('hex') });
  }
  return slices;
}
