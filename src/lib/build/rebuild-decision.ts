/**
 * Deciding how little of a partition to rebuild. A disclosure page reads only its own
 * department's disclosures (the audit looks up the same body's other kinds and earlier
 * years; the page links to the same body's previous year) and the department's JSON, so a
 * partition's pages change department by department. The plan stage (scripts/build/plan.ts) keeps one key
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

/** What the build does with one partition. */
export type PartitionPlan =
  | { kind: 'unchanged' }
  /** Build its pages whole (with other such partitions, in batches). */
  | { kind: 'whole' }
  | { kind: 'departments'; build: string[]; remove: string[] };

/**
 * The rebuild one partition needs: unchanged when its key is the one recorded by the last
 * build and that build finished it; whole when it has no output to update; else what
 * planPartitionUpdate decides from the departments' keys.
 */
export function planPartition(input: { key: string; previousKey?: string; previous?: PartitionState; current: PartitionState; hasOutput: boolean }): PartitionPlan {
  const update = input.previousKey === input.key && input.previous ? ({ kind: 'unchanged' } as const) : planPartitionUpdate(input.previous, input.current);
  if (update.kind === 'unchanged') return update;
  if (update.kind === 'full' || !input.hasOutput) return { kind: 'whole' };
  return update;
}
