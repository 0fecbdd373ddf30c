/**
 * What one `astro build` builds, from MINGZHANG_PARTITION (set by scripts/build-site.ts):
 * unset → everything (a plain `astro build`, as before partitions existed); "site" → the
 * cross-year pages and articles, no disclosure pages and no MDX disclosure texts (with
 * MINGZHANG_SITE_PIECES, a file listing pieces: only the pages of those, site-pieces.ts);
 * otherwise a partition as JSON, or a JSON array of partitions built together → only their
 * disclosure pages and texts.
 */
import { readFileSync } from 'node:fs';
import { inPartition, partitionDependencies, partitionGlob, type Partition } from './partition.ts';

/** The scope of one build. */
export type BuildScope = { kind: 'all' } | { kind: 'site'; pieces?: ReadonlySet<string> } | { kind: 'partition'; partitions: Partition[] };

let last: { partition?: string; pieces?: string; scope: BuildScope } | undefined;

/**
 * Reads the scope from the environment (the only impure function here). Routes ask for it
 * for every entry they filter, so the same environment is read once, not once a call.
 */
export function buildScope(env: Record<string, string | undefined> = process.env): BuildScope {
  const partition = env.MINGZHANG_PARTITION;
  const pieces = partition === 'site' ? env.MINGZHANG_SITE_PIECES : undefined;
  const seen = last;
  if (seen && seen.partition === partition && seen.pieces === pieces) return seen.scope;
  const scope = readScope(partition, pieces);
  last = { partition, pieces, scope };
  return scope;
}

function readScope(partition: string | undefined, pieces: string | undefined): BuildScope {
  if (!partition) return { kind: 'all' };
  if (partition === 'site') return pieces ? { kind: 'site', pieces: new Set(JSON.parse(readFileSync(pieces, 'utf8')) as string[]) } : { kind: 'site' };
  const parsed = JSON.parse(partition) as Partition | Partition[];
  return { kind: 'partition', partitions: Array.isArray(parsed) ? parsed : [parsed] };
}

/** All disclosure texts, as the content collection has always matched them. */
export const ALL_TEXTS = '[0-9][0-9][0-9][0-9]/*/*.mdx';

/** The disclosure-text glob(s) for a scope; the site build matches no text at all. */
export function textsGlob(scope: BuildScope): string | string[] {
  if (scope.kind === 'all') return ALL_TEXTS;
  if (scope.kind === 'site') return 'no-disclosure-texts-in-the-site-build/*.mdx';
  return scope.partitions.map(partitionGlob);
}

/** All disclosure figures. */
export const ALL_FIGURES = '[0-9][0-9][0-9][0-9]/*/*.json';

/**
 * The disclosure-figure glob(s) for a scope: everything in a plain build; nothing in the site
 * build, which reads the bodies' stored summaries; in a partition build only the figures its pages read (partitionDependencies); `ids` lists the content
 * folder's disclosures and `statedYears` reads a disclosure's year-over-year comparison years.
 */
export function figuresGlob(scope: BuildScope, ids: () => readonly string[], statedYears?: (id: string) => number[]): string | string[] {
  if (scope.kind === 'all') return ALL_FIGURES;
  // The site build reads the bodies' summaries instead (src/pages/_corpus.ts).
  if (scope.kind === 'site') return [];
  const all = ids();
  const read = new Set<string>();
  for (const partition of scope.partitions) {
    const { own, previous } = partitionDependencies(partition, all, statedYears);
    for (const id of [...own, ...previous]) read.add(id);
  }
  const patterns = [...read].map((id) => `${id}.json`);
  // An empty list would make the loader match nothing and warn; a partition is never empty.
  return patterns.length ? patterns : ALL_FIGURES;
}

/** True when this build makes the page of disclosure `id`. */
export function buildsDisclosure(scope: BuildScope, id: string): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'site') return false;
  return scope.partitions.some((partition) => inPartition(partition, id));
}

/**
 * True when this build makes the pages of site piece `piece` (site-pieces.ts): a piece
 * build makes only its pieces' pages, the core's always; a partition build makes none.
 */
export function buildsSitePiece(scope: BuildScope, piece: string): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'partition') return false;
  return !scope.pieces || scope.pieces.has(piece);
}
