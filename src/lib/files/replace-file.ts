/**
 * Writes a file whole beside its place, then renames it there. A process killed while
 * writing (between the truncating open and the write) never leaves an empty or half file
 * for the next run to read, and a file that is a hard link elsewhere (build outputs are
 * linked into dist/) is replaced, not changed in place.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';

export function replaceFile(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
