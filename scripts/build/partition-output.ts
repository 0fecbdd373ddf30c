/**
 * A partition's own output folder, made from page builds: a batch build split into its
 * partitions' folders, or some departments' pages replaced by a department build's.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { belongsTo, ownerOf } from '../../src/lib/build/file-owner.ts';
import { inPartition, type Partition } from '../../src/lib/build/partition.ts';
import { bySitemapNumber, entryPath, isSitemapFile, sitemapEntries, sitemapXml } from '../../src/lib/build/sitemap.ts';
import { KIND_NAMES } from '../../src/schemas/disclosure.ts';
import { linkFile, linkTree, ownFiles } from './files.ts';

/** The <url> entries of a build's sitemaps. */
export function sitemapUrls(dist: string): string[] {
  return readdirSync(dist)
    .filter(isSitemapFile)
    .flatMap((f) => sitemapEntries(readFileSync(join(dist, f), 'utf8')));
}

/**
 * Files of a department build that belong to none of its departments (belongsTo) and are
 * not top files the partition's output also has (public/ files, sitemaps): a route that
 * writes elsewhere would make merging unsafe, so the partition is then built whole.
 */
export function strayFiles(delta: string, dist: string, year: number, departments: string[]): string[] {
  const tops = readdirSync(delta, { withFileTypes: true }).filter((e) => !e.isDirectory() && !existsSync(join(dist, e.name))).map((e) => e.name);
  return [...tops, ...ownFiles(delta).filter((path) => !belongsTo(path, year, departments, KIND_NAMES))];
}

/**
 * Replaces some departments' pages in a partition's output with those of a department
 * build (`delta`, absent when departments were only removed): their files go, the new ones
 * are linked in, and the partition's sitemap is rewritten. Never writes into an existing
 * file: the output shares these files as hard links.
 */
export function mergeDepartments(dist: string, delta: string | undefined, year: number, replaced: string[]): void {
  const inReplaced = (url: string) => replaced.some((dept) => url.includes(`/${year}/${dept}/`));
  const urls = [...sitemapUrls(dist).filter((url) => !inReplaced(url)), ...(delta ? sitemapUrls(delta) : [])];
  for (const path of ownFiles(dist)) if (belongsTo(path, year, replaced, KIND_NAMES)) rmSync(join(dist, path));
  for (const dept of replaced) {
    rmSync(join(dist, String(year), dept), { recursive: true, force: true });
    rmSync(join(dist, 'data', String(year), dept), { recursive: true, force: true });
  }
  if (delta) {
    for (const path of ownFiles(delta)) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      linkFile(join(delta, path), join(dist, path), false);
    }
    if (existsSync(join(delta, '_astro'))) linkTree(join(delta, '_astro'), join(dist, '_astro'), true);
  }
  rewriteSitemap(dist, urls);
}

/**
 * Replaces a build output's sitemap files with one holding `urls` (the assemble stage sorts
 * every entry and splits them by the sitemap limit); nothing to do for an output without one.
 */
export function rewriteSitemap(dist: string, urls: readonly string[]): void {
  const sitemaps = readdirSync(dist).filter(isSitemapFile).sort(bySitemapNumber);
  if (sitemaps.length === 0) return;
  const head = readFileSync(join(dist, sitemaps[0]), 'utf8');
  for (const f of sitemaps) rmSync(join(dist, f));
  writeFileSync(join(dist, 'sitemap-0.xml'), sitemapXml(head, urls));
}

/**
 * Puts a batch build's output into its partitions' folders (`dirOf(partition)/dist`, made
 * anew) as hard links: each page, download folder and flat download to the partition of
 * its year and department (ownerOf), its sitemap entries likewise, and shared files
 * (content-hashed assets, public/ files) to every partition.
 */
export function splitBatch(out: string, batch: Partition[], ids: string[], dirOf: (partition: Partition) => string): void {
  const dists = new Map(batch.map((p) => [p, join(dirOf(p), 'dist')]));
  for (const [p, dist] of dists) {
    rmSync(dirOf(p), { recursive: true, force: true });
    mkdirSync(dist, { recursive: true });
  }
  const departmentsOf = new Map(batch.map((p) => [p, new Set(ids.filter((id) => inPartition(p, id)).map((id) => id.split('/')[1]))]));
  const partitionOf = (path: string) => {
    const owner = ownerOf(path, KIND_NAMES);
    return owner ? batch.find((p) => p.year === owner.year && departmentsOf.get(p)!.has(owner.department)) : undefined;
  };
  const urls = new Map<Partition, string[]>(batch.map((p) => [p, []]));
  for (const url of sitemapUrls(out)) {
    const p = partitionOf(entryPath(url));
    for (const target of p ? [p] : batch) urls.get(target)!.push(url);
  }
  for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const path = relative(out, join(entry.parentPath, entry.name));
    if (isSitemapFile(path)) continue;
    const p = path.includes('/') && !path.startsWith('_astro/') ? partitionOf(path) : undefined;
    for (const target of p ? [p] : batch) {
      const to = join(dists.get(target)!, path);
      mkdirSync(dirname(to), { recursive: true });
      linkFile(join(out, path), to, false);
    }
  }
  const first = readdirSync(out).find(isSitemapFile);
  if (!first) return;
  const head = readFileSync(join(out, first), 'utf8');
  for (const [p, dist] of dists) writeFileSync(join(dist, 'sitemap-0.xml'), sitemapXml(head, urls.get(p)!));
}
