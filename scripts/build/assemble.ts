/**
 * The assemble stage: one static site from the site build and each partition's pages,
 * assets, sitemap and index bundle, staged beside the output and swapped in at the end.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Partition } from '../../src/lib/build/partition.ts';
import { bySitemapNumber, isSitemapFile, mergedSitemaps, sitemapEntries, sitemapIndexXml } from '../../src/lib/build/sitemap.ts';
import { writeBuildManifest } from './build-manifest.ts';
import { joinedDatasetDir } from './dataset-step.ts';
import { linkTree, removeInBackground } from './files.ts';
import { linkCards, writeManifest } from './search-bundles.ts';
import { writeHostHeaders, HEADERS_FILE } from './host-headers.ts';

/**
 * Merges the partitions' sitemaps into the site's: all <url> entries in files of at most
 * 45,000 (as @astrojs/sitemap splits them), sitemap-0.xml first, and the index rewritten.
 */
function mergeSitemaps(out: string, partitionSitemaps: string[], site: string): void {
  const indexFile = join(out, 'sitemap-index.xml');
  if (!existsSync(indexFile)) return;
  const own = readdirSync(out).filter(isSitemapFile).sort(bySitemapNumber);
  const entries = [...own.map((f) => join(out, f)), ...partitionSitemaps].flatMap((f) => sitemapEntries(readFileSync(f, 'utf8')));
  const files = mergedSitemaps(readFileSync(join(out, own[0] ?? 'sitemap-0.xml'), 'utf8'), entries);
  for (const f of own) rmSync(join(out, f));
  for (const file of files) writeFileSync(join(out, file.name), file.xml);
  const index = readFileSync(indexFile, 'utf8');
  // Output files are hard links into the build folders: replace, never write in place.
  rmSync(indexFile);
  writeFileSync(indexFile, sitemapIndexXml(index, files.map((f) => f.name), site));
}

/**
 * The new output, assembled in `<out>.new-<pid>` from the site build and each partition's
 * pages, assets, sitemap and index bundle, in whatever order they are ready (their files
 * never overlap except identical shared ones: public/ files and content-hashed assets), then
 * swapped in for the previous output, which is removed in the background.
 */
export function stagedOutput(out: string, siteDist: string, work: string, partitions: Partition[]) {
  const parent = dirname(out);
  const staging = `${out}.new-${process.pid}`;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    // Leftovers of interrupted builds.
    removeInBackground(...(existsSync(parent) ? readdirSync(parent).filter((n) => n.startsWith(`${basename(out)}.old-`) || n.startsWith(`${basename(out)}.new-`)).map((n) => join(parent, n)) : []));
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
  };
  const pagefindDir = join(staging, 'pagefind');
  const sitemaps = new Map<string, string[]>();
  let siteDone = false;
  return {
    site(): void {
      if (siteDone) return;
      start();
      siteDone = true;
      linkTree(siteDist, staging, true);
      linkTree(join(work, 'index-site'), join(pagefindDir, 'site'), false, 'card');
      linkCards(join(work, 'index-site', 'card'), join(pagefindDir, 'cards'));
    },
    partition(partition: Partition): void {
      if (sitemaps.has(partition.id)) return;
      start();
      const own: string[] = [];
      sitemaps.set(partition.id, own);
      const dir = join(work, 'partitions', partition.id);
      const dist = join(dir, 'dist');
      for (const name of readdirSync(dist)) {
        // The site's index and host headers are rewritten for the whole output in finish().
        if (name === 'sitemap-index.xml' || name === HEADERS_FILE) continue;
        if (isSitemapFile(name)) {
          own.push(join(dist, name));
          continue;
        }
        // Year folders hold only disclosure pages; the year's own index.html comes from the site build.
        linkTree(join(dist, name), join(staging, name), true);
      }
      linkTree(join(dir, 'pagefind'), join(pagefindDir, partition.id), false, 'card');
      linkCards(join(dir, 'pagefind', 'card'), join(pagefindDir, 'cards'));
    },
    /** Links the whole-dataset files the dataset step joined in `dataset` (dataset-step.ts), then swaps the output in. */
    finish(dataset: string): void {
      linkTree(joinedDatasetDir(dataset), join(staging, 'data'));
      mergeSitemaps(staging, partitions.flatMap((p) => sitemaps.get(p.id) ?? []), process.env.MINGZHANG_SITE ?? 'https://mingzhang.example');
      writeHostHeaders(staging, join(work, 'page-policies.json'));
      writeManifest(pagefindDir, [{ id: 'site', path: 'site/', size: 0 }, ...partitions.map((p) => ({ id: p.id, path: `${p.id}/`, year: p.year, provinces: p.provinces, size: p.size }))]);
      // Last: the sha256 of every file above, so two builds can be compared file by file.
      writeBuildManifest(staging, join(work, 'manifest-hashes.json'));
      const old = `${out}.old-${process.pid}`;
      if (existsSync(out)) renameSync(out, old);
      renameSync(staging, out);
      removeInBackground(old);
    },
  };
}
