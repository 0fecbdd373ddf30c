/**
 * The cross-year site build in pieces, so that a change rebuilds only the pages that read it.
 * Every file of the site build belongs to one piece (sitePieceOf): a year's pages (with each
 * kind's page of that year, where a kind's page is split), a province's national pages, feed,
 * pages of split years and comparison, a department's page and feed, a department's peer
 * comparison, or the core (home, listings, the comparison or its list of provinces,
 * whole-corpus downloads, assets …), which reads everything and is rebuilt on any change.
 * Each piece has a key (sitePieceKeys): a hash of everything its pages read. Pure but for
 * `read`, given by the plan stage.
 */
import { createHash } from 'node:crypto';
import type { DepartmentInput } from '../figures/corpus.ts';
import { peerGroup } from '../peers/peer-group.ts';
import { provinceOf } from '../peers/regions.ts';
import { splitYears } from '../page-models/year-provinces.ts';
import { compareSplits } from '../page-models/compare-provinces.ts';
import { splitKinds } from '../page-models/kind-years.ts';
import type { ReadContent } from './partition-keys.ts';

/** The piece of every file that no other piece claims. */
export const CORE_PIECE = 'core';

/** Piece names, as the routes ask for them and sitePieceOf gives them. */
export const sitePiece = {
  year: (year: number | string) => `year:${year}`,
  province: (code: string) => `province:${code}`,
  department: (id: string) => `department:${id}`,
  peers: (id: string) => `peers:${id}`,
};

const PATHS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(\d{4})\/index\.html$/, (m) => sitePiece.year(m[1])],
  [/^\d{4}\/provinces\/([^/]+)\/index\.html$/, (m) => sitePiece.province(m[1])],
  [/^national\/execution\/(\d{4})\/index\.html$/, (m) => sitePiece.year(m[1])],
  [/^national\/(?:coverage|execution|three-public)\/\d{4}\/([^/]+)\//, (m) => sitePiece.province(m[1])],
  [/^feeds\/provinces\/([^/]+)\.xml$/, (m) => sitePiece.province(m[1])],
  [/^compare\/([^/]+)\/index\.html$/, (m) => sitePiece.province(m[1])],
  [/^kinds\/[^/]+\/(\d{4})\/index\.html$/, (m) => sitePiece.year(m[1])],
  [/^departments\/([^/]+)\/peers\//, (m) => sitePiece.peers(m[1])],
  [/^departments\/([^/]+)\/index\.html$/, (m) => sitePiece.department(m[1])],
  [/^feeds\/departments\/([^/]+)\.xml$/, (m) => sitePiece.department(m[1])],
  // The CSVs of those pages' tables and charts (src/lib/downloads/files.ts, crossYearDownloadGroups).
  [/^data\/years\/(\d{4})(?:-provinces)?\.csv$/, (m) => sitePiece.year(m[1])],
  [/^data\/years\/\d{4}\/([^/]+)\//, (m) => sitePiece.province(m[1])],
  [/^data\/national\/execution\/(\d{4})\.csv$/, (m) => sitePiece.year(m[1])],
  [/^data\/national\/(?:coverage|execution|three-public)\/\d{4}\/([^/.]+)(?:\.csv$|\/)/, (m) => sitePiece.province(m[1])],
  [/^data\/charts\/(?:rate|budget-spending|structure)-(\d{4})\.csv$/, (m) => sitePiece.year(m[1])],
  [/^data\/charts\/rate-by-year\.csv$/, () => CORE_PIECE],
  [/^data\/compare\/([^/]+)\//, (m) => sitePiece.province(m[1])],
  [/^data\/charts\/peers-(.+)\.csv$/, (m) => sitePiece.peers(m[1])],
  [/^data\/charts\/(?:budget-spending|rate|score|structure)-(.+)\.csv$/, (m) => sitePiece.department(m[1])],
  [/^data\/departments\/([^/]+)\/peers\.csv$/, (m) => sitePiece.peers(m[1])],
  [/^data\/departments\/([^/]+)\.csv$/, (m) => sitePiece.department(m[1])],
];

/** The piece of a group of cross-year downloads (src/lib/downloads/files.ts, DownloadGroup). */
export function pieceOfGroup(group: { of: 'core' } | { of: keyof typeof sitePiece; key: string }): string {
  return group.of === 'core' ? CORE_PIECE : sitePiece[group.of](group.key);
}

/** The piece a file of the site build's output belongs to (its path relative to the output). */
export function sitePieceOf(path: string): string {
  for (const [pattern, piece] of PATHS) {
    const match = pattern.exec(path);
    if (match) return piece(match);
  }
  return CORE_PIECE;
}

/** What the keys are made of: the content's disclosure ids, its departments, the code. */
export interface SiteInput {
  ids: readonly string[];
  departments: readonly DepartmentInput[];
  /** A hash of the content the site reads besides disclosures and departments (articles …). */
  other: string;
  code: string;
  read: ReadContent;
}

/** The key every piece shares: a change of it rebuilds the whole site. */
export const STRUCTURE_KEY = '#structure';

const sha = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/**
 * Every piece's key, and STRUCTURE_KEY. The structure is what every page shows (the years
 * and provinces in the navigation and filters, every body's name and level) and which pages
 * there are: the code, the fiscal years, the years whose page lists provinces (a year passing
 * the limit adds a page to every province), whether the comparison does, the kinds whose page
 * counts years, and every department file. A body's summaries (figures, findings, scores)
 * read only that body's disclosures (the audit compares a body's documents with each other
 * and with its own earlier years), so a piece's key is made of the keys of the bodies its
 * pages show: a year's bodies, a province's, the body itself, the body's peer group.
 */
export function sitePieceKeys(input: SiteInput): Record<string, string> {
  const byBody = Map.groupBy([...input.ids].sort(), (id) => id.split('/')[1]);
  const bodyKey = new Map(input.departments.map((d) => [d.id, sha(d.id, ...(byBody.get(d.id) ?? []).flatMap((id) => [id, input.read(`${id}.json`)]))]));
  const years = [...new Set(input.ids.map((id) => id.slice(0, 4)))].sort();
  const departments = [...input.departments].sort((a, b) => a.id.localeCompare(b.id));
  const structure = sha(input.code, years.join(','), splitYears(input.ids).join(','), String(compareSplits(input.ids)), splitKinds(input.ids).join(','), ...departments.flatMap((d) => [d.id, input.read(`departments/${d.id}.json`)]));
  const of = (piece: string, bodies: readonly string[]) => sha(structure, piece, ...[...new Set(bodies)].sort().map((b) => `${b}:${bodyKey.get(b) ?? '-'}`));

  const keys: Record<string, string> = { [STRUCTURE_KEY]: structure };
  keys[CORE_PIECE] = sha(of(CORE_PIECE, departments.map((d) => d.id)), input.other);
  for (const [year, ids] of Map.groupBy(input.ids, (id) => id.slice(0, 4))) keys[sitePiece.year(year)] = of(sitePiece.year(year), ids.map((id) => id.split('/')[1]));
  for (const [code, bodies] of Map.groupBy(departments, provinceOf)) keys[sitePiece.province(code)] = of(sitePiece.province(code), bodies.map((d) => d.id));
  for (const d of departments) {
    keys[sitePiece.department(d.id)] = of(sitePiece.department(d.id), [d.id]);
    keys[sitePiece.peers(d.id)] = of(sitePiece.peers(d.id), peerGroup(d, departments).members.map((m) => m.id));
  }
  return keys;
}

/** What the site build does with its pieces. */
export type SitePlan =
  | { kind: 'unchanged' }
  | { kind: 'whole' }
  /** Build `build` (the core always among them) and drop the files of `remove`; keep the rest. */
  | { kind: 'pieces'; build: string[]; remove: string[] };

/**
 * A piece rebuild when the last build left its output and keys with the same structure; the
 * whole site otherwise, or when most pieces changed (building them apart saves nothing then).
 */
export function planSite(current: Record<string, string>, previous: Record<string, string> | undefined, hasOutput: boolean): SitePlan {
  if (!previous || !hasOutput || previous[STRUCTURE_KEY] !== current[STRUCTURE_KEY]) return { kind: 'whole' };
  const pieces = Object.keys(current).filter((k) => k !== STRUCTURE_KEY);
  const build = pieces.filter((k) => previous[k] !== current[k]).sort();
  const remove = Object.keys(previous).filter((k) => k !== STRUCTURE_KEY && !(k in current)).sort();
  if (build.length === 0 && remove.length === 0) return { kind: 'unchanged' };
  if (build.length * 2 > pieces.length) return { kind: 'whole' };
  return { kind: 'pieces', build: build.includes(CORE_PIECE) ? build : [CORE_PIECE, ...build].sort(), remove };
}
