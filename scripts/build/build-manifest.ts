/**
 * Writes the build manifest (src/lib/build/manifest.ts) into an assembled site: the sha256 of
 * every file. Output files are hard links into the build folders, and an unchanged partition's
 * files keep their inode, size and mtime from build to build, so hashes are kept in the cache
 * folder by (inode, size, mtime) and only new files are read: a one-disclosure rebuild hashes
 * that partition, not the corpus. Builds never modify a file in place (scripts/build/files.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { MANIFEST_FILE, manifestText, type ManifestEntry } from '../../src/lib/build/manifest.ts';
import { replaceFile } from '../../src/lib/files/replace-file.ts';
import { readBuildState } from './files.ts';

/** Every file below `dir` (relative, "/"-separated), the manifest itself excepted. */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => path !== MANIFEST_FILE);
}

/** The sha256 of every file below `dir`, reusing the hashes in `cacheFile` (if given) of files whose inode, size and mtime are unchanged. */
export function hashSite(dir: string, cacheFile?: string): ManifestEntry[] {
  const previous = (cacheFile && readBuildState<Record<string, string>>(cacheFile)) || {};
  const next: Record<string, string> = {};
  const entries = siteFiles(dir).map((path) => {
    const file = join(dir, path);
    const stat = statSync(file, { bigint: true });
    const key = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`;
    const sha256 = previous[key] ?? createHash('sha256').update(readFileSync(file)).digest('hex');
    next[key] = sha256;
    return { path, sha256 };
  });
  if (cacheFile) replaceFile(cacheFile, JSON.stringify(next));
  return entries;
}

/** Writes `<dir>/build-manifest.txt`; returns the number of files listed. */
export function writeBuildManifest(dir: string, cacheFile?: string): number {
  const entries = hashSite(dir, cacheFile);
  writeFileSync(join(dir, MANIFEST_FILE), manifestText(entries));
  return entries.length;
}
