/**
 * Partitions: the unit in which disclosure pages and their search index are built. Content
 * is already split by fiscal year; a year is one partition unless it holds more disclosures
 * than `maxSize`, in which case it is split by province into groups of at most `maxSize`
 * (a year × province-group partition). Each partition builds as an independent step whose
 * memory depends on its size, not the corpus; the browser merges the partitions' indexes.
 */

/** One partition: which disclosures (by year and optionally department) it builds. */
export interface Partition {
  /** Stable id, also its folder name under /pagefind/: "2023" or "2023-p2". */
  id: string;
  year: number;
  /** Provinces it covers when the year is split; absent when it is the whole year. */
  provinces?: string[];
  /** Department ids it covers when the year is split; absent when it is the whole year. */
  departments?: string[];
  /** Number of disclosures. */
  size: number;
}

/** What the planner needs per disclosure: its id "<year>/<dept>/<kind>" and its province. */
export interface PlanInput {
  id: string;
  province: string;
}

/** Granularity options; maxSize defaults to DEFAULT_MAX_PARTITION_SIZE. */
export interface PlanOptions {
  maxSize?: number;
}

/**
 * Default largest partition. Indexing costs about 2.3 MB of memory per disclosure with the
 * bigram index (measured, docs/search.md), so 1,500 keeps a partition's index step under
 * about 4 GB on the 24 GB, 2-core machines this runs on.
 */
export const DEFAULT_MAX_PARTITION_SIZE = 1500;

/** Plans partitions: one per year, split by province groups where a year exceeds maxSize. */
export function planPartitions(items: PlanInput[], options: PlanOptions = {}): Partition[] {
  const maxSize = options.maxSize ?? DEFAULT_MAX_PARTITION_SIZE;
  const byYear = new Map<number, PlanInput[]>();
  for (const item of items) {
    const year = Number(item.id.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), item]);
  }
  const partitions: Partition[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => b - a)) {
    const inYear = byYear.get(year)!;
    if (inYear.length <= maxSize) {
      partitions.push({ id: String(year), year, size: inYear.length });
      continue;
    }
    // Group provinces (sorted by name, so the grouping is stable as content grows) into as
    // few groups as fit under maxSize, of about equal size; a province larger than maxSize
    // gets a group of its own.
    const byProvince = new Map<string, PlanInput[]>();
    for (const item of inYear) byProvince.set(item.province, [...(byProvince.get(item.province) ?? []), item]);
    const provinces = [...byProvince.keys()].sort();
    let groups: { provinces: string[]; items: PlanInput[] }[] = [];
    for (let k = Math.ceil(inYear.length / maxSize); ; k++) {
      const target = Math.ceil(inYear.length / k);
      groups = [];
      for (const province of provinces) {
        const members = byProvince.get(province)!;
        const last = groups.at(-1);
        if (last && last.items.length < target && last.items.length + members.length <= maxSize) {
          last.provinces.push(province);
          last.items.push(...members);
        } else groups.push({ provinces: [province], items: [...members] });
      }
      // Fewer, fuller groups first; if the provinces do not pack into k, try k + 1.
      if (groups.length <= k || k >= provinces.length) break;
    }
    groups.forEach((g, i) => {
      const departments = [...new Set(g.items.map((item) => item.id.split('/')[1]))].sort();
      partitions.push({ id: `${year}-p${i + 1}`, year, provinces: g.provinces, departments, size: g.items.length });
    });
  }
  return partitions;
}

/** A province group's departments as a set, made once per list: planning tests every id against every partition. */
const departmentSets = new WeakMap<readonly string[], Set<string>>();

/** True when a disclosure id ("2023/dept/kind") belongs to the partition. */
export function inPartition(partition: Pick<Partition, 'year' | 'departments'>, id: string): boolean {
  const [year, department] = id.split('/');
  if (Number(year) !== partition.year) return false;
  if (!partition.departments) return true;
  let departments = departmentSets.get(partition.departments);
  if (!departments) departmentSets.set(partition.departments, (departments = new Set(partition.departments)));
  return departments.has(department);
}

/**
 * The glob (relative to the content folder) of a partition's MDX texts, for the content
 * collection: "2023/*\/*.mdx", or "2023/{a-rd,b-rd}/*.mdx" for a province group.
 */
export function partitionGlob(partition: Pick<Partition, 'year' | 'departments'>): string {
  if (!partition.departments) return `${partition.year}/*/*.mdx`;
  if (partition.departments.length === 1) return `${partition.year}/${partition.departments[0]}/*.mdx`;
  return `${partition.year}/{${partition.departments.join(',')}}/*.mdx`;
}

/**
 * The disclosures a partition's pages read: its own, and for each the previous one of the
 * same department and kind (the page links to it, and the change metrics read it),
 * whichever year that is, and those of the years its year-over-year statements name
 * (`statedYears`: the `yearOverYear[].previousYear` values of a disclosure's JSON; the
 * audit compares with them). A partition build loads only these figures, so its time and
 * memory follow the partition, not the corpus; and a partition is rebuilt exactly when one
 * of them changes (src/lib/build/partition-keys.ts).
 */
export function partitionDependencies(
  partition: Pick<Partition, 'year' | 'departments'>,
  ids: readonly string[],
  statedYears: (id: string) => number[] = () => [],
): { own: string[]; previous: string[] } {
  const own = ids.filter((id) => inPartition(partition, id));
  const known = new Set(ids);
  const latestBefore = new Map<string, string>();
  for (const id of ids) {
    const [year, department, kind] = id.split('/');
    if (Number(year) >= partition.year) continue;
    const series = `${department}/${kind}`;
    const found = latestBefore.get(series);
    if (!found || Number(found.slice(0, 4)) < Number(year)) latestBefore.set(series, id);
  }
  const ownSet = new Set(own);
  const previous = new Set<string>();
  for (const id of own) {
    const [, department, kind] = id.split('/');
    const latest = latestBefore.get(`${department}/${kind}`);
    if (latest) previous.add(latest);
    for (const year of statedYears(id)) {
      const stated = `${year}/${department}/${kind}`;
      if (known.has(stated) && !ownSet.has(stated)) previous.add(stated);
    }
  }
  return { own, previous: [...previous] };
}
