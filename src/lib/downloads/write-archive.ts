/**
 * Unpacks the downloads archive and the cross-year parts (archive.ts) that `astro build` wrote into
 * its output folder: every file at its own path, byte for byte as the endpoint used to
 * write it, then the archive itself is removed. Run by the build's `astro:build:done` hook
 * (astro.config.mjs), so every build, partitioned or not, publishes the same files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DOWNLOADS_ARCHIVE_PATH, isDownloadsArchive, unpackDownloads } from './archive.ts';

/** Writes the archived downloads (the archive and the cross-year parts) under `outDir`; returns how many (0 when the build made none). */
export function writeDownloadsArchive(outDir: string): number {
  const data = join(outDir, dirname(DOWNLOADS_ARCHIVE_PATH));
  if (!existsSync(data)) return 0;
  const made = new Set<string>();
  let count = 0;
  // One archive at a time, each removed once written: only one is ever in memory.
  for (const name of readdirSync(data).filter(isDownloadsArchive).sort()) {
    const archive = join(data, name);
    for (const file of unpackDownloads(readFileSync(archive, 'utf8'))) {
      const target = join(outDir, file.path);
      const dir = dirname(target);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(target, file.encoding === 'base64' ? Buffer.from(file.body, 'base64') : file.body);
      count++;
    }
    rmSync(archive);
  }
  return count;
}
