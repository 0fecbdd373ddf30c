/**
 * The index stage's files in the output: the Pagefind-written bundles' result cards in the
 * one /pagefind/cards/ folder (partition bundles carry theirs packed, in their own
 * card-pack/ folder), and /pagefind/partitions.json listing the bundles.
 */
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { mergeResultCards } from '../../src/lib/build/result-cards.ts';
import { isUnusedBundleFile, searchManifest, type BundleEntryFiles, type BundlePlace } from '../../src/lib/build/search-manifest.ts';
import { CARD_PACK_DIR, type CardPackInfo } from '../../src/lib/search/card-pack.ts';
import { INDEX_PACK_DIR, type IndexPackInfo } from '../../src/lib/search/index-pack.ts';
import { entryFiles, type PagefindEntry } from '../../src/lib/search/entry-files.ts';

/**
 * Links a bundle's result cards into the one /pagefind/cards/ folder, so the search page
 * finds a card by Pagefind page id alone; ids that two bundles share become one card file
 * holding both cards (the page then tells them apart by URL).
 */
export function linkCards(from: string, target: string): void {
  if (!existsSync(from)) return;
  mkdirSync(target, { recursive: true });
  for (const file of readdirSync(from)) {
    const to = join(target, file);
    try {
      linkSync(join(from, file), to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        cpSync(join(from, file), to);
        continue;
      }
      const read = (path: string) => JSON.parse(gunzipSync(readFileSync(path)).toString('utf8'));
      const both = mergeResultCards(read(to), read(join(from, file)));
      // Output files are hard links into the build folders: replace, never write in place.
      rmSync(to);
      writeFileSync(to, gzipSync(JSON.stringify(both), { level: 9 }));
    }
  }
}

/** A pack folder's pack.json (card-pack.ts, index-pack.ts); undefined where the bundle has none. */
function packInfo<T>(dir: string): T | undefined {
  const file = join(dir, 'pack.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

/** What the engine loads first from the bundle in `dir` (entryFiles: the ones the engine picks). */
function bundleFiles(dir: string): BundleEntryFiles {
  const entryFile = join(dir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return {};
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
  const files = entryFiles(entry);
  if (!files) return {};
  const cards = packInfo<CardPackInfo>(join(dir, CARD_PACK_DIR));
  const index = packInfo<IndexPackInfo>(join(dir, INDEX_PACK_DIR));
  return { entry, meta: files.meta, ...(existsSync(join(dir, files.wasm)) ? { wasm: files.wasm } : {}), ...(cards ? { cards } : {}), ...(index ? { index } : {}) };
}

/** Drops the bundles' unused files and writes the manifest the search page merges them by. */
export function writeManifest(pagefindDir: string, bundles: BundlePlace[]): void {
  mkdirSync(pagefindDir, { recursive: true });
  for (const bundle of bundles) {
    for (const file of readdirSync(join(pagefindDir, bundle.path))) {
      if (isUnusedBundleFile(file, bundle === bundles[0])) rmSync(join(pagefindDir, bundle.path, file), { force: true });
    }
  }
  const listed = bundles.map((bundle) => ({ ...bundle, ...bundleFiles(join(pagefindDir, bundle.path)) }));
  writeFileSync(join(pagefindDir, 'partitions.json'), searchManifest(listed));
}
