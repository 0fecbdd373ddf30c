/**
 * The layer rules of docs/architecture.md as a check over the source tree: every source file
 * belongs to a folder listed in the layers table, and imports only from a lower layer or from
 * its own folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A folder (or file) of the tree and its layer, as the table lists them. */
export interface LayerEntry {
  path: string;
  layer: number;
}

/** An import that runs against the layers. */
export interface Violation {
  file: string;
  imports: string;
  why: string;
}

/** Reads the `## Layers` table: rows `| <n> | `path`, `path` | … |`. */
export function readLayers(markdown: string): LayerEntry[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Layers'));
  if (!section) throw new Error('docs/architecture.md has no "## Layers" section');
  const entries: LayerEntry[] = [];
  for (const line of section.split('\n')) {
    const row = /^\|\s*(\d+)\s*\|([^|]*)\|/.exec(line);
    if (!row) continue;
    for (const path of row[2].matchAll(/`([^`]+)`/g)) entries.push({ path: path[1].replace(/\/$/, ''), layer: Number(row[1]) });
  }
  return entries;
}

/** The entry a path falls under: the longest listed folder that holds it. */
export function entryOf(path: string, entries: readonly LayerEntry[]): LayerEntry | undefined {
  return entries.filter((e) => path === e.path || path.startsWith(`${e.path}/`)).sort((a, b) => b.path.length - a.path.length)[0];
}

/** Relative module specifiers of a source text (static, dynamic and re-exports). */
export function relativeImports(text: string): string[] {
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
}

/** Checks files (paths relative to the root, with their text) against the layers. */
export function layerViolations(files: readonly { path: string; text: string }[], entries: readonly LayerEntry[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    const from = entryOf(file.path, entries);
    if (!from) {
      violations.push({ file: file.path, imports: '', why: 'is in no layer of docs/architecture.md: add its folder to the table' });
      continue;
    }
    for (const specifier of relativeImports(file.text)) {
      const target = relative('.', join(dirname(file.path), specifier));
      const to = entryOf(target, entries);
      if (!to || to.path === from.path) continue;
      if (to.layer > from.layer) violations.push({ file: file.path, imports: target, why: `layer ${from.layer} (${from.path}) imports layer ${to.layer} (${to.path})` });
      else if (to.layer === from.layer) violations.push({ file: file.path, imports: target, why: `${from.path} and ${to.path} share layer ${from.layer}: give one of them its own layer` });
    }
  }
  return violations;
}

/** Source files under `dirs` of `root` (TypeScript, Astro, JavaScript modules), `skip` folders left out. */
export function sourceFiles(root: string, dirs: readonly string[], skip: readonly string[]): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  for (const dir of dirs) {
    for (const entry of readdirSync(resolve(root, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isDirectory() || !/\.(ts|astro|mjs|js)$/.test(entry.name)) continue;
      const path = relative(root, join(entry.parentPath, entry.name));
      if (skip.some((s) => path.startsWith(`${s}/`))) continue;
      files.push({ path, text: readFileSync(join(root, path), 'utf8') });
    }
  }
  return files;
}
