/**
 * Pages that would list more than a page should are split, as `npm run build` builds them,
 * over one fiscal year of the whole nation's shape (more disclosures than LISTING_LIMIT, a
 * kind of more than LISTING_LIMIT, more bodies than COMPARE_LIMIT): the year page counts each
 * province's disclosures and links its page, which lists exactly them with their key
 * figures; the comparison lists provinces, each comparing its own bodies; a kind's page
 * counts years, each year listing that year's by province. Nothing is lost: every
 * disclosure is linked from its province's page and its kind's year page, every body from its
 * province's comparison; the whole year is still one CSV.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../scripts/bench/generate-corpus.ts';
import { provinceCode } from '../../src/lib/departments/provinces.ts';
import { LISTING_LIMIT } from '../../src/lib/page-models/year-provinces.ts';
import { COMPARE_LIMIT } from '../../src/lib/page-models/compare-provinces.ts';
import { formatProblem, validatePages } from '../gate/html.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'mingzhang-split-pages-'));
const content = join(temp, 'content');
const dist = join(temp, 'dist');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The disclosures of the content folder, with their body, kind and province's code, read from the files. */
function disclosures(): { id: string; body: string; kind: string; province: string }[] {
  const provinceOfBody = (dept: string) => provinceCode(JSON.parse(readFileSync(join(content, 'departments', `${dept}.json`), 'utf8')).region.province) ?? 'other';
  return readdirSync(join(content, '2023')).flatMap((dept) =>
    readdirSync(join(content, '2023', dept))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ id: `2023/${dept}/${f.slice(0, -5)}`, body: dept, kind: f.slice(0, -5), province: provinceOfBody(dept) })),
  );
}

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** The site-relative targets of a page's links, without their fragment (the site is built at the root). */
const links = (html: string) => [...html.matchAll(/href="\/([^"#?]*)[^"]*"/g)].map((m) => m[1]);
/** The rows of the first table of a page: each row's cells as text. */
const rows = (html: string) =>
  [...html.slice(html.indexOf('<tbody')).matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1].replace(/<[^>]+>/g, '').trim()));

beforeAll(() => {
  // The generator gives each body four or five kinds a year: enough bodies for the comparison to split, and of each yearly kind for its page to.
  writeCorpus(Math.ceil((Math.max(LISTING_LIMIT, COMPARE_LIMIT) + 10) * 4.5), content, undefined, undefined, { first: 2023, count: 1 });
  mkdirSync(join(content, 'articles'));
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-site.ts'), '--content', content, '--out', dist, '--cache', join(temp, 'work')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`build-site failed:\n${result.stdout}\n${result.stderr}`);
}, 600_000);

describe('a year of more than LISTING_LIMIT disclosures', () => {
  test('its page counts each province\'s disclosures, links each province\'s page, and lists no disclosure itself', () => {
    const all = disclosures();
    expect(all.length).toBeGreaterThan(LISTING_LIMIT);
    const html = page('2023');
    expect(html).toContain(`本年度公开文件超过 ${LISTING_LIMIT} 份，按省份分页列出`);
    const byProvince = Map.groupBy(all, (d) => d.province);
    const table = rows(html);
    const total = table.at(-1)!;
    expect(total[0]).toBe('合计');
    expect(total[2]).toBe(String(all.length));
    for (const code of byProvince.keys()) expect(links(html)).toContain(`2023/provinces/${code}/`);
    const counted = table.slice(0, -1).map((r) => Number(r[2]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(all.length);
    expect(links(html).filter((href) => all.some((d) => href === `${d.id}/`))).toEqual([]);
  });

  test('each province\'s page links exactly the disclosures of its bodies, and each one\'s page exists', () => {
    const all = disclosures();
    for (const [code, own] of Map.groupBy(all, (d) => d.province)) {
      const linked = new Set(links(page(`2023/provinces/${code}`)).filter((href) => /^2023\/(?!provinces\/)[^/]+\/[a-z-]+\/$/.test(href)));
      expect([...linked].sort(), code).toEqual(own.map((d) => `${d.id}/`).sort());
      for (const href of linked) expect(existsSync(join(dist, href, 'index.html')), href).toBe(true);
    }
  });

  test('a province\'s page shows its key figures and links their CSV; the whole year stays one CSV of every disclosure', () => {
    const html = page('2023/provinces/gd');
    expect(html).toContain('2023 年度广东省公开文件的主要数字');
    for (const csv of links(html).filter((href) => href.endsWith('.csv'))) expect(existsSync(join(dist, csv)), csv).toBe(true);
    expect(links(html)).toContain('data/years/2023/gd/figures.csv');
    const yearCsv = readFileSync(join(dist, 'data/years/2023.csv'), 'utf8').trim().split('\n');
    expect(yearCsv.length - 1).toBe(disclosures().length);
  });

  test('the pages pass html-validate', async () => {
    const problems = await validatePages(dist, ['2023/index.html', '2023/provinces/gd/index.html', 'compare/index.html', 'compare/gd/index.html', 'kinds/budget/index.html', 'kinds/budget/2023/index.html']);
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });
});

describe('more bodies than COMPARE_LIMIT', () => {
  test('the comparison links each province\'s; each compares exactly the bodies of its province', () => {
    const all = disclosures();
    const bodies = Map.groupBy(new Set(all.map((d) => `${d.province}/${d.body}`)), (key) => key.split('/')[0]);
    expect([...bodies.values()].flat().length).toBeGreaterThan(COMPARE_LIMIT);
    const html = page('compare');
    expect(html).toContain(`收录的部门超过 ${COMPARE_LIMIT} 个，按省份分页比较`);
    expect(html).not.toContain('id="compare-form"');
    for (const [code, own] of bodies) {
      expect(links(html)).toContain(`compare/${code}/`);
      const province = page(`compare/${code}`);
      const boxes = [...province.matchAll(/name="d" value="([^"]+)"/g)].map((m) => m[1]).sort();
      expect(boxes, code).toEqual(own.map((key) => key.split('/')[1]).sort());
      expect(links(province)).toContain(`2023/provinces/${code}/`);
      expect(links(page(`2023/provinces/${code}`))).toContain(`compare/${code}/`);
      for (const csv of links(province).filter((href) => href.endsWith('.csv'))) expect(existsSync(join(dist, csv)), csv).toBe(true);
    }
  });

  test('a body\'s page links its own province\'s comparison, with itself chosen', () => {
    const { body, province } = disclosures()[0];
    expect(page(`departments/${body}`)).toContain(`href="/compare/${province}/?view=departments&amp;d=${body}"`);
  });
});

describe('a kind of more than LISTING_LIMIT disclosures', () => {
  test('its page counts years; the year\'s page lists exactly that year\'s disclosures of the kind, under their province', () => {
    const budgets = disclosures().filter((d) => d.kind === 'budget');
    expect(budgets.length).toBeGreaterThan(LISTING_LIMIT);
    const html = page('kinds/budget');
    expect(html).toContain(`明账收录此类公开文件 ${budgets.length} 份，超过 ${LISTING_LIMIT} 份，按年度分页列出`);
    expect(links(html)).toContain('kinds/budget/2023/');
    expect(links(html)).toContain('data/kinds/budget.csv');
    expect(existsSync(join(dist, 'data/kinds/budget.csv'))).toBe(true);
    const year = page('kinds/budget/2023');
    const linked = links(year).filter((href) => /^2023\/(?!provinces\/)[^/]+\/[a-z-]+\/$/.test(href)).sort();
    expect(linked).toEqual(budgets.map((d) => `${d.id}/`).sort());
    for (const code of Map.groupBy(budgets, (d) => d.province).keys()) expect(year).toContain(`id="province-${code}"`);
  });
});
