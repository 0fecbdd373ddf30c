import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildScope, buildsSitePiece } from '../../../src/lib/build/build-scope.ts';
import { CORE_PIECE, pieceOfGroup, planSite, sitePieceKeys, sitePieceOf, STRUCTURE_KEY, type SiteInput } from '../../../src/lib/build/site-pieces.ts';
import type { DepartmentInput } from '../../../src/lib/figures/corpus.ts';
import { crossYearDownloadGroups, crossYearDownloads } from '../../../src/lib/downloads/files.ts';
import { writeCorpus } from '../../../scripts/bench/generate-corpus.ts';
import { loadSummaries, SEEDS } from '../figures/corpus-helpers.ts';
import { LISTING_LIMIT } from '../../../src/lib/page-models/year-provinces.ts';
import { COMPARE_LIMIT } from '../../../src/lib/page-models/compare-provinces.ts';

const generated = mkdtempSync(join(tmpdir(), 'mingzhang-pieces-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));
writeCorpus(120, generated);
// One year of the nation's shape: its page, the comparison and the kinds' pages are split (test/build/split-pages.test.ts).
const oneYear = mkdtempSync(join(tmpdir(), 'mingzhang-pieces-year-'));
afterAll(() => rmSync(oneYear, { recursive: true, force: true }));
const ONE_YEAR_SIZE = Math.ceil((Math.max(LISTING_LIMIT, COMPARE_LIMIT) + 10) * 4.5);
writeCorpus(ONE_YEAR_SIZE, oneYear, undefined, undefined, { first: 2023, count: 1 });

describe('sitePieceOf', () => {
  test('puts each cross-year page and feed in the piece of what it shows', () => {
    expect(sitePieceOf('2023/index.html')).toBe('year:2023');
    expect(sitePieceOf('national/execution/2023/index.html')).toBe('year:2023');
    expect(sitePieceOf('national/coverage/2023/gd/index.html')).toBe('province:gd');
    expect(sitePieceOf('national/three-public/2023/gd/city/index.html')).toBe('province:gd');
    expect(sitePieceOf('national/execution/2023/gd/index.html')).toBe('province:gd');
    expect(sitePieceOf('feeds/provinces/gd.xml')).toBe('province:gd');
    expect(sitePieceOf('departments/a-rd/index.html')).toBe('department:a-rd');
    expect(sitePieceOf('feeds/departments/a-rd.xml')).toBe('department:a-rd');
    expect(sitePieceOf('departments/a-rd/peers/index.html')).toBe('peers:a-rd');
    expect(sitePieceOf('2023/provinces/gd/index.html')).toBe('province:gd');
    expect(sitePieceOf('data/years/2023/gd/figures.csv')).toBe('province:gd');
    expect(sitePieceOf('data/years/2023-provinces.csv')).toBe('year:2023');
    expect(sitePieceOf('compare/gd/index.html')).toBe('province:gd');
    expect(sitePieceOf('data/compare/gd/rate-matrix.csv')).toBe('province:gd');
    expect(sitePieceOf('kinds/budget/2023/index.html')).toBe('year:2023');
  });

  test('leaves everything else to the core: listings, indexes, downloads, assets', () => {
    for (const path of ['index.html', 'departments/index.html', 'national/coverage/index.html', 'national/execution/index.html', 'data/mingzhang.json', 'data/departments.csv', 'data/compare/rate-matrix.csv', 'data/compare/provinces.csv', 'kinds/budget/index.html', 'data/kinds/budget.csv', 'compare/index.html', 'data/charts/rate-by-year.csv', 'data/national/coverage.csv', '_astro/x.js', 'feed.xml', 'sitemap-index.xml', '_headers']) {
      expect(sitePieceOf(path), path).toBe(CORE_PIECE);
    }
  });

  test.each([
    ['the bundled disclosures', SEEDS],
    ['a generated corpus of 120 disclosures', generated],
    [`a year of ${ONE_YEAR_SIZE} disclosures, its pages split`, oneYear],
  ])('%s: every cross-year download is in the piece of the pages that show it', (_, dir) => {
    const { summaries, departments } = loadSummaries(dir);
    const groups = crossYearDownloadGroups(summaries, departments, 'https://mingzhang.example/');
    const pieces = new Set<string>();
    for (const { group, files } of groups) {
      const piece = pieceOfGroup(group);
      pieces.add(piece.split(':')[0]);
      for (const file of files()) expect(sitePieceOf(file.path), file.path).toBe(piece);
    }
    expect([...pieces].sort()).toEqual(['core', 'department', 'peers', 'province', 'year']);
    // Every group's files are the whole: a piece build of all pieces makes what a whole build makes.
    expect(crossYearDownloads(summaries, departments, 'https://mingzhang.example/', () => true).length).toBe(groups.reduce((n, g) => n + g.files().length, 0));
  });
});

const body = (id: string, level: 'province' | 'city' | 'district-county', province: string): DepartmentInput => ({ id, data: { level, region: { province }, name: id, shortName: id } } as unknown as DepartmentInput);
// 广东 has five district bodies (a province peer group of its own); 海南 one (compared nationally).
const departments = [...['d1', 'd2', 'd3', 'd4', 'd5'].map((id) => body(id, 'district-county', '广东省')), body('h1', 'district-county', '海南省'), body('c1', 'city', '广东省')];
const files: Record<string, string> = {
  '2023/d1/budget.json': '1', '2022/d1/budget.json': '2', '2023/d2/budget.json': '3', '2023/h1/budget.json': '4', '2022/c1/budget.json': '5',
};
const input = (changes: Record<string, string> = {}, more: Partial<SiteInput> = {}): SiteInput => {
  const all = { ...files, ...changes };
  return {
    ids: Object.keys(all).filter((p) => p.endsWith('.json') && !p.startsWith('departments/')).map((p) => p.slice(0, -5)),
    departments,
    other: 'articles-1',
    code: 'code-1',
    read: (path) => Buffer.from(all[path] ?? `file ${path}`),
    ...more,
  };
};
const changed = (a: Record<string, string>, b: Record<string, string>) => Object.keys(b).filter((k) => a[k] !== b[k]).sort();

describe('sitePieceKeys', () => {
  const before = sitePieceKeys(input());

  test('a corrected disclosure changes the pieces that show its body, and no other', () => {
    const after = sitePieceKeys(input({ '2022/d1/budget.json': '2 corrected' }));
    // Every year the body published in: its summaries carry findings across its own years.
    // Its province peers are d1–d5 (five district bodies of 广东); h1, compared with every
    // district body of the nation, sees it too; c1 is compared with cities.
    expect(changed(before, after)).toEqual([CORE_PIECE, 'department:d1', 'peers:d1', 'peers:d2', 'peers:d3', 'peers:d4', 'peers:d5', 'peers:h1', 'province:gd', 'year:2022', 'year:2023']);
  });

  test('a body compared nationally changes its own peer page, not those of province groups', () => {
    const after = sitePieceKeys(input({ '2023/h1/budget.json': '4 corrected' }));
    expect(changed(before, after)).toEqual([CORE_PIECE, 'department:h1', 'peers:h1', 'province:hi', 'year:2023']);
  });

  test('a new disclosure changes its year, its body, its province and the body\'s other years', () => {
    const after = sitePieceKeys(input({ '2023/c1/final-accounts.json': '6' }));
    expect(changed(before, after)).toEqual([CORE_PIECE, 'department:c1', 'peers:c1', 'province:gd', 'year:2022', 'year:2023']);
  });

  test('a department file, a new year or other code change the structure; articles only the core', () => {
    expect(changed(before, sitePieceKeys(input({ 'departments/c1.json': 'renamed' })))).toContain(STRUCTURE_KEY);
    expect(changed(before, sitePieceKeys(input({ '2024/c1/budget.json': '7' })))).toContain(STRUCTURE_KEY);
    expect(changed(before, sitePieceKeys(input({}, { code: 'code-2' })))).toContain(STRUCTURE_KEY);
    expect(changed(before, sitePieceKeys(input({}, { other: 'articles-2' })))).toEqual([CORE_PIECE]);
  });

  test('a year or a kind passing the listing limit changes the structure: pages of it appear in other pieces', () => {
    const structure = (n: number, kind = (i: number) => `k${i}`) => sitePieceKeys(input({}, { ids: Array.from({ length: n }, (_, i) => `2023/d${(i % 5) + 1}/${kind(i)}`) }))[STRUCTURE_KEY];
    expect(structure(LISTING_LIMIT)).toBe(structure(LISTING_LIMIT - 1));
    expect(structure(LISTING_LIMIT + 1)).not.toBe(structure(LISTING_LIMIT));
    // The same count in two years over one kind: no year passes, the kind does.
    const kindOnly = (n: number) => sitePieceKeys(input({}, { ids: Array.from({ length: n }, (_, i) => `${2022 + (i % 2)}/d${(i % 5) + 1}/budget`) }))[STRUCTURE_KEY];
    expect(kindOnly(LISTING_LIMIT + 1)).not.toBe(kindOnly(LISTING_LIMIT));
  });

  test('more bodies than the comparison shows change the structure: every province gets a comparison', () => {
    const structure = (bodies: number) => sitePieceKeys(input({}, { ids: Array.from({ length: bodies }, (_, i) => `2023/b${i}/budget`) }))[STRUCTURE_KEY];
    expect(structure(COMPARE_LIMIT)).toBe(structure(COMPARE_LIMIT - 1));
    expect(structure(COMPARE_LIMIT + 1)).not.toBe(structure(COMPARE_LIMIT));
  });
});

describe('planSite', () => {
  const keys = { [STRUCTURE_KEY]: 's', [CORE_PIECE]: 'c', 'year:2023': 'y', 'province:gd': 'p', 'department:a': 'a', 'department:b': 'b' };

  test('builds the site whole the first time, without its output, or when the structure changed', () => {
    expect(planSite(keys, undefined, true)).toEqual({ kind: 'whole' });
    expect(planSite(keys, keys, false)).toEqual({ kind: 'whole' });
    expect(planSite({ ...keys, [STRUCTURE_KEY]: 's2' }, keys, true)).toEqual({ kind: 'whole' });
  });

  test('keeps the site when no key changed', () => {
    expect(planSite({ ...keys }, keys, true)).toEqual({ kind: 'unchanged' });
  });

  test('builds the changed pieces with the core', () => {
    expect(planSite({ ...keys, [CORE_PIECE]: 'c2', 'department:a': 'a2' }, keys, true)).toEqual({ kind: 'pieces', build: [CORE_PIECE, 'department:a'], remove: [] });
    expect(planSite({ ...keys, 'department:a': 'a2' }, keys, true)).toEqual({ kind: 'pieces', build: [CORE_PIECE, 'department:a'], remove: [] });
  });

  test('builds the site whole when most pieces changed', () => {
    expect(planSite({ ...keys, [CORE_PIECE]: 'c2', 'year:2023': 'y2', 'province:gd': 'p2', 'department:a': 'a2' }, keys, true)).toEqual({ kind: 'whole' });
  });
});

describe('buildScope and buildsSitePiece', () => {
  test('a piece build makes only the listed pieces; the whole site build and a plain build make all; a partition build none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mingzhang-pieces-'));
    try {
      const list = join(dir, 'pieces.json');
      writeFileSync(list, JSON.stringify([CORE_PIECE, 'year:2023']));
      const pieces = buildScope({ MINGZHANG_PARTITION: 'site', MINGZHANG_SITE_PIECES: list });
      expect([CORE_PIECE, 'year:2023', 'year:2022'].map((p) => buildsSitePiece(pieces, p))).toEqual([true, true, false]);
      expect(buildsSitePiece(buildScope({ MINGZHANG_PARTITION: 'site' }), 'year:2022')).toBe(true);
      expect(buildsSitePiece(buildScope({}), 'year:2022')).toBe(true);
      expect(buildsSitePiece(buildScope({ MINGZHANG_PARTITION: JSON.stringify({ id: '2023', year: 2023, size: 1 }) }), CORE_PIECE)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
