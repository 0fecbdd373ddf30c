/**
 * The keys that decide whether a partition must be rebuilt (rebuild-decision.ts): hashes of
 * everything its pages read. Pure but for `read`, which the plan stage gives (file contents,
 * or a fixed marker for a file that does not exist).
 */
import { createHash } from 'node:crypto';
import { partitionDependencies, type Partition } from './partition.ts';

/** A file's bytes by its path under the content folder (e.g. `departments/x.json`). */
export type ReadContent = (path: string) => Uint8Array;

/**
 * What a partition's pages depend on: its departments' keys and the partition itself. Pages
 * do not link to later years, so publishing a new year rebuilds only the new disclosure's
 * partition.
 */
export function partitionKey(partition: Partition, departments: Record<string, string>): string {
  return createHash('sha256').update(JSON.stringify(partition)).update(JSON.stringify(departments)).digest('hex');
}

/**
 * Per department of a partition, a hash of everything its pages read: the department's
 * JSON, its disclosures in the partition, their previous ones and those their statements
 * name (all the same department's), and the code. Pages of one department read nothing of
 * another (file-owner.ts), so only departments whose key changed are rebuilt. The body-year
 * page (/<year>/<dept>/) reads the same: the department's JSON and its disclosures of the
 * partition's year (and, through the audit's cross-document findings, their previous ones),
 * so a new or changed document of that year rebuilds it with the department's other pages.
 */
export function departmentKeys(
  partition: Partition,
  ids: readonly string[],
  statedYears: (id: string) => number[],
  code: string,
  read: ReadContent,
): Record<string, string> {
  const { own, previous } = partitionDependencies(partition, ids, statedYears);
  const hashes = new Map<string, ReturnType<typeof createHash>>();
  const hashOf = (dept: string) => {
    let hash = hashes.get(dept);
    if (!hash) hashes.set(dept, (hash = createHash('sha256').update(code).update(String(partition.year)).update(read(`departments/${dept}.json`))));
    return hash;
  };
  for (const id of own) hashOf(id.split('/')[1]).update(id).update(read(`${id}.json`)).update(read(`${id}.mdx`));
  for (const id of previous) {
    const dept = id.split('/')[1];
    // A previous disclosure always belongs to a department of the partition.
    if (hashes.has(dept)) hashOf(dept).update(`prev:${id}`).update(read(`${id}.json`));
  }
  return Object.fromEntries([...hashes].sort(([a], [b]) => a.localeCompare(b)).map(([dept, hash]) => [dept, hash.digest('hex')]));
}
