/**
 * From file to page: the form fixtures imported as staff would (npm run import writes the
 * draft), built into the site, and read as a reader sees them. An unfilled form says
 * 未填写/不完整 at the top of its page and in its 公开质量指数, with no number; a filled
 * one shows its index, and its indicator table says whether each target was met.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDraft } from '../../src/lib/import/draft.ts';
import { documentFromText } from '../../src/lib/import/from-text.ts';
import type { DisclosureKind } from '../../src/schemas/disclosure.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const fixtures = join(ROOT, 'test', 'fixtures', 'forms');
const FORMS: [string, DisclosureKind, number][] = [
  ['project-evaluation.unfilled.cells.txt', 'project-evaluation', 2022],
  ['self-evaluation.unfilled.rows.txt', 'self-evaluation', 2022],
  ['performance-targets.unfilled.cells.txt', 'performance-targets', 2023],
  ['self-evaluation.cells.txt', 'self-evaluation', 2023],
];
let work: string;
const page = (id: string) =>
  readFileSync(join(work, 'dist', id, 'index.html'), 'utf8').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'");

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'forms-site-'));
  const content = join(work, 'content');
  mkdirSync(join(content, 'departments'), { recursive: true });
  writeFileSync(join(content, 'departments', 'test-county-rd.json'), JSON.stringify({ name: '测试县人民代表大会常务委员会办公室', shortName: '测试县人大常委会办公室', level: 'district-county', region: { province: '测试省', city: '测试市', county: '测试县' } }));
  for (const [file, kind, year] of FORMS) {
    const draft = buildDraft(documentFromText(file, readFileSync(join(fixtures, file), 'utf8'), 'txt'), { kind, department: 'test-county-rd', fiscalYear: year, schemaRef: '../../../schemas/x.json' });
    mkdirSync(join(content, String(year), 'test-county-rd'), { recursive: true });
    // Two self-evaluation forms of one body: each year's title names its year, as real ones do.
    const json: Record<string, unknown> = { ...draft.json, title: `测试县人大常委会办公室${year}年度${String(draft.json.title)}` };
    delete json.$schema;
    writeFileSync(join(content, String(year), 'test-county-rd', `${kind}.json`), JSON.stringify(json, null, 2));
    writeFileSync(join(content, String(year), 'test-county-rd', `${kind}.mdx`), draft.mdx);
  }
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', join(work, 'dist')], {
    cwd: ROOT,
    env: { ...process.env, MINGZHANG_CONTENT: content, MINGZHANG_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an unfilled form on its page', () => {
  test.each([
    ['2022/test-county-rd/project-evaluation', '“（根据评价结果填写优、良、中、差）”像是没有替换的模板文字。'],
    ['2022/test-county-rd/self-evaluation', '表中没有任何得分（自评分和各指标得分都为空）。'],
    ['2023/test-county-rd/performance-targets', '4 个指标都没有填写指标值（实施周期指标值和年度指标值都为空）。'],
  ])('%s says 未填写/不完整 at the top and in its index, never a number of 100', (id, reason) => {
    const text = page(id);
    expect(text).toContain('本表未填写/不完整：');
    expect(text).toContain(reason);
    expect(text).toContain('明账照原文公开，不给出公开质量指数总分（既不记 0 分，也不记满分）');
    expect(text).toContain('公开质量指数：未填写/不完整');
    expect(text).not.toMatch(/公开质量指数：[\d.]+ \/ 100/);
  });
});

describe('a filled form on its page', () => {
  test('shows its index, the contradicted scores as findings, and the outcome of each target', () => {
    const text = page('2023/test-county-rd/self-evaluation');
    expect(text).not.toContain('本表未填写/不完整');
    expect(text).toMatch(/公开质量指数：[\d.]+ \/ 100/);
    expect(text).toContain('是否完成（明账按指标值判断）');
    expect(text).toContain('已完成：实际 7次在目标 6至8次 之间');
    expect(text).toContain('未完成：实际 6天 > 目标 5天（目标为“≤5天”）');
    expect(text).toContain('无法判断：指标值或完成值不是数量，未作判断');
    expect(text).toContain('指标“代表建议交办时限”没有完成（实际 6天 > 目标 5天（目标为“≤5天”）），却记了满分 10 分');
  });
});
