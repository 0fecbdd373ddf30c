/**
 * The plan stage: the partitions of a content folder and the keys that decide what must be
 * rebuilt (src/lib/build/partition-keys.ts, rebuild-decision.ts), read from the files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { disclosureIds } from '../../src/lib/content-ids.ts';
import { departmentKeys, partitionKey } from '../../src/lib/build/partition-keys.ts';
import { planPartitions, type Partition } from '../../src/lib/build/partition.ts';
import { planPartition, type PartitionPlan, type PartitionState } from '../../src/lib/build/rebuild-decision.ts';
import { sitePieceKeys } from '../../src/lib/build/site-pieces.ts';
import type { DepartmentInput } from '../../src/lib/figures/corpus.ts';
import { contentDigests, type ContentDigests } from './content-digests.ts';
import { partitionDir, type BuildContext } from './context.ts';
import { readBuildState } from './files.ts';
import { ROOT } from './steps.ts';

function hashFiles(hash: ReturnType<typeof createHash>, dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) hashFiles(hash, full);
    else hash.update(name).update(readFileSync(full));
  }
}

/** A hash of the code every page depends on: a change here rebuilds every partition. */
export function codeKey(): string {
  const hash = createHash('sha256');
  hashFiles(hash, join(ROOT, 'src'));
  // public/ is copied into every partition's output, and the site URL is in every page.
  hashFiles(hash, join(ROOT, 'public'));
  hash.update(`site:${process.env.MINGZHANG_SITE ?? ''}`);
  for (const file of ['astro.config.mjs', 'package-lock.json']) hash.update(readFileSync(join(ROOT, file)));
  return hash.digest('hex');
}

/** The province of each department, read from its JSON once. */
export function provinceOf(content: string): (dept: string) => string {
  const cache = new Map<string, string>();
  return (dept) => {
    if (!cache.has(dept)) cache.set(dept, (JSON.parse(readFileSync(join(content, 'departments', `${dept}.json`), 'utf8')) as { region: { province: string } }).region.province);
    return cache.get(dept)!;
  };
}

/** The partitions of a content folder's disclosures (ids: from disclosureIds). */
export function contentPartitions(content: string, ids: readonly string[], maxPartition: number): Partition[] {
  const province = provinceOf(content);
  return planPartitions(
    ids.map((id) => ({ id, province: province(id.split('/')[1]) })),
    { maxSize: maxPartition },
  );
}

/** A partition's state now (its departments' keys) and its key. */
export function partitionState(partition: Partition, ids: readonly string[], content: string, code: string, digests: ContentDigests = contentDigests(content)): { state: PartitionState; key: string } {
  const departments = departmentKeys(partition, ids, digests.statedYears, code, digests.read);
  return { state: { code, year: partition.year, departments }, key: partitionKey(partition, departments) };
}

/** The partitions of a content folder, each with the key that decides whether it must be rebuilt. */
export function planBuild(contentDir: string, maxPartition: number): (Partition & { key: string })[] {
  const content = resolve(contentDir);
  const ids = disclosureIds(content);
  const code = codeKey();
  const digests = contentDigests(content);
  return contentPartitions(content, ids, maxPartition).map((p) => ({ ...p, key: partitionState(p, ids, content, code, digests).key }));
}

/** One partition's plan: its state and key now, and what the build does with it. */
export interface PartitionWork {
  partition: Partition;
  state: PartitionState;
  key: string;
  plan: PartitionPlan;
}

/** What each partition needs, against the keys and states the last build left (rebuild-decision.ts). */
export function planWork(ctx: BuildContext, partitions: readonly Partition[], code: string, previousKeys: Record<string, string>): PartitionWork[] {
  return partitions.map((partition) => {
    const { state, key } = partitionState(partition, ctx.ids, ctx.content, code, ctx.digests);
    const dir = partitionDir(ctx, partition);
    const plan = planPartition({ key, previousKey: previousKeys[partition.id], previous: readBuildState<PartitionState>(join(dir, 'done')), current: state, hasOutput: existsSync(join(dir, 'dist')) });
    return { partition, state, key, plan };
  });
}

/**
 * The site pieces' keys (src/lib/build/site-pieces.ts) of a content folder: its disclosures'
 * JSON, its department files, and a hash of everything else but the year folders (articles …);
 * undefined when a department file cannot be read.
 */
export function siteKeys(ctx: Pick<BuildContext, 'content' | 'ids' | 'digests'>, code: string): Record<string, string> | undefined {
  const dir = join(ctx.content, 'departments');
  let departments: DepartmentInput[];
  try {
    departments = (existsSync(dir) ? readdirSync(dir) : [])
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({ id: name.slice(0, -'.json'.length), data: JSON.parse(readFileSync(join(dir, name), 'utf8')) }));
  } catch {
    // A department file that is no JSON: no keys (the site is built whole, and the check says what is wrong).
    return undefined;
  }
  const other = createHash('sha256');
  for (const name of readdirSync(ctx.content).sort()) {
    if (/^\d{4}$/.test(name) || name === 'departments') continue;
    const full = join(ctx.content, name);
    other.update(name).update('\0');
    if (statSync(full).isDirectory()) hashFiles(other, full);
    else other.update(readFileSync(full));
  }
  return sitePieceKeys({ ids: ctx.ids, departments, other: other.digest('hex'), code, read: ctx.digests.read });
}
