/**
 * Builds the whole site in bounded partitions (`npm run build`):
 *
 *   node scripts/build-site.ts [--out dist] [--content DIR] [--max-partition 1500] [--max-batch 3000] [--jobs 2]
 *                              [--cache DIR] [--report FILE.json] [--single]
 *
 * 1. check: the content check over the whole corpus, once;
 * 2. site: one `astro build` of the cross-year pages (home, departments, years, compare,
 *    downloads, articles …) from the JSON figures, never the MDX bodies, and its search
 *    index (articles, department and year pages);
 * 3. partitions: per partition (a fiscal year, or a year × province group when a year holds
 *    more than --max-partition disclosures) its disclosure pages and a search index of only
 *    those pages. Partitions built whole share `astro build`s of up to --max-batch
 *    disclosures (an astro build's start costs as much as ~500 pages), split back into each
 *    partition's folder; steps run --jobs at a time;
 * 4. assemble: one static site with /pagefind/<partition>/ bundles and
 *    /pagefind/partitions.json, which the search page merges in the browser; staged while
 *    the steps run, swapped in at the end.
 *
 * A partition is rebuilt only when its inputs change (its files, its departments, the
 * previous year of each of its series, the code), and then, when the code is unchanged, only
 * the departments whose inputs changed; the site build always runs. Every step is measured
 * (time, peak memory of its process tree) and the report is printed as a table. On bad
 * content the check's report is printed, whichever step failed first.
 * --single builds everything in one `astro build` + one index (the unpartitioned baseline).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, symlinkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { entryFiles, type PagefindEntry } from '../src/lib/search/entry-files.ts';
import { DEFAULT_MAX_PARTITION_SIZE, inPartition, partitionDependencies, planPartitions, type Partition } from '../src/lib/search/partition.ts';
import { belongsTo, DEFAULT_MAX_PAGE_BATCH, ownerOf, planBatches, planPartitionUpdate, type PartitionState } from '../src/lib/search/partition-update.ts';
import { KIND_NAMES } from '../src/schemas/disclosure.ts';
import { formatBytes, runMeasured, stopAll, type StepResult } from './bench/measure.ts';
import { disclosureIds, statedYearsIn } from '../src/lib/content-ids.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** The partitions of a content folder, each with the key that decides whether it must be rebuilt. */
export function planBuild(contentDir: string, maxPartition: number): (Partition & { key: string })[] {
  const content = resolve(contentDir);
  const ids = disclosureIds(content);
  const province = provinceOf(content);
  const code = codeKey();
  return planPartitions(
    ids.map((id) => ({ id, province: province(id.split('/')[1]) })),
    { maxSize: maxPartition },
  ).map((p) => ({ ...p, key: partitionKey(p, departmentKeys(p, ids, content, code)) }));
}

/** Build options. */
export interface BuildOptions {
  out: string;
  content: string;
  maxPartition: number;
  /** Most disclosures one `astro build` makes pages for (partitions built whole are batched). */
  maxBatch?: number;
  jobs: number;
  cache: string;
  single: boolean;
  echo?: boolean;
  /** Build only this step: "check", "site" or a partition id (a CI matrix job); no assembly. */
  only?: string;
  /** Only assemble what earlier --only runs left in the cache folder. */
  assembleOnly?: boolean;
}

/** The outcome: every measured step, the partitions, which were rebuilt, and the totals. */
export interface BuildReport {
  steps: StepResult[];
  partitions: (Partition & { rebuilt: boolean })[];
  ms: number;
  disclosures: number;
  indexedPages: number;
}

function hashFiles(hash: ReturnType<typeof createHash>, dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) hashFiles(hash, full);
    else hash.update(name).update(readFileSync(full));
  }
}

/** A hash of the code every page depends on: a change here rebuilds every partition. */
function codeKey(): string {
  const hash = createHash('sha256');
  hashFiles(hash, join(ROOT, 'src'));
  // public/ is copied into every partition's output, and the site URL is in every page.
  hashFiles(hash, join(ROOT, 'public'));
  hash.update(`site:${process.env.MINGZHANG_SITE ?? ''}`);
  for (const file of ['astro.config.mjs', 'package-lock.json']) hash.update(readFileSync(join(ROOT, file)));
  return hash.digest('hex');
}

/**
 * What a partition's pages depend on: its departments' keys (departmentKeys: their JSON,
 * their disclosures, the previous one of each series and those year-over-year statements
 * name, and the code) and the partition itself. Pages do not link to later years, so
 * publishing a new year rebuilds only the new disclosure's partition.
 */
function partitionKey(partition: Partition, departments: Record<string, string>): string {
  return createHash('sha256').update(JSON.stringify(partition)).update(JSON.stringify(departments)).digest('hex');
}

/**
 * Per department of a partition, a hash of everything its pages read: the department's
 * JSON, its disclosures in the partition, their previous ones and those their statements
 * name (all the same department's), and the code. Pages of one department read nothing of
 * another (src/lib/search/partition-update.ts), so only departments whose key changed are
 * rebuilt.
 */
function departmentKeys(partition: Partition, ids: string[], content: string, code: string): Record<string, string> {
  const read = (path: string) => (existsSync(path) ? readFileSync(path) : Buffer.from('-'));
  const { own, previous } = partitionDependencies(partition, ids, statedYearsIn(content));
  const hashes = new Map<string, ReturnType<typeof createHash>>();
  const hashOf = (dept: string) => {
    let hash = hashes.get(dept);
    if (!hash) hashes.set(dept, (hash = createHash('sha256').update(code).update(String(partition.year)).update(read(join(content, 'departments', `${dept}.json`)))));
    return hash;
  };
  for (const id of own) hashOf(id.split('/')[1]).update(id).update(read(join(content, `${id}.json`))).update(read(join(content, `${id}.mdx`)));
  for (const id of previous) {
    const dept = id.split('/')[1];
    // A previous disclosure always belongs to a department of the partition.
    if (hashes.has(dept)) hashOf(dept).update(`prev:${id}`).update(read(join(content, `${id}.json`)));
  }
  return Object.fromEntries([...hashes].sort(([a], [b]) => a.localeCompare(b)).map(([dept, hash]) => [dept, hash.digest('hex')]));
}

function readState(file: string): PartitionState | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PartitionState;
  } catch {
    return undefined;
  }
}

/** The <url> entries of a build's sitemaps. */
function sitemapUrls(dist: string): string[] {
  return readdirSync(dist)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) => readFileSync(join(dist, f), 'utf8').match(/<url>[\s\S]*?<\/url>/g) ?? []);
}

/** A build's files below its top folder (relative paths), content-hashed assets excepted. */
function ownFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dist, join(e.parentPath, e.name)))
    .filter((path) => path.includes('/') && !path.startsWith('_astro/'));
}

/**
 * Files of a department build that belong to none of its departments (belongsTo) and are
 * not top files the partition's output also has (public/ files, sitemaps): a route that
 * writes elsewhere would make merging unsafe, so the partition is then built whole.
 */
function strayFiles(delta: string, dist: string, year: number, departments: string[]): string[] {
  const tops = readdirSync(delta, { withFileTypes: true }).filter((e) => !e.isDirectory() && !existsSync(join(dist, e.name))).map((e) => e.name);
  return [...tops, ...ownFiles(delta).filter((path) => !belongsTo(path, year, departments, KIND_NAMES))];
}

/**
 * Replaces some departments' pages in a partition's output with those of a department
 * build (`delta`, absent when departments were only removed): their files go, the new ones
 * are linked in, and the partition's sitemap is rewritten. Never writes into an existing
 * file: the output shares these files as hard links.
 */
function mergeDepartments(dist: string, delta: string | undefined, year: number, replaced: string[]): void {
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
  if (!existsSync(join(dist, 'sitemap-0.xml'))) return;
  const head = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').split('<url>')[0];
  for (const f of readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f))) rmSync(join(dist, f));
  writeFileSync(join(dist, 'sitemap-0.xml'), `${head}${urls.join('')}</urlset>`);
}

/**
 * A project root for one build: a copy of the config and src/ (src/pages reduced to the
 * disclosure route for a partition build) with links to node_modules and public/. Astro
 * keeps per-build state in <root>/.astro (content module maps, prerender chunks), so builds
 * that run side by side need roots of their own; copies, not links, because Astro keys its
 * compile cache by paths inside the root. src/ is about a megabyte: copying takes milliseconds.
 */
function overlayRoot(dir: string, disclosuresOnly: boolean): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (existsSync(join(ROOT, 'public'))) symlinkSync(join(ROOT, 'public'), join(dir, 'public'));
  // node_modules: a folder of links to the packages, not one link to the folder, so that
  // Vite's dependency cache (node_modules/.vite) is this build's own and not shared with
  // builds running beside it.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) if (name !== '.vite' && name !== '.astro' && !name.startsWith('.mingzhang')) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name));
  const pages = join(ROOT, 'src', 'pages');
  const keep = [join(pages, '[year]', '[department]', '[kind].astro'), join(pages, 'data', '[...file].ts'), join(pages, '_corpus.ts')];
  cpSync(join(ROOT, 'src'), join(dir, 'src'), {
    recursive: true,
    filter: (source) => !disclosuresOnly || !source.startsWith(pages) || source === pages || keep.some((k) => k === source || k.startsWith(`${source}/`)),
  });
  return dir;
}

/**
 * Puts `from` (a file or folder) at `to` as hard links: the output shares the build folders'
 * files instead of copying hundreds of megabytes. Safe because builds never modify a file in
 * place (they remove their output folder and write new files). Existing files at `to` are
 * kept when `keep` is true (content-hashed assets), else replaced. A folder named `skip`
 * directly under `from` is left out.
 */
function linkTree(from: string, to: string, keep = false, skip?: string): void {
  if (!statSync(from).isDirectory()) return linkFile(from, to, keep);
  mkdirSync(to, { recursive: true });
  // One readdir with types and one link per file: a partition has tens of thousands of files.
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name === skip) continue;
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name), keep);
    else linkFile(join(from, entry.name), join(to, entry.name), keep);
  }
}

function linkFile(from: string, to: string, keep: boolean): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (keep) return;
      rmSync(to);
      return linkFile(from, to, keep);
    }
    // Another file system (EXDEV) or no hard links: copy.
    cpSync(from, to);
  }
}

/**
 * Removes a previous output folder in a detached process: unlinking its 100,000-odd files
 * took longer than assembling the new output (12 of 17 s after one new disclosure at 6,000),
 * and nothing needs to wait for it. Leftovers of an interrupted removal are removed by the
 * next build the same way.
 */
function removeInBackground(...paths: string[]): void {
  if (paths.length === 0) return;
  spawn(process.execPath, ['-e', 'for (const p of process.argv.slice(1)) require("node:fs").rmSync(p, { recursive: true, force: true })', ...paths], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Runs tasks at most `limit` at a time, in the order added (`front`: before those waiting);
 * a task may add tasks while it runs (a batch adds its partitions' index steps). done()
 * settles when every task added has finished, or at the first failure.
 */
function runner(limit: number) {
  const queue: (() => Promise<unknown>)[] = [];
  let active = 0;
  let closed = false;
  let failure: unknown;
  let settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;
  const next = () => {
    if (failure !== undefined) return settle?.reject(failure);
    while (active < limit && queue.length > 0) {
      const task = queue.shift()!;
      active++;
      task().then(
        () => {
          active--;
          next();
        },
        (error) => {
          failure ??= error ?? new Error('step failed');
          next();
        },
      );
    }
    if (closed && queue.length === 0 && active === 0) settle?.resolve();
  };
  return {
    add(task: () => Promise<unknown>, front = false): void {
      if (front) queue.unshift(task);
      else queue.push(task);
      next();
    },
    done(): Promise<void> {
      closed = true;
      return new Promise((resolve, reject) => {
        settle = { resolve, reject };
        next();
      });
    },
  };
}

/**
 * Puts a batch build's output into its partitions' folders (`dirOf(partition)/dist`, made
 * anew) as hard links: each page, download folder and flat download to the partition of
 * its year and department (ownerOf), its sitemap entries likewise, and shared files
 * (content-hashed assets, public/ files) to every partition.
 */
function splitBatch(out: string, batch: Partition[], ids: string[], dirOf: (partition: Partition) => string): void {
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
    const loc = /<loc>([^<]*)<\/loc>/.exec(url)?.[1] ?? '';
    const p = partitionOf(new URL(loc, 'https://x').pathname.slice(1));
    for (const target of p ? [p] : batch) urls.get(target)!.push(url);
  }
  for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const path = relative(out, join(entry.parentPath, entry.name));
    if (/^sitemap-\d+\.xml$/.test(path)) continue;
    const p = path.includes('/') && !path.startsWith('_astro/') ? partitionOf(path) : undefined;
    for (const target of p ? [p] : batch) {
      const to = join(dists.get(target)!, path);
      mkdirSync(dirname(to), { recursive: true });
      linkFile(join(out, path), to, false);
    }
  }
  const first = readdirSync(out).find((f) => /^sitemap-\d+\.xml$/.test(f));
  if (!first) return;
  const head = readFileSync(join(out, first), 'utf8').split('<url>')[0];
  for (const [p, dist] of dists) writeFileSync(join(dist, 'sitemap-0.xml'), `${head}${urls.get(p)!.join('')}</urlset>`);
}

function provinceOf(content: string): (dept: string) => string {
  const cache = new Map<string, string>();
  return (dept) => {
    if (!cache.has(dept)) cache.set(dept, (JSON.parse(readFileSync(join(content, 'departments', `${dept}.json`), 'utf8')) as { region: { province: string } }).region.province);
    return cache.get(dept)!;
  };
}

/** A step that exited with an error; its output is printed once the build has stopped. */
class StepFailed extends Error {
  readonly step: StepResult;
  constructor(step: StepResult) {
    super(`${step.name} failed (exit ${step.code})`);
    this.step = step;
  }
}

function fail(step: StepResult): never {
  stopAll();
  throw new StepFailed(step);
}

/**
 * Says why a build failed. Bad content usually fails a page build (Astro's schema error,
 * in English) before the check, which runs beside the builds, has reported it; so unless
 * the check already passed, it runs now and its report is the one printed: every error,
 * with file, line, field and fix, in Chinese.
 */
function explainFailure(error: unknown, steps: StepResult[], content: string): never {
  if (!(error instanceof StepFailed)) throw error;
  if (error.step.name !== 'check' && !steps.some((s) => s.name === 'check' && s.code === 0)) {
    const check = spawnSync(NODE, [join(ROOT, 'scripts', 'check.ts'), '--content', content, '--quiet'], { encoding: 'utf8' });
    if (check.status !== 0) {
      process.stderr.write(`${check.stdout}${check.stderr}`);
      throw new Error('内容检查未通过（content check failed）');
    }
  }
  process.stderr.write(error.step.output);
  throw error;
}

/**
 * Merges the partitions' sitemaps into the site's: all <url> entries in files of at most
 * 45,000 (as @astrojs/sitemap splits them), sitemap-0.xml first, and the index rewritten.
 */
function mergeSitemaps(out: string, partitionSitemaps: string[], site: string): void {
  const indexFile = join(out, 'sitemap-index.xml');
  if (!existsSync(indexFile)) return;
  const own = readdirSync(out).filter((f) => /^sitemap-\d+\.xml$/.test(f)).sort((a, b) => Number(a.slice(8, -4)) - Number(b.slice(8, -4)));
  // Sorted by address: the same pages give the same sitemap however their partitions were built.
  const urls = [...own.map((f) => join(out, f)), ...partitionSitemaps].flatMap((f) => readFileSync(f, 'utf8').match(/<url>[\s\S]*?<\/url>/g) ?? []).sort();
  const head = readFileSync(join(out, own[0] ?? 'sitemap-0.xml'), 'utf8').split('<url>')[0];
  for (const f of own) rmSync(join(out, f));
  const files: string[] = [];
  for (let i = 0; i * 45000 < urls.length; i++) {
    files.push(`sitemap-${i}.xml`);
    writeFileSync(join(out, `sitemap-${i}.xml`), `${head}${urls.slice(i * 45000, (i + 1) * 45000).join('')}</urlset>`);
  }
  const index = readFileSync(indexFile, 'utf8');
  const entries = files.map((f) => `<sitemap><loc>${new URL(f, site).href}</loc></sitemap>`).join('');
  // Output files are hard links into the build folders: replace, never write in place.
  rmSync(indexFile);
  writeFileSync(indexFile, index.replace(/<sitemap>[\s\S]*<\/sitemap>/, entries));
}

/**
 * The new output, assembled in `<out>.new-<pid>` from the site build and each partition's
 * pages, assets, sitemap and index bundle, in whatever order they are ready (their files
 * never overlap except identical shared ones: public/ files and content-hashed assets), then
 * swapped in for the previous output, which is removed in the background.
 */
function stagedOutput(out: string, siteDist: string, work: string, partitions: Partition[]) {
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
        if (name === 'sitemap-index.xml') continue;
        if (/^sitemap-\d+\.xml$/.test(name)) {
          own.push(join(dist, name));
          continue;
        }
        // Year folders hold only disclosure pages; the year's own index.html comes from the site build.
        linkTree(join(dist, name), join(staging, name), true);
      }
      linkTree(join(dir, 'pagefind'), join(pagefindDir, partition.id), false, 'card');
      linkCards(join(dir, 'pagefind', 'card'), join(pagefindDir, 'cards'));
    },
    finish(): void {
      mergeSitemaps(staging, partitions.flatMap((p) => sitemaps.get(p.id) ?? []), process.env.MINGZHANG_SITE ?? 'https://mingzhang.example');
      writeManifest(pagefindDir, [{ id: 'site', path: 'site/', size: 0 }, ...partitions.map((p) => ({ id: p.id, path: `${p.id}/`, year: p.year, provinces: p.provinces, size: p.size }))]);
      const old = `${out}.old-${process.pid}`;
      if (existsSync(out)) renameSync(out, old);
      renameSync(staging, out);
      removeInBackground(old);
    },
  };
}

/** Builds the site; throws on any failed step. */
export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const content = resolve(options.content);
  const work = resolve(options.cache);
  mkdirSync(work, { recursive: true });
  const baseEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', MINGZHANG_CONTENT: content };
  const steps: StepResult[] = [];
  // Astro puts its prerender chunks in <cwd>/.astro when outDir is outside the cwd, so two
  // builds run from the project root would overwrite each other's: each runs in its own folder.
  const run = async (name: string, command: string, args: string[], env: NodeJS.ProcessEnv = baseEnv, cwd = ROOT) => {
    const measured = await runMeasured(name, command, args, { cwd, env, echo: options.echo });
    // When it started within this build: steps run side by side, so this shows what waited.
    const step = { ...measured, startedAt: measured.startedAt! - started };
    steps.push(step);
    if (step.code !== 0) fail(step);
    return step;
  };
  const ids = disclosureIds(content);

  const code = codeKey();
  // The check remembers unchanged files between builds of the same code (check-memo.ts).
  const checkStep = () => run('check', NODE, [join(ROOT, 'scripts', 'check.ts'), '--content', content, '--quiet', '--memo', join(work, 'check-memo.json'), '--memo-key', code]);

  if (options.single) {
    try {
      await checkStep();
      // The baseline: one build of everything, one index of everything.
      const dist = join(work, 'single');
      rmSync(dist, { recursive: true, force: true });
      const root = overlayRoot(join(work, 'root-single'), false);
      await run('pages (all)', NODE, [ASTRO, 'build', '--root', root, '--outDir', dist], { ...baseEnv, MINGZHANG_CACHE_DIR: join(work, 'cache-single') }, root);
      const index = await run('index (all)', NODE, [join(ROOT, 'scripts', 'index-search.ts'), '--site', dist, '--out', join(dist, 'pagefind', 'all'), '--scope', 'all', '--content', content]);
      linkCards(join(dist, 'pagefind', 'all', 'card'), join(dist, 'pagefind', 'cards'));
      rmSync(join(dist, 'pagefind', 'all', 'card'), { recursive: true });
      writeManifest(join(dist, 'pagefind'), [{ id: 'all', path: 'all/', size: ids.length }]);
      rmSync(options.out, { recursive: true, force: true });
      renameSync(dist, options.out);
      return { steps, partitions: [], ms: performance.now() - started, disclosures: ids.length, indexedPages: indexedCount(index.output) };
    } catch (error) {
      explainFailure(error, steps, content);
    }
  }

  const province = provinceOf(content);
  const partitions = planPartitions(
    ids.map((id) => ({ id, province: province(id.split('/')[1]) })),
    { maxSize: options.maxPartition },
  );
  const keysFile = join(work, 'partition-keys.json');
  const previousKeys: Record<string, string> = existsSync(keysFile) ? JSON.parse(readFileSync(keysFile, 'utf8')) : {};
  const keys: Record<string, string> = {};
  let indexedPages = 0;

  const siteDist = join(work, 'site');
  const out = resolve(options.out);
  // Output is assembled in a staging folder while steps still run: a partition's links as
  // soon as it is built or found unchanged, the site's when the site is built.
  const staging = stagedOutput(out, siteDist, work, partitions);
  const siteTask = async () => {
    rmSync(siteDist, { recursive: true, force: true });
    const root = overlayRoot(join(work, 'root-site'), false);
    await run('pages (site)', NODE, [ASTRO, 'build', '--root', root, '--outDir', siteDist], { ...baseEnv, MINGZHANG_PARTITION: 'site', MINGZHANG_CACHE_DIR: join(work, 'cache-site') }, root);
    // Index files are hard links in the output: a new index, never one written over.
    rmSync(join(work, 'index-site'), { recursive: true, force: true });
    const index = await run('index (site)', NODE, [join(ROOT, 'scripts', 'index-search.ts'), '--site', siteDist, '--out', join(work, 'index-site'), '--scope', 'site', '--content', content]);
    indexedPages += indexedCount(index.output);
    if (!options.only) staging.site();
  };
  const rebuilt = new Set<string>();
  type Task = () => Promise<unknown>;
  // The site build, the longest step, starts before the partitions' keys are read (~2 s).
  const queue = runner(options.jobs);
  if (!options.assembleOnly && (!options.only || options.only === 'site')) queue.add(siteTask);
  // Each partition: unchanged (kept), some departments rebuilt, or built whole (in batches).
  const selected = options.assembleOnly || (options.only && !partitions.some((p) => p.id === options.only)) ? [] : partitions.filter((p) => !options.only || p.id === options.only);
  const whole: { partition: Partition; state: PartitionState }[] = [];
  const unchanged: Partition[] = [];
  const partitionTasks: Task[] = [];
  const finish = async (partition: Partition, state: PartitionState) => {
    const dir = join(work, 'partitions', partition.id);
    // Index files are hard links in the output: a new index, never one written over.
    rmSync(join(dir, 'pagefind'), { recursive: true, force: true });
    const index = await run(`index ${partition.id}`, NODE, [join(ROOT, 'scripts', 'index-search.ts'), '--site', join(dir, 'dist'), '--out', join(dir, 'pagefind'), '--scope', JSON.stringify(partition), '--content', content]);
    indexedPages += indexedCount(index.output);
    writeFileSync(join(dir, 'done'), JSON.stringify(state));
    if (!options.only) staging.partition(partition);
  };
  for (const partition of selected) {
    const state: PartitionState = { code, year: partition.year, departments: departmentKeys(partition, ids, content, code) };
    const key = partitionKey(partition, state.departments);
    keys[partition.id] = key;
    const dir = join(work, 'partitions', partition.id);
    const stateFile = join(dir, 'done');
    const previous = readState(stateFile);
    const update = previousKeys[partition.id] === key && previous ? { kind: 'unchanged' as const } : planPartitionUpdate(previous, state);
    if (update.kind === 'unchanged') {
      writeFileSync(stateFile, JSON.stringify(state));
      indexedPages += partition.size;
      unchanged.push(partition);
      continue;
    }
    rebuilt.add(partition.id);
    const dist = join(dir, 'dist');
    if (update.kind === 'full' || !existsSync(dist)) {
      whole.push({ partition, state });
      continue;
    }
    partitionTasks.push(async () => {
      rmSync(stateFile, { force: true });
      const delta = join(dir, 'departments');
      rmSync(delta, { recursive: true, force: true });
      if (update.build.length > 0) {
        const root = overlayRoot(join(work, 'roots', partition.id), true);
        const scope: Partition = { id: partition.id, year: partition.year, departments: update.build, size: ids.filter((id) => inPartition({ year: partition.year, departments: update.build }, id)).length };
        const total = Object.keys(state.departments).length;
        await run(`pages ${partition.id} (${update.build.length} of ${total} departments)`, NODE, [ASTRO, 'build', '--root', root, '--outDir', delta], { ...baseEnv, MINGZHANG_PARTITION: JSON.stringify(scope), MINGZHANG_CACHE_DIR: join(work, 'cache', `${partition.id}-departments`) }, root);
      }
      const stray = update.build.length > 0 ? strayFiles(delta, dist, partition.year, update.build) : [];
      if (stray.length === 0) mergeDepartments(dist, update.build.length > 0 ? delta : undefined, partition.year, [...update.build, ...update.remove]);
      rmSync(delta, { recursive: true, force: true });
      if (stray.length > 0) {
        if (options.echo) console.log(`${partition.id}: a department build wrote ${stray.slice(0, 3).join(', ')}; building the partition whole`);
        await buildBatch([partition]);
      }
      await finish(partition, state);
    });
  }

  /** One `astro build` of the pages of several partitions, split into each partition's folder. */
  const buildBatch = async (batch: Partition[]) => {
    const name = batch.length === 1 ? batch[0].id : `${batch[0].id}–${batch.at(-1)!.id}`;
    const batchOut = join(work, 'batch', batch[0].id);
    rmSync(batchOut, { recursive: true, force: true });
    const root = overlayRoot(join(work, 'roots', batch[0].id), true);
    const env = { ...baseEnv, MINGZHANG_PARTITION: JSON.stringify(batch.length === 1 ? batch[0] : batch), MINGZHANG_CACHE_DIR: join(work, 'cache', batch[0].id) };
    await run(`pages ${name}`, NODE, [ASTRO, 'build', '--root', root, '--outDir', batchOut], env, root);
    splitBatch(batchOut, batch, ids, (p) => join(work, 'partitions', p.id));
    removeInBackground(batchOut);
  };
  // Batches, then department rebuilds; a batch's index steps go first as it is done. The
  // check runs beside the builds (a failure still fails the whole build, with its report):
  // after the first batch, so that the last steps are small index steps that share both
  // cores; after a small change the site and the changed partitions are the ones to wait for.
  const batches = planBatches(whole.map((w) => ({ ...w, size: w.partition.size })), options.maxBatch ?? DEFAULT_MAX_PAGE_BATCH).map((batch) => async () => {
    await buildBatch(batch.map((b) => b.partition));
    for (const { partition, state } of batch.reverse()) queue.add(() => finish(partition, state), true);
  });
  const checking = !options.assembleOnly && (!options.only || options.only === 'check');
  for (const [i, task] of [...batches, ...partitionTasks].entries()) {
    queue.add(task);
    if (i === 0 && checking) queue.add(checkStep);
  }
  if (checking && batches.length + partitionTasks.length === 0) queue.add(checkStep);
  // Unchanged partitions are linked into the output while the steps run, not before they
  // start: linking thousands of pages takes seconds (~5 s at 6,000 disclosures), which
  // delayed a one-disclosure rebuild's partition step by as much.
  if (!options.only) {
    try {
      for (const partition of unchanged) {
        staging.partition(partition);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      // The steps are running: stop them before reporting, as a failed step does.
      stopAll();
      await queue.done().catch(() => undefined);
      throw error;
    }
  }
  if (options.only && !['site', 'check'].includes(options.only) && selected.length === 0) throw new Error(`no step "${options.only}": partitions are ${partitions.map((p) => p.id).join(', ')}`);
  await queue.done().catch((error: unknown) => explainFailure(error, steps, content));
  writeFileSync(keysFile, JSON.stringify({ ...(options.only || options.assembleOnly ? previousKeys : {}), ...keys }, null, 2));
  if (options.only) return { steps, partitions: partitions.map((p) => ({ ...p, rebuilt: rebuilt.has(p.id) })), ms: performance.now() - started, disclosures: ids.length, indexedPages };
  if (options.assembleOnly) {
    const absent = [...partitions.map((p) => join(work, 'partitions', p.id, 'done')), join(siteDist, 'index.html')].filter((f) => !existsSync(f));
    if (absent.length) throw new Error(`cannot assemble: missing ${absent.join(', ')}`);
    for (const p of partitions) indexedPages += p.size;
  }

  // Assemble (what staging has not linked yet), then put the new output in place.
  const assembleStart = performance.now();
  staging.site();
  for (const partition of partitions) staging.partition(partition);
  staging.finish();
  steps.push({ name: 'assemble', ms: performance.now() - assembleStart, startedAt: assembleStart - started, peakRss: process.memoryUsage().rss, code: 0, output: '' });

  // The build's own promise: every disclosure has its page in the output.
  const missing = ids.filter((id) => !existsSync(join(out, id, 'index.html')));
  if (missing.length > 0) throw new Error(`${missing.length} disclosure pages missing from ${out}, e.g. ${missing.slice(0, 3).join(', ')}`);
  return { steps, partitions: partitions.map((p) => ({ ...p, rebuilt: rebuilt.has(p.id) })), ms: performance.now() - started, disclosures: ids.length, indexedPages };
}

function indexedCount(output: string): number {
  return Number(/search index: (\d+) of/.exec(output)?.[1] ?? 0);
}

/**
 * Links a bundle's result cards into the one /pagefind/cards/ folder, so the search page
 * finds a card by Pagefind page id alone; ids that two bundles share become one card file
 * holding both cards (the page then tells them apart by URL).
 */
function linkCards(from: string, target: string): void {
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
      // By address: the same cards make the same file in whichever order bundles arrive.
      const both = [...JSON.parse(gunzipSync(readFileSync(to)).toString('utf8')), ...JSON.parse(gunzipSync(readFileSync(join(from, file))).toString('utf8'))].sort((a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
      // Output files are hard links into the build folders: replace, never write in place.
      rmSync(to);
      writeFileSync(to, gzipSync(JSON.stringify(both), { level: 9 }));
    }
  }
}

/** The list of index bundles the search page merges; the shared engine files sit beside it. */
function writeManifest(pagefindDir: string, bundles: { id: string; path: string; size: number; year?: number; provinces?: string[] }[]): void {
  mkdirSync(pagefindDir, { recursive: true });
  // The search worker carries the engine (src/client/search/vendor/pagefind.js), so no
  // bundle keeps pagefind.js; the WebAssembly is fetched from the first bundle (the site
  // bundle), which every search loads first.
  for (const bundle of bundles) {
    for (const file of readdirSync(join(pagefindDir, bundle.path))) {
      // Only the index data is used; the engine, the UI kits and Pagefind's worker are not.
      if (/^pagefind[-.](component-ui|modular-ui|ui|highlight|worker)\b|^pagefind\.js$/.test(file) || (bundle !== bundles[0] && file === 'wasm.unknown.pagefind')) rmSync(join(pagefindDir, bundle.path, file), { force: true });
    }
  }
  const listed = bundles.map((bundle) => ({ ...bundle, ...bundleFiles(join(pagefindDir, bundle.path)) }));
  writeFileSync(join(pagefindDir, 'partitions.json'), `${JSON.stringify({ version: 1, bundles: listed }, null, 2)}\n`);
}

/**
 * What the engine loads first from a bundle, in the manifest so that the search worker
 * neither waits for the entry file nor fetches it: the entry file's content, the metadata
 * file and, where the bundle has it, the WebAssembly (entryFiles: the ones the engine picks).
 */
function bundleFiles(dir: string): { entry?: PagefindEntry; meta?: string; wasm?: string } {
  const entryFile = join(dir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return {};
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
  const files = entryFiles(entry);
  if (!files) return {};
  return { entry, meta: files.meta, ...(existsSync(join(dir, files.wasm)) ? { wasm: files.wasm } : {}) };
}

/** Prints the report as a table. */
export function formatReport(report: BuildReport): string {
  const at = (s: StepResult) => (s.startedAt === undefined ? '' : `${(s.startedAt / 1000).toFixed(1)} s`);
  const rows = report.steps.map((s) => `| ${s.name} | ${at(s)} | ${(s.ms / 1000).toFixed(1)} s | ${formatBytes(s.peakRss)} |`);
  const rebuilt = report.partitions.filter((p) => p.rebuilt).map((p) => p.id);
  return [
    `| step | started at | time | peak memory (process tree) |`,
    `| --- | --- | --- | --- |`,
    ...rows,
    '',
    `${report.disclosures} disclosures in ${report.partitions.length} partitions (rebuilt: ${rebuilt.length ? rebuilt.join(', ') : 'none'}); ${report.indexedPages} pages indexed; total ${(report.ms / 1000).toFixed(1)} s on ${cpus().length} cores.`,
  ].join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'dist' },
      content: { type: 'string', default: process.env.MINGZHANG_CONTENT ?? 'content' },
      'max-partition': { type: 'string', default: String(process.env.MINGZHANG_MAX_PARTITION ?? DEFAULT_MAX_PARTITION_SIZE) },
      'max-batch': { type: 'string', default: String(process.env.MINGZHANG_MAX_BATCH ?? DEFAULT_MAX_PAGE_BATCH) },
      jobs: { type: 'string', default: String(Math.max(1, cpus().length)) },
      cache: { type: 'string', default: join(ROOT, 'node_modules', '.mingzhang-build') },
      report: { type: 'string' },
      single: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      plan: { type: 'boolean', default: false },
      only: { type: 'string' },
      assemble: { type: 'boolean', default: false },
    },
  });
  if (values.plan) {
    // For a CI matrix: one entry per partition (without its department list, which can be long).
    const plan = planBuild(values.content!, Number(values['max-partition']));
    console.log(JSON.stringify({ include: plan.map((p) => ({ partition: p.id, year: p.year, size: p.size, key: p.key.slice(0, 32) })) }));
    process.exit(0);
  }
  // A failed step has printed its own report (the check's: every error, with file and line).
  const report = await buildSite({
    out: resolve(values.out!),
    content: values.content!,
    maxPartition: Number(values['max-partition']),
    maxBatch: Number(values['max-batch']),
    jobs: Number(values.jobs),
    cache: values.cache!,
    single: values.single!,
    echo: values.verbose,
    only: values.only,
    assembleOnly: values.assemble,
  }).catch((error: Error) => {
    console.error(`构建失败（build failed）：${error.message}`);
    process.exit(1);
  });
  console.log(formatReport(report));
  if (values.report) {
    mkdirSync(dirname(resolve(values.report)), { recursive: true });
    writeFileSync(values.report, JSON.stringify({ ...report, steps: report.steps.map(({ output: _output, ...s }) => s) }, null, 2));
  }
}
