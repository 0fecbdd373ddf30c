import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { allLiteral, listedFilesLoader } from '../../src/lib/content/listed-files-loader.ts';

const base = mkdtempSync(join(tmpdir(), 'mingzhang-listed-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
for (const [path, text] of [['2024/a-rd/budget.json', '{"title":"甲"}'], ['2023/a-rd/budget.json', '{"title":"乙"}'], ['2024/b-rd/budget.json', '{"title":"丙"}']]) {
  mkdirSync(join(base, path, '..'), { recursive: true });
  writeFileSync(join(base, path), text);
}

/** The part of Astro's loader context the loader uses, over a Map. */
function context(entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string; filePath?: string }>()) {
  let parsed = 0;
  return {
    entries,
    parsed: () => parsed,
    ctx: {
      config: { root: pathToFileURL(`${base}/`) },
      generateDigest: (text: string) => String(text.length) + text,
      parseData: async ({ data }: { data: Record<string, unknown> }) => (parsed++, { ...data, checked: true }),
      store: { get: (id: string) => entries.get(id), set: (e: { id: string; data: Record<string, unknown> }) => (entries.set(e.id, e), true), delete: (id: string) => void entries.delete(id), keys: () => [...entries.keys()] },
    },
  };
}

describe('the listed-files loader', () => {
  test('loads exactly the listed files, each checked by the schema, with ids as the glob loader makes them', async () => {
    const { entries, ctx } = context();
    await listedFilesLoader({ base, paths: ['2024/a-rd/budget.json', '2023/a-rd/budget.json'] }).load(ctx as never);
    expect([...entries.keys()].sort()).toEqual(['2023/a-rd/budget', '2024/a-rd/budget']);
    expect(entries.get('2024/a-rd/budget')).toMatchObject({ data: { title: '甲', checked: true }, filePath: '2024/a-rd/budget.json' });
  });
  test('keeps unchanged entries without parsing them again and drops entries no longer listed', async () => {
    const first = context();
    await listedFilesLoader({ base, paths: ['2024/a-rd/budget.json', '2024/b-rd/budget.json'] }).load(first.ctx as never);
    const again = context(first.entries);
    await listedFilesLoader({ base, paths: ['2024/a-rd/budget.json'] }).load(again.ctx as never);
    expect(again.parsed()).toBe(0);
    expect([...again.entries.keys()]).toEqual(['2024/a-rd/budget']);
  });
  test('takes file paths only: a glob pattern goes to the glob loader', () => {
    expect(allLiteral(['2024/a-rd/budget.json'])).toBe(true);
    expect(allLiteral(['2024/*/budget.json'])).toBe(false);
    expect(() => listedFilesLoader({ base, paths: ['2024/{a,b}-rd/budget.json'] })).toThrow(/file paths/);
  });
});
