/**
 * The small downloads travel out of `astro build` in a few archive files, which
 * write-archive.ts unpacks into the same files at the same paths after the build: each
 * disclosure's JSON and CSVs in one archive, each cross-year page's table and chart CSVs in
 * parts of GROUPS_PER_PART groups. Astro spends about 1.4 ms of CPU on every route it
 * generates, whatever its size: as one endpoint per file, a 600-disclosure partition's
 * ~2,600 downloads cost 4.7 s of CPU, more than the rest of its pages besides the texts.
 */
import type { DownloadFile } from './files.ts';

/**
 * Where the archive is built, under the output folder. A dot name inside data/: it never
 * collides with a download (none starts with a dot) and is removed by the unpacking, so it
 * is never published.
 */
export const DOWNLOADS_ARCHIVE_PATH = 'data/.downloads.json';

/**
 * The cross-year downloads travel in parts of GROUPS_PER_PART groups (files.ts, DownloadGroup),
 * each made when its route is written: made at once, every body's CSVs were held through the
 * whole site build (1.9 GB with the models they were made of, at 150,000 disclosures), and one
 * archive of them all outgrows the longest string V8 can make.
 */
export const GROUPS_PER_PART = 100;

/** Where part `n` of the cross-year downloads is built, beside the archive. */
export const downloadsPartPath = (n: number): string => `data/.downloads-${n}.json`;

/** True for the archive's and the parts' file names inside data/. */
export const isDownloadsArchive = (name: string): boolean => /^\.downloads(?:-\d+)?\.json$/.test(name);

/** One archived file: its path under the site root and its exact text. */
export type ArchivedFile = Pick<DownloadFile, 'path' | 'body' | 'encoding'>;

/** The archive's text: every file's path and body. */
export function packDownloads(files: readonly ArchivedFile[]): string {
  return JSON.stringify({ version: 1, files: files.map((f) => (f.encoding ? [f.path, f.body, f.encoding] : [f.path, f.body])) });
}

/** The files of an archive; throws on an archive of another version or an unsafe path. */
export function unpackDownloads(text: string): ArchivedFile[] {
  const archive = JSON.parse(text) as { version?: number; files?: [string, string, 'base64'?][] };
  if (archive.version !== 1 || !Array.isArray(archive.files)) throw new Error('not a version 1 downloads archive');
  return archive.files.map(([path, body, encoding]) => {
    // Paths come from src/lib/downloads/files.ts; anything else would write outside data/.
    if (!path.startsWith('data/') || path.split('/').some((part) => part === '..' || part === '')) throw new Error(`unsafe download path in archive: ${path}`);
    return encoding === 'base64' ? { path, body, encoding } : { path, body };
  });
}
