/**
 * A partition's index with its pages' records kept between runs (src/lib/search/record-cache.ts)
 * is the index made from nothing, byte for byte, before and after a page changes.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { indexScope } from '../../scripts/index-search.ts';
import { disclosureIds } from '../../src/lib/content-ids.ts';
import { SEEDS } from '../lib/figures/corpus-helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'mingzhang-record-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const site = join(tmp, 'site');
const ids = disclosureIds(SEEDS);
const page = (id: string, words: string) => `<!doctype html><html lang="zh-CN"><body><main data-pagefind-body><h1>${id}</h1><p>${words}</p></main></body></html>`;
for (const id of ids) {
  mkdirSync(join(site, id), { recursive: true });
  writeFileSync(join(site, id, 'index.html'), page(id, '部门预算公开，三公经费。'));
}
// One partition per fiscal year of the bundled disclosures.
const years = [...new Set(ids.map((id) => Number(id.slice(0, 4))))];
const partition = (year: number) => ({ id: String(year), year, size: ids.filter((id) => id.startsWith(`${year}/`)).length });

/** Every file of an index folder, by path. */
function files(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name)).toString('base64')]),
  );
}

async function index(year: number, name: string, cache?: string) {
  const out = join(tmp, name);
  rmSync(out, { recursive: true, force: true });
  const result = await indexScope({ site, out, scope: partition(year), content: SEEDS, cache });
  expect(result.errors).toEqual([]);
  return files(out);
}

test('with the cache cold and warm, each partition’s index is the index made without it', async () => {
  for (const year of years) {
    const cache = join(tmp, `${year}.v8`);
    const fresh = await index(year, 'fresh');
    expect(await index(year, 'cold', cache)).toEqual(fresh);
    expect(await index(year, 'warm', cache)).toEqual(fresh);
  }
});

test('a changed page is indexed again: the index changes, and is the index made from nothing', async () => {
  const year = years[0];
  const cache = join(tmp, `${year}-changed.v8`);
  await index(year, 'before', cache);
  const id = ids.find((i) => i.startsWith(String(year)))!;
  writeFileSync(join(site, id, 'index.html'), page(id, '流溪河治理专项资金。'));
  const fresh = await index(year, 'fresh');
  const warm = await index(year, 'warm', cache);
  expect(warm).toEqual(fresh);
  const before = files(join(tmp, 'before'));
  expect(Object.keys(warm).some((path) => warm[path] !== before[path])).toBe(true);
});
