/**
 * The check in shards of whole departments, so its memory is bounded by a shard, not by the
 * corpus. Exact because every rule that reads across documents stays within one department
 * (budget vs final accounts, targets vs evaluation, year over year, duplicate titles), and the
 * only fact about other departments a file needs, that a department exists, comes from the
 * listing. A department is never split; departments are packed in slug order, and a few
 * anchor departments always start a shard, so a shard's members change only between the
 * anchors around the department that grew.
 */
import { createHash } from 'node:crypto';
import type { ContentSource } from './check-content.ts';

/** Disclosures per shard before the next shard starts. At 6,000 the check ran in 197 MB of JS heap as one shard, 143 MB in shards of 2,000, 60 MB of 500 (node --max-old-space-size, smallest that passed). */
export const DEFAULT_SHARD_DISCLOSURES = 1000;

/** The department a content path belongs to; '' for articles and paths outside any department. */
export function ownerOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'departments' && parts.length === 2) return parts[1].replace(/\.json$/i, '');
  if (/^\d{4}$/.test(parts[0]) && parts.length >= 3) return parts[1];
  return '';
}

/**
 * About one department in ANCHOR_EVERY starts a shard of its own accord (chosen by a hash
 * of its slug, so the choice never depends on the corpus). Packing alone let one new
 * disclosure move every later shard's boundary, and the memo (check-memo.ts) then found
 * no shard unchanged (32 s of a 30,000-disclosure rebuild); with anchors a change moves
 * boundaries only up to the next anchor.
 */
export const ANCHOR_EVERY = 8;

/** True for the departments that start a shard whatever its size (ANCHOR_EVERY). */
export function isAnchor(owner: string): boolean {
  return owner !== '' && createHash('sha256').update(owner).digest()[0] % ANCHOR_EVERY === 0;
}

/** Departments (by slug) of each shard; the first shard also holds what belongs to none (''). */
export function planShards(files: readonly string[], maxDisclosures = DEFAULT_SHARD_DISCLOSURES): string[][] {
  const disclosures = new Map<string, number>();
  for (const path of files) {
    const owner = ownerOf(path);
    disclosures.set(owner, (disclosures.get(owner) ?? 0) + (owner && /^\d{4}\/[^/]+\/[^/.]+\.json$/.test(path) ? 1 : 0));
  }
  const shards: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const owner of [...disclosures.keys()].sort()) {
    const n = disclosures.get(owner)!;
    if (size > 0 && (size + n > maxDisclosures || isAnchor(owner))) (shards.push(current), (current = []), (size = 0));
    current.push(owner);
    size += n;
  }
  if (current.length) shards.push(current);
  return shards;
}

/**
 * Where each department's files are in a listing, and the departments it knows of: read once
 * per listing, not once per shard (every shard's pass over the whole listing was 4.9 s of a
 * 9 s check after one change at 30,000 disclosures).
 */
const listings = new WeakMap<readonly string[], { positions: Map<string, number[]>; known: string[] }>();
function listingOf(source: ContentSource): { positions: Map<string, number[]>; known: string[] } {
  let listing = listings.get(source.files);
  if (!listing) {
    const positions = new Map<string, number[]>();
    const known = new Set<string>();
    source.files.forEach((path, i) => {
      const owner = ownerOf(path);
      let list = positions.get(owner);
      if (!list) positions.set(owner, (list = []));
      list.push(i);
      if (owner && path.startsWith('departments/')) known.add(owner);
    });
    listing = { positions, known: [...known] };
    listings.set(source.files, listing);
  }
  return listing;
}

/** The part of `source` that one shard checks; every department of the whole listing is known to it. */
export function shardSource(source: ContentSource, departments: readonly string[]): ContentSource {
  const members = new Set(departments);
  const owns = (path: string) => members.has(ownerOf(path));
  const { positions, known } = listingOf(source);
  // Each member's files, back in the listing's order.
  const files = departments.flatMap((d) => positions.get(d) ?? []).sort((a, b) => a - b).map((i) => source.files[i]);
  return {
    root: source.root,
    files,
    read: source.read,
    readBytes: source.readBytes,
    fingerprint: source.fingerprint,
    originalText: source.originalText,
    findUnsafeMdx: source.findUnsafeMdx,
    knownDepartments: known,
    // Read when the shard's check ends, after its files were read (reading finds faults too).
    get faults() {
      return source.faults?.filter((f) => owns(f.path));
    },
  };
}
