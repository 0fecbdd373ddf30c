/** How partitions whose pages are built whole are packed into `astro build`s. */

/** Default largest batch: 3,000 disclosures built in one `astro build` peaked at 1.4 GB. */
export const DEFAULT_MAX_PAGE_BATCH = 3000;

/**
 * Partitions whose pages are built whole are built together, as many as fit in `maxSize`
 * disclosures, in their order: one `astro build` costs about 9.5 CPU-seconds before its
 * first page and 19 ms a page after that (measured on 600 and 3,000 disclosures of the
 * 6,000 bench corpus: 21.5 and 65 CPU-seconds, 1.0 and 1.4 GB), so ten years of 600 built
 * as two builds take 40% less time and little more memory than ten builds. The output is
 * then split back into each partition's own folder (ownerOf). A partition larger than
 * `maxSize` is a batch of its own.
 */
export function planBatches<P extends { size: number }>(partitions: readonly P[], maxSize: number): P[][] {
  // As few batches as fit, of about equal size: a last batch of one small partition would
  // pay a whole build's start for little. With k batches the target is total / k; when the
  // partitions do not pack into k (sizes are uneven), try k + 1.
  const total = partitions.reduce((sum, p) => sum + p.size, 0);
  for (let k = Math.max(1, Math.ceil(total / maxSize)); ; k++) {
    const target = Math.ceil(total / k);
    const batches: P[][] = [];
    let size = 0;
    for (const partition of partitions) {
      const last = batches.at(-1);
      if (last && size < target && size + partition.size <= maxSize) {
        last.push(partition);
        size += partition.size;
      } else {
        batches.push([partition]);
        size = partition.size;
      }
    }
    if (batches.length <= k || k >= partitions.length) return batches;
  }
}
