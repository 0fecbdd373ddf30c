/**
 * A loader for a list of JSON files given by path, for a partition build's disclosure
 * figures (src/lib/build/build-scope.ts, figuresGlob: one path per disclosure its pages
 * read). Entries are what Astro's glob loader makes of the same files (id, data checked
 * by the collection's schema, digest), without its walk: the glob loader reads every
 * folder under the content root and tests each of the corpus's files against each of the
 * list's ~1,200 patterns, 2.8 CPU-s per 600-disclosure partition at 6,000 disclosures.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';

/** True when every pattern names one file, with nothing for a glob to expand. */
export const allLiteral = (patterns: readonly string[]): boolean => patterns.every((p) => !/[*?[\]{}()!+@]/.test(p));

/** Loads the JSON files `paths` under `base`; an entry's id is its path without ".json". */
export function listedFilesLoader({ base, paths }: { base: string; paths: readonly string[] }): Loader {
  if (!allLiteral(paths)) throw new Error('listedFilesLoader takes file paths, not glob patterns');
  return {
    name: 'mingzhang:listed-files',
    load: async ({ store, config, parseData, generateDigest }) => {
      const seen = new Set<string>();
      for (const path of [...paths].sort()) {
        const id = path.replace(/\.json$/, '');
        seen.add(id);
        const filePath = join(base, path);
        const contents = readFileSync(filePath, 'utf8');
        const digest = generateDigest(contents);
        if (store.get(id)?.digest === digest) continue;
        // As Astro's JSON entries: an empty file is an empty object; invalid JSON fails the build.
        let data: Record<string, unknown>;
        try {
          data = contents === '' ? {} : (JSON.parse(contents) as Record<string, unknown>);
        } catch (error) {
          throw new Error(`${filePath}: ${(error as Error).message}`, { cause: error });
        }
        store.set({ id, data: await parseData({ id, data, filePath }), digest, filePath: relative(fileURLToPath(config.root), filePath).replaceAll('\\', '/') });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
