/**
 * The search-at-scale benchmark (`npm run bench -- --size 6000`):
 *
 *   node scripts/bench/run.ts --size 6000 [--jobs 2] [--max-partition 1500] [--baseline|--no-baseline]
 *                             [--work /tmp/mingzhang-bench-6000] [--record] [--out FILE.json] [--skip-queries]
 *
 * 1. generates a synthetic corpus of --size disclosures (+1 held back) in a temporary folder;
 * 2. full partitioned build (scripts/build-site.ts): check, site pages, each partition's
 *    pages and index; time and peak memory (process tree) of every step;
 * 3. adds the held-back disclosure (newest year, one whose department has the previous year)
 *    and rebuilds: what a new disclosure costs; then corrects another's title and rebuilds;
 * 4. the baseline in the same run, where it fits: one `astro build` of everything and one
 *    stock Pagefind index (`pagefind --site`, its own Chinese segmentation);
 * 5. fixed queries, cold, in headless Chromium, on both sites: bytes and requests fetched,
 *    time to first results; without and with gzip for text files; then the landing time
 *    again over three passes (one pass varies with the machine), with nothing attached to
 *    the pages (pipe-browser.ts) and through Playwright, and the baseline's.
 * Prints Markdown tables; --record makes the run the current report of its size in docs/bench/
 * and adds its row to docs/bench/history.md (history.ts); --out writes the figures as JSON elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseCommandLine } from '../../src/lib/cli-args.ts';
import { buildSite } from '../build/pipeline.ts';
import { formatReport, type BuildReport } from '../build/report.ts';
import type { Planted } from './corpus/plant.ts';
import { writeCorpus } from './generate-corpus.ts';
import { checkHiddenAnswers, type HiddenAnswers } from './hidden-answers.ts';
import { recordRun } from './history.ts';
import { formatBytes, runMeasured, type StepResult } from '../build/measure.ts';
import { type LandingFigures, measureLandings, measureQueries, median, QUERIES, type QueryFigures } from './queries.ts';

/** Passes of cold landings for the steadier landing figure. */
const LANDING_RUNS = 3;

const ROOT = resolve(import.meta.dirname, '..', '..');


function du(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, name) => n + du(join(path, name)), 0);
}

function count(path: string): number {
  if (!existsSync(path)) return 0;
  return statSync(path).isDirectory() ? readdirSync(path).reduce((n, name) => n + count(join(path, name)), 0) : 1;
}

/** Holds back one newest-year disclosure whose department and kind have the previous year. */
function holdBack(corpus: string, hold: string): string {
  const years = readdirSync(corpus).filter((n) => /^\d{4}$/.test(n)).sort();
  const newest = years.at(-1)!;
  const previous = years.at(-2)!;
  for (const dept of readdirSync(join(corpus, newest)).sort()) {
    for (const file of readdirSync(join(corpus, newest, dept)).filter((f) => f.endsWith('.json'))) {
      if (!existsSync(join(corpus, previous, dept, file))) continue;
      const id = `${newest}/${dept}/${file.slice(0, -5)}`;
      mkdirSync(join(hold, newest, dept), { recursive: true });
      for (const ext of ['.json', '.mdx']) renameSync(join(corpus, `${id}${ext}`), join(hold, `${id}${ext}`));
      if (readdirSync(join(corpus, newest, dept)).length === 0) rmSync(join(corpus, newest, dept), { recursive: true });
      return id;
    }
  }
  throw new Error('no disclosure to hold back');
}

/** Corrects the title of the first disclosure of the year before the newest that is not of `held`'s body. */
function correctOne(corpus: string, held: string): string {
  const years = readdirSync(corpus).filter((n) => /^\d{4}$/.test(n)).sort();
  const year = years.at(-2) ?? years.at(-1)!;
  const dept = readdirSync(join(corpus, year)).sort().find((d) => d !== held.split('/')[1])!;
  const file = readdirSync(join(corpus, year, dept)).sort().find((f) => f.endsWith('.json'))!;
  const json = JSON.parse(readFileSync(join(corpus, year, dept, file), 'utf8')) as { title: string };
  writeFileSync(join(corpus, year, dept, file), `${JSON.stringify({ ...json, title: `${json.title}（更正）` }, null, 2)}\n`);
  return `${year}/${dept}/${file.slice(0, -5)}`;
}

const table = (head: string[], rows: (string | number)[][]) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function queryTable(label: string, figures: QueryFigures[], ours: boolean): string {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const columns: [string, (f: QueryFigures) => number, (x: number) => string | number][] = [
    ['bytes to first results', (f) => f.bytes, kb],
    ['requests', (f) => f.requests, String],
    ['query → results', (f) => f.searchMs, ms],
    ['navigation → results', (f) => f.pageMs, ms],
    ...(ours
      ? ([
          ['typed on an open search page: bytes', (f) => f.typedBytes ?? 0, kb],
          ['requests', (f) => f.typedRequests ?? 0, String],
          ['query → results', (f) => f.typedMs ?? 0, ms],
          ['+ partial matches and facet counts', (f) => f.bytesWithFacets ?? 0, kb],
          ['every year at once, cold', (f) => f.bytesEverything ?? 0, kb],
        ] as typeof columns)
      : []),
  ];
  const rows = figures.map((f) => [f.query, f.results, ...columns.map(([, get, show]) => show(get(f)))]);
  rows.push(['**median**', '', ...columns.map(([, get, show]) => show(median(figures.map(get))))]);
  return `${label}\n\n${table(['query', 'results', ...columns.map(([name]) => name)], rows)}`;
}

if (import.meta.main) {
  const { values } = parseCommandLine({
    options: {
      size: { type: 'string', default: '1000' },
      jobs: { type: 'string', default: String(cpus().length) },
      'max-partition': { type: 'string' },
      baseline: { type: 'boolean' },
      'no-baseline': { type: 'boolean' },
      work: { type: 'string' },
      out: { type: 'string' },
      record: { type: 'boolean', default: false },
      'skip-queries': { type: 'boolean', default: false },
    },
  });
  const size = Number(values.size);
  for (const [name, value] of Object.entries({ size: values.size, jobs: values.jobs, 'max-partition': values['max-partition'] })) {
    if (value !== undefined && !/^[1-9]\d*$/.test(value)) {
      console.error(`选项 --${name} 需要一个正整数（positive integer），现在是 "${value}"`);
      process.exit(2);
    }
  }
  const work = resolve(values.work ?? `/tmp/mingzhang-bench-${size}`);
  const baseline = values['no-baseline'] ? false : (values.baseline ?? size <= 6000);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const corpus = join(work, 'content');
  const lines: string[] = [`# 明账 search benchmark: ${size} disclosures`, '', `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM; Node ${process.version}; ${new Date().toISOString()}.`, ''];
  const log = (text: string) => {
    lines.push(text, '');
    console.log(`${text}\n`);
  };

  let t = performance.now();
  writeCorpus(size + 1, corpus, undefined, join(work, 'planted.json'));
  const held = holdBack(corpus, join(work, 'held'));
  log(`Generated ${size} disclosures (+1 held back: ${held}) in ${s(performance.now() - t)}; ${formatBytes(du(corpus))} of content.`);
  // Articles and the real departments are not part of the synthetic corpus; the site still needs the folder.
  mkdirSync(join(corpus, 'articles'), { recursive: true });

  const options = { content: corpus, jobs: Number(values.jobs), maxPartition: Number(values['max-partition'] ?? process.env.MINGZHANG_MAX_PARTITION ?? 1500), single: false };
  const full = await buildSite({ ...options, out: join(work, 'dist'), cache: join(work, 'build') });
  const dist = join(work, 'dist');
  log(`## Full build (partitioned)\n\n${formatReport(full)}`);
  const outputSize = du(dist);
  const indexSize = du(join(dist, 'pagefind'));
  // Result cards: the site bundle's card files and each partition's packs (card-pack.ts).
  const cardDirs = [join(dist, 'pagefind', 'cards'), ...readdirSync(join(dist, 'pagefind')).map((b) => join(dist, 'pagefind', b, 'card-pack')).filter((d) => existsSync(d))];
  const sum = (f: (dir: string) => number) => cardDirs.reduce((n, d) => n + (existsSync(d) ? f(d) : 0), 0);
  const files = count(dist);
  log(table(['output', 'size', 'files'], [['whole site', formatBytes(outputSize), files], ['search (pagefind/)', formatBytes(indexSize), count(join(dist, 'pagefind'))], ['of which result cards', formatBytes(sum(du)), sum(count)], ['per disclosure', formatBytes(outputSize / size), (files / size).toFixed(1)]]));
  const check = full.steps.find((x) => x.name === 'check')!;
  const pages = full.steps.filter((x) => x.name.startsWith('pages'));
  const index = full.steps.filter((x) => x.name.startsWith('index'));
  const peak = (xs: StepResult[]) => formatBytes(Math.max(...xs.map((x) => x.peakRss)));
  const sumMs = (xs: StepResult[]) => xs.reduce((n, x) => n + x.ms, 0);
  log(
    table(
      ['figure', 'value'],
      [
        ['check time', s(check.ms)],
        ['pages: build time (sum of steps; they run ' + options.jobs + ' at a time)', s(sumMs(pages))],
        ['index: time (sum of steps)', s(sumMs(index))],
        ['full build, wall clock', s(full.ms)],
        ['wall clock per 1,000 disclosures', s((full.ms / size) * 1000)],
        ['peak memory: check / pages (largest step) / index (largest step)', `${peak([check])} / ${peak(pages)} / ${peak(index)}`],
        ['partitions', `${full.partitions.length} (largest ${Math.max(...full.partitions.map((p) => p.size))} disclosures)`],
      ],
    ),
  );

  // One new disclosure.
  for (const ext of ['.json', '.mdx']) cpSync(join(work, 'held', `${held}${ext}`), join(corpus, `${held}${ext}`));
  t = performance.now();
  const again: BuildReport = await buildSite({ ...options, out: join(work, 'dist'), cache: join(work, 'build') });
  log(`## Adding one disclosure (${held}) and rebuilding\n\n${formatReport(again)}\n\nRebuild: ${s(again.ms)} = ${((again.ms / full.ms) * 100).toFixed(0)}% of the full build.`);

  // One corrected disclosure: a title shown on its pages, its year's, its body's and the home page.
  const fixed = correctOne(corpus, held);
  const corrected: BuildReport = await buildSite({ ...options, out: join(work, 'dist'), cache: join(work, 'build') });
  log(`## Correcting one disclosure (${fixed}, its title) and rebuilding\n\n${formatReport(corrected)}\n\nRebuild: ${s(corrected.ms)} = ${((corrected.ms / full.ms) * 100).toFixed(0)}% of the full build.`);

  let base: { steps: StepResult[]; ms: number; dist: string } | undefined;
  if (baseline) {
    // The baseline: everything in one astro build, one stock Pagefind index with its own segmentation.
    const bdist = join(work, 'baseline');
    const bstart = performance.now();
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', MINGZHANG_CONTENT: corpus, MINGZHANG_CACHE_DIR: join(work, 'baseline-cache') };
    const steps = [
      await runMeasured('baseline pages (one astro build, check included)', process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', bdist], { cwd: ROOT, env }),
    ];
    if (steps[0].code !== 0) throw new Error(steps[0].output);
    steps.push(await runMeasured('baseline index (pagefind --site, zh segmentation)', join(ROOT, 'node_modules', '.bin', 'pagefind'), ['--site', bdist], { cwd: ROOT, env }));
    if (steps[1].code !== 0) throw new Error(steps[1].output);
    base = { steps, ms: performance.now() - bstart, dist: bdist };
    log(`## Baseline (same corpus, same run)\n\n${table(['step', 'time', 'peak memory'], steps.map((x) => [x.name, s(x.ms), formatBytes(x.peakRss)]))}\n\nBaseline total ${s(base.ms)}; output ${formatBytes(du(bdist))}, index ${formatBytes(du(join(bdist, 'pagefind')))}. Partitioned build / baseline: ${(full.ms / base.ms).toFixed(2)}× time; peak memory of the largest step ${peak(full.steps)} vs ${peak(steps)}.`);
  }

  // Hidden answers: the planted phrases through the search page, every year's results.
  let hidden: HiddenAnswers | undefined;
  if (!values['skip-queries']) {
    hidden = await checkHiddenAnswers(dist, JSON.parse(readFileSync(join(work, 'planted.json'), 'utf8')) as Planted[]);
    log(`## Hidden answers\n\n${hidden.phrases} planted phrases in ${hidden.expected} disclosures: recall ${(hidden.found / hidden.expected).toFixed(3)} (${hidden.found}/${hidden.expected} found as exact matches), ${hidden.inversions} rank inversions, ${hidden.falseExact} exact matches without the phrase.${hidden.missing.length ? ` Missing: ${hidden.missing.join('; ')}.` : ''}`);
  }

  const figures: Record<string, QueryFigures[]> = {};
  let landing: LandingFigures | undefined;
  let landingAttached: LandingFigures | undefined;
  let landingBaseline: LandingFigures | undefined;
  if (!values['skip-queries']) {
    const dept = JSON.parse(readFileSync(join(corpus, 'departments', readdirSync(join(corpus, 'departments')).sort().at(-1)!), 'utf8')) as { shortName: string };
    const queries = [...QUERIES, dept.shortName];
    for (const gzip of [false, true]) {
      figures[`ours${gzip ? '-gzip' : ''}`] = await measureQueries(dist, queries, { gzip });
      log(queryTable(`## Cold queries, partitioned site, ${gzip ? 'gzip for text files' : 'no HTTP compression'}`, figures[`ours${gzip ? '-gzip' : ''}`], true));
      if (base) {
        figures[`baseline${gzip ? '-gzip' : ''}`] = await measureQueries(base.dist, queries, { gzip, baseline: true });
        log(queryTable(`## Cold queries, baseline (stock Pagefind, one index), ${gzip ? 'gzip for text files' : 'no HTTP compression'}`, figures[`baseline${gzip ? '-gzip' : ''}`], false));
      }
    }
    // One pass moves by 50-100 ms with the machine: the landing time again, over three
    // passes, with nothing attached to the pages (as in a reader's browser), then through
    // Playwright as above, and the baseline's the same way.
    const landingLine = (f: LandingFigures) => `query → first results: median ${f.searchMs} ms (quartiles ${f.searchMsQuartiles.join('–')} ms); navigation → first results: median ${f.pageMs} ms; ${f.samples} cold landings`;
    [landing] = await measureLandings([dist], queries, { gzip: true, runs: LANDING_RUNS });
    [landingAttached] = await measureLandings([dist], queries, { gzip: true, runs: LANDING_RUNS, attached: true });
    if (base) [landingBaseline] = await measureLandings([base.dist], queries, { gzip: true, runs: LANDING_RUNS, baseline: true });
    log(
      [
        `## Landing on /search/?q=…, gzip, ${LANDING_RUNS} passes`,
        '',
        `- Nothing attached to the page (scripts/bench/pipe-browser.ts): ${landingLine(landing)}.`,
        `- Through Playwright (as the tables above): ${landingLine(landingAttached)}.`,
        // Our page starts its worker from its head, before its script sends the query; the
        // baseline's page starts loading Pagefind when its script runs: the navigation
        // figures compare the two from the same point.
        ...(landingBaseline ? [`- Baseline, nothing attached: ${landingLine(landingBaseline)}. Ours / baseline: ${(landing.searchMs / landingBaseline.searchMs).toFixed(2)}× query → first results, ${(landing.pageMs / landingBaseline.pageMs).toFixed(2)}× navigation → first results.`] : []),
      ].join('\n'),
    );
  }

  const strip = (r: BuildReport) => ({ ...r, steps: r.steps.map(({ output: _o, ...x }) => x) });
  const report = { size, full: strip(full), incremental: strip(again), corrected: strip(corrected), baseline: base && { ms: base.ms, steps: base.steps.map(({ output: _o, ...x }) => x) }, outputSize, indexSize, queries: figures, landing, landingAttached, landingBaseline, hidden };
  const json = JSON.stringify(report, null, 2);
  if (values.out) {
    mkdirSync(dirname(resolve(values.out)), { recursive: true });
    writeFileSync(values.out, json);
    writeFileSync(values.out.replace(/\.json$/, '.md'), lines.join('\n'));
  }
  if (values.record) {
    const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
    recordRun(join(ROOT, 'docs', 'bench'), report, json, lines.join('\n'), new Date().toISOString().slice(0, 10), commit);
  }
}
