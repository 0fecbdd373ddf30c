/**
 * Deciding how little of a partition to rebuild. A disclosure page reads only its own
 * department's disclosures (the audit looks up the same body's other kinds and earlier
 * years; the page links to the same body's previous year) and the department's JSON, so a
 * partition's pages change department by department. scripts/build-site.ts keeps one key
 * per department of a partition (everything its pages read, and the code); after a change
 * it builds only the departments whose key changed, drops those that left, keeps the other
 * pages as they are, and indexes the partition again.
 */

/** What a partition build leaves behind, to compare the next build with. */
export interface PartitionState {
  /** Hash of the code every page depends on. */
  code: string;
  year: number;
  /** Department id → hash of everything its pages in this partition read. */
  departments: Record<string, string>;
}

/** The rebuild a partition needs. */
export type PartitionUpdate =
  | { kind: 'unchanged' }
  | { kind: 'full' }
  /** Build the pages of `build`, delete those of `remove`, keep every other department's. */
  | { kind: 'departments'; build: string[]; remove: string[] };

/**
 * A department-level update when the previous build used the same code for the same year;
 * a full build otherwise, or when most departments changed (building them apart saves
 * nothing then, and merging costs time).
 */
export function planPartitionUpdate(previous: PartitionState | undefined, current: PartitionState): PartitionUpdate {
  if (!previous || previous.code !== current.code || previous.year !== current.year) return { kind: 'full' };
  const build = Object.keys(current.departments).filter((d) => previous.departments[d] !== current.departments[d]).sort();
  const remove = Object.keys(previous.departments).filter((d) => !(d in current.departments)).sort();
  if (build.length === 0 && remove.length === 0) return { kind: 'unchanged' };
  if (build.length * 2 > Object.keys(current.departments).length) return { kind: 'full' };
  return { kind: 'departments', build, remove };
}

/**
 * The disclosure year and department a file of a build's output belongs to: it lies under a
 * `<year>/<department>/` folder (pages, downloads) or its name carries a disclosure id
 * `<year>-<department>-<kind>.` (flat download folders such as data/charts/). Department
 * slugs contain hyphens, hence the known kinds. Undefined for shared files.
 */
export function ownerOf(path: string, kinds: readonly string[]): { year: number; department: string } | undefined {
  const folder = /(?:^|\/)(\d{4})\/([^/]+)\//.exec(path);
  if (folder) return { year: Number(folder[1]), department: folder[2] };
  const name = path.slice(path.lastIndexOf('/') + 1);
  for (const kind of kinds) {
    const flat = new RegExp(`(?:^|[^0-9])(\\d{4})-(.+)-${kind.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.`).exec(name);
    if (flat) return { year: Number(flat[1]), department: flat[2] };
  }
  return undefined;
}

/** True when a file of a partition's output belongs to one of `departments` in `year` (ownerOf). */
export function belongsTo(path: string, year: number, departments: readonly string[], kinds: readonly string[]): boolean {
  const owner = ownerOf(path, kinds);
  return !!owner && owner.year === year && departments.includes(owner.department);
}

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
