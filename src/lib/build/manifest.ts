/**
 * The build manifest: the sha256 of every file of the built site, written into the site as
 * `build-manifest.txt` in `sha256sum` format (`cd dist && sha256sum -c build-manifest.txt`
 * verifies a copy). Two builds of the same commit must give the same manifest; comparing two
 * names every file that differs. The manifest lists every file but itself, sorted, so it is
 * as deterministic as the files it lists.
 */

/** The manifest's file name, at the top of the built site. */
export const MANIFEST_FILE = 'build-manifest.txt';

/** One file of the site: its path below the site's top folder ("/"-separated) and its sha256 (hex). */
export interface ManifestEntry {
  path: string;
  sha256: string;
}

/** A difference between two manifests, by file. */
export interface ManifestDifference {
  path: string;
  /** "differs": in both with other bytes; "only-first"/"only-second": in one build only. */
  kind: 'differs' | 'only-first' | 'only-second';
}

const byPath = (a: ManifestEntry, b: ManifestEntry) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The manifest's text: one `<sha256>  <path>` line per file, sorted by path; the manifest itself left out. */
export function manifestText(entries: readonly ManifestEntry[]): string {
  const lines = [...entries].filter((e) => e.path !== MANIFEST_FILE).sort(byPath);
  for (const e of lines) {
    // sha256sum would escape these; our paths are slugs, so one here is a bug to see, not to encode.
    if (/[\n\r\\]/.test(e.path)) throw new Error(`build manifest: file name with a newline or backslash: ${JSON.stringify(e.path)}`);
    if (!/^[0-9a-f]{64}$/.test(e.sha256)) throw new Error(`build manifest: ${e.path}: not a sha256 "${e.sha256}"`);
  }
  return lines.map((e) => `${e.sha256}  ${e.path}\n`).join('');
}

/** Reads a manifest's text back; a line that is not `<sha256>  <path>` throws, naming the line. */
export function parseManifest(text: string): Map<string, string> {
  const files = new Map<string, string>();
  text.split('\n').forEach((line, i) => {
    if (line === '') return;
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!match) throw new Error(`build manifest line ${i + 1}: not "<sha256>  <path>": ${JSON.stringify(line.slice(0, 100))}`);
    files.set(match[2], match[1]);
  });
  return files;
}

/** Every file in which two manifests differ, sorted by path. */
export function compareManifests(first: ReadonlyMap<string, string>, second: ReadonlyMap<string, string>): ManifestDifference[] {
  const differences: ManifestDifference[] = [];
  for (const [path, hash] of first) {
    const other = second.get(path);
    if (other === undefined) differences.push({ path, kind: 'only-first' });
    else if (other !== hash) differences.push({ path, kind: 'differs' });
  }
  for (const path of second.keys()) if (!first.has(path)) differences.push({ path, kind: 'only-second' });
  return differences.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
