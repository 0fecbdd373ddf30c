/**
 * The site build's output folder made from a piece build (src/lib/build/site-pieces.ts):
 * the files of the rebuilt pieces replaced by the piece build's, every other file kept.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { sitePieceOf } from '../../src/lib/build/site-pieces.ts';
import { entryPath, isSitemapFile } from '../../src/lib/build/sitemap.ts';
import { linkFile } from './files.ts';
import { rewriteSitemap, sitemapUrls } from './partition-output.ts';

/** Every file of a build's output (relative paths), its sitemaps excepted. */
function filesOf(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dist, join(e.parentPath, e.name)))
    .filter((path) => !isSitemapFile(path));
}

/** The piece of a sitemap entry: that of its page's index.html. */
const pieceOfUrl = (url: string) => sitePieceOf(`${entryPath(url)}index.html`);

/**
 * Files of a piece build that belong to none of the pieces it built: a route that writes
 * outside its piece would make merging unsafe, so the site is then built whole.
 */
export function strayPieceFiles(delta: string, built: ReadonlySet<string>): string[] {
  return filesOf(delta).filter((path) => !built.has(sitePieceOf(path)));
}

/**
 * Replaces the files of `replaced` pieces in the site's output `dist` with those of the
 * piece build `delta`, and rewrites the sitemap. Never writes into an existing file: the
 * assembled output shares these files as hard links.
 */
export function mergePieces(dist: string, delta: string, replaced: ReadonlySet<string>): void {
  const urls = [...sitemapUrls(dist).filter((url) => !replaced.has(pieceOfUrl(url))), ...sitemapUrls(delta)];
  for (const path of filesOf(dist)) if (replaced.has(sitePieceOf(path))) rmSync(join(dist, path));
  for (const path of filesOf(delta)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    linkFile(join(delta, path), join(dist, path), false);
  }
  rewriteSitemap(dist, urls);
}
