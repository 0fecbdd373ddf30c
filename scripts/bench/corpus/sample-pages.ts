/**
 * Pages of realistic search text for tests and benchmarks of the index writer: the bundled
 * disclosures' own prose, paragraphs drawn in a seeded order, so any count of pages has the
 * vocabulary and word frequencies of real disclosures. Never used by the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundlePage } from '../../../src/lib/search/pagefind-bundle.ts';
import { bundlePage, disclosureRecord } from '../../../src/lib/search/records.ts';

/** The prose paragraphs of every MDX file under a content folder. */
function paragraphs(contentDir: string): string[] {
  const out: string[] = [];
  for (const year of readdirSync(contentDir).filter((n) => /^\d{4}$/.test(n)).sort()) {
    for (const dept of readdirSync(join(contentDir, year)).sort()) {
      for (const file of readdirSync(join(contentDir, year, dept)).filter((f) => f.endsWith('.mdx')).sort()) {
        const body = readFileSync(join(contentDir, year, dept, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
        out.push(...body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 20));
      }
    }
  }
  return out;
}

/** `count` pages of about `paragraphsPerPage` paragraphs each, the same for the same seed. */
export function samplePages(contentDir: string, count: number, paragraphsPerPage = 40, seed = 1): BundlePage[] {
  const pool = paragraphs(contentDir);
  let state = seed >>> 0 || 1;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0), state / 2 ** 32);
  const department = { name: '示例县人民代表大会常务委员会办公室', shortName: '示例县人大常委会办公室', levelName: '区县级' };
  return Array.from({ length: count }, (_, i) => {
    const text = Array.from({ length: paragraphsPerPage }, () => pool[Math.floor(next() * pool.length)]).join('\n\n');
    return bundlePage(disclosureRecord({ url: `/${2020 + (i % 4)}/d${i}/budget/`, title: `示例县部门预算${i}`, text, year: 2020 + (i % 4), kindName: '部门预算', department }));
  });
}
