/**
 * Writes a synthetic corpus for the benchmark to a folder (never into content/):
 *
 *   node scripts/bench/generate-corpus.ts --size 6000 --out /tmp/mz-corpus-6000 [--seed 1]
 *
 * Templates are the bundled seeds (content/) and the valid fixtures; article bodies add prose.
 * The result is a content folder that `node scripts/check.ts --content <dir>` accepts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseCommandLine } from '../../src/lib/cli-args.ts';
import { generateCorpus, type Template } from './corpus/generate.ts';
import { plantPhrases, type Planted } from './corpus/plant.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Every disclosure (JSON + MDX + its department) under a content folder. */
export function readTemplates(contentDir: string): Template[] {
  const templates: Template[] = [];
  for (const year of readdirSync(contentDir).filter((n) => /^\d{4}$/.test(n))) {
    for (const dept of readdirSync(join(contentDir, year))) {
      for (const file of readdirSync(join(contentDir, year, dept)).filter((f) => f.endsWith('.json'))) {
        const base = join(contentDir, year, dept, file.replace(/\.json$/, ''));
        if (!existsSync(`${base}.mdx`)) continue;
        templates.push({
          id: `${year}/${dept}/${file.replace(/\.json$/, '')}`,
          json: JSON.parse(readFileSync(`${base}.json`, 'utf8')),
          mdx: readFileSync(`${base}.mdx`, 'utf8'),
          department: JSON.parse(readFileSync(join(contentDir, 'departments', `${dept}.json`), 'utf8')),
        });
      }
    }
  }
  return templates;
}

/**
 * Generates `size` disclosures into `out` (emptied first), with the benchmark's planted
 * phrases (corpus/plant.ts; their list written to `plantedFile` when given), over ten fiscal
 * years from 2015 unless `years` says otherwise; returns the number of files.
 */
export function writeCorpus(size: number, out: string, seed = 20240601, plantedFile?: string, years?: { first: number; count: number }): number {
  const templates = [...readTemplates(join(ROOT, 'content')), ...readTemplates(join(ROOT, 'test/fixtures/valid/content'))];
  const articles = join(ROOT, 'content', 'articles');
  const prose = readdirSync(articles).map((f) => readFileSync(join(articles, f), 'utf8'));
  const { files, planted } = plantPhrases(generateCorpus({ templates, prose }, { size, seed, firstYear: years?.first, years: years?.count }));
  if (plantedFile) writeFileSync(plantedFile, `${JSON.stringify(planted satisfies Planted[], null, 2)}\n`);
  rmSync(out, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(out, file.path)), { recursive: true });
    writeFileSync(join(out, file.path), file.text);
  }
  return files.length;
}

if (import.meta.main) {
  const { values } = parseCommandLine({ options: { size: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '20240601' } } });
  const size = Number(values.size);
  const out = resolve(values.out ?? `/tmp/mingzhang-corpus-${size}`);
  if (out === join(ROOT, 'content') || out.startsWith(join(ROOT, 'content') + '/')) throw new Error('the synthetic corpus never goes into content/');
  const count = writeCorpus(size, out, Number(values.seed));
  console.log(`wrote ${count} files (${size} disclosures) to ${out}`);
}
