/**
 * The audit on the public site: the methodology page lists every rule and rubric item
 * from the data itself, and a disclosure page shows its findings (with the arithmetic)
 * and its score breakdown. Built from the other-trees fixture corpus.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RULES } from '../../src/lib/audit/index.ts';
import { auditAndScore } from '../../src/lib/score/audit-and-score.ts';
import { QUALITY_ITEMS } from '../../src/lib/score/quality-rubric.ts';
import { CORPORA, loadCorpus, ROOT } from './corpus.ts';

let out: string;
const text = (file: string) => readFileSync(join(out, file), 'utf8').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'mingzhang-audit-site-'));
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', join(out, 'dist')], {
    cwd: ROOT,
    env: { ...process.env, MINGZHANG_CONTENT: CORPORA['other-trees'], MINGZHANG_CACHE_DIR: join(out, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  out = join(out, 'dist');
});
afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

describe('the 评分方法 page is generated from the rules and the rubric', () => {
  test('every rule appears with its id, title and source', () => {
    const page = text('methodology/index.html');
    for (const rule of RULES) {
      expect(page).toContain(rule.id);
      expect(page).toContain(rule.title);
      expect(page).toContain(rule.source);
    }
  });
  test('every rubric item appears with its weight and rationale', () => {
    const page = text('methodology/index.html');
    for (const item of QUALITY_ITEMS) {
      expect(page).toContain(item.title);
      expect(page).toContain(item.rationale);
    }
  });
});

describe('a disclosure page shows its findings and score working', () => {
  const audits = auditAndScore(loadCorpus(CORPORA['other-trees']));
  test('an acknowledged inconsistency of the source is shown with its arithmetic and reason', () => {
    const page = text('2021/old-tree-rd/final-accounts/index.html');
    const [finding] = audits.get('2021/old-tree-rd/final-accounts')!.findings;
    expect(page).toContain('原文数字不一致');
    expect(page).toContain(finding.message);
    expect(page).toContain(finding.acknowledged!.reason);
  });
  test('the quality index, each reason, the recomputed self-score and the metrics are shown', () => {
    const page = text('2021/old-tree-rd/self-evaluation/index.html');
    const { scores } = audits.get('2021/old-tree-rd/self-evaluation')!;
    expect(page).toContain(`公开质量指数：${scores.quality.total} / 100`);
    for (const item of scores.quality.items) for (const reason of item.reasons) expect(page).toContain(reason.text);
    expect(page).toContain(scores.selfScore!.explanation);
    for (const metric of scores.metrics) expect(page).toContain(metric.value);
  });
  test('official formulas are labelled as such beside what the form reports', () => {
    const page = text('2021/old-tree-rd/project-evaluation/index.html');
    expect(page).toContain('官方公式');
    expect(page).toContain('预算执行率得分');
    expect(page).toContain('8.50');
  });
});
