/**
 * Writes a set of files all or nothing (Node only: the one place scaffold, import and
 * the schema generator touch disk). Every file is first written beside its target under
 * a temporary name; only when all are written are they renamed into place, so a failure
 * (disk full, a file that appeared meanwhile) never leaves half a disclosure behind.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One file to write: its path and full text, or its bytes (an archived original, copied as it is). */
export type PlannedFile = { path: string; text: string } | { path: string; bytes: Uint8Array };

/**
 * Writes every file or none; creates folders as needed. With `overwrite: false` (the
 * default) an existing target is an error before anything is written.
 */
export function writeFilesAtomically(files: readonly PlannedFile[], { overwrite = false } = {}): void {
  if (!overwrite) {
    const present = files.filter((f) => existsSync(f.path));
    if (present.length) throw new Error(`已存在，不覆盖（already exists）：${present.map((f) => f.path).join('、')}`);
  }
  const temporary: { temp: string; path: string }[] = [];
  const createdDirs: string[] = [];
  try {
    for (const file of files) {
      const made = mkdirSync(dirname(file.path), { recursive: true });
      if (made) createdDirs.push(made);
      const temp = `${file.path}.tmp-${process.pid}-${temporary.length}`;
      writeFileSync(temp, 'bytes' in file ? file.bytes : file.text, { flag: 'wx' });
      temporary.push({ temp, path: file.path });
    }
  } catch (error) {
    for (const { temp } of temporary) rmSync(temp, { force: true });
    for (const dir of createdDirs.reverse()) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  for (const { temp, path } of temporary) renameSync(temp, path);
}
