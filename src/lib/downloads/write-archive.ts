/**
 * Unpacks the per-disclosure downloads archive (archive.ts) that `astro build` wrote into
 * its output folder: every file at its own path, byte for byte as the endpoint used to
 * write it, then the archive itself is removed. Run by the build's `astro:build:done` hook
 * (astro.config.mjs), so every build, partitioned or not, publishes the same files.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DOWNLOADS_ARCHIVE_PATH, unpackDownloads } from './archive.ts';

/** Writes the archived downloads under `outDir`; returns how many (0 when the build made no archive). */
export function writeDownloadsArchive(outDir: string): number {
  const archive = join(outDir, DOWNLOADS_ARCHIVE_PATH);
  if (!existsSync(archive)) return 0;
  const files = unpackDownloads(readFileSync(archive, 'utf8'));
  const made = new Set<string>();
  for (const file of files) {
    const target = join(outDir, file.path);
    const dir = dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(target, file.encoding === 'base64' ? Buffer.from(file.body, 'base64') : file.body);
  }
  rmSync(archive);
  return files.length;
}
