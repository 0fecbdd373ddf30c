/** Lists a content folder for checkContent (Node only: the one place the checker touches disk). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentSource } from './check-content.ts';

export function readContentDir(dir: string, displayRoot: string): ContentSource {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return { root: displayRoot, files, read: (path) => readFileSync(join(dir, path), 'utf8'), readBytes: (path) => readFileSync(join(dir, path)) };
}
