/**
 * Which disclosure a file of a build's output belongs to: how a batch build's output is
 * split into its partitions' folders, and which files a department rebuild replaces.
 */

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
