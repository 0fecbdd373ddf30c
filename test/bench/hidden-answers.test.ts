import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Planted } from '../../scripts/bench/corpus/plant.ts';
import { writeCorpus } from '../../scripts/bench/generate-corpus.ts';
import { scoreRecall } from '../../scripts/bench/recall.ts';

const temp = mkdtempSync(join(tmpdir(), 'mingzhang-plant-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every file of a corpus folder, by path. */
function texts(dir: string): Map<string, string> {
  const all = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else all.set(path, readFileSync(join(dir, path), 'utf8'));
    }
  };
  walk('');
  return all;
}

describe('planted phrases of the benchmark corpus', () => {
  writeCorpus(300, join(temp, 'a'), undefined, join(temp, 'a.json'));
  writeCorpus(300, join(temp, 'b'), undefined, join(temp, 'b.json'));
  const planted = JSON.parse(readFileSync(join(temp, 'a.json'), 'utf8')) as Planted[];
  const files = texts(join(temp, 'a'));

  test('each phrase stands in exactly its disclosures’ texts, and nowhere else', () => {
    expect(planted.length).toBeGreaterThanOrEqual(12);
    for (const { phrase, ids } of planted) {
      const holding = [...files].filter(([, text]) => text.includes(phrase)).map(([path]) => path).sort();
      expect(holding).toEqual(ids.map((id) => `${id}.mdx`).sort());
    }
  });

  test('phrases reach several documents, years and places in the text', () => {
    expect(new Set(planted.map((p) => p.ids.length))).toEqual(new Set([1, 2, 3]));
    expect(new Set(planted.flatMap((p) => p.ids.map((id) => id.slice(0, 4)))).size).toBeGreaterThan(3);
    const multi = planted.filter((p) => p.ids.length > 1);
    expect(multi.some((p) => new Set(p.ids.map((id) => id.slice(0, 4))).size > 1)).toBe(true);
  });

  test('the same size and seed plant the same phrases in the same places', () => {
    expect(readFileSync(join(temp, 'b.json'), 'utf8')).toEqual(readFileSync(join(temp, 'a.json'), 'utf8'));
    const other = texts(join(temp, 'b'));
    for (const { ids } of planted) for (const id of ids) expect(other.get(`${id}.mdx`)).toEqual(files.get(`${id}.mdx`));
  });
});

describe('scoring a planted search', () => {
  test('recall, exact matches without the phrase, and inversions are counted from the listed order', () => {
    const listed = [
      { url: '/a/', loose: false },
      { url: '/x/', loose: false },
      { url: '/b/', loose: false },
      { url: '/y/', loose: true },
      { url: '/c/', loose: true },
    ];
    expect(scoreRecall(listed, ['/a/', '/b/', '/c/', '/d/'])).toEqual({ expected: 4, found: 2, falseExact: 1, inversions: 1 + 2, missing: ['/c/', '/d/'] });
    expect(scoreRecall([{ url: '/a/', loose: false }, { url: '/z/', loose: true }], ['/a/'])).toEqual({ expected: 1, found: 1, falseExact: 0, inversions: 0, missing: [] });
  });
});
