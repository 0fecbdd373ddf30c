/**
 * Golden files pin every finding and score of the seeds and of fixtures with other
 * indicator trees; a mutation test changes, one at a time, every figure that takes part
 * in an identity rule and shows the rule that catches it with its message. Golden files
 * are written by test/audit/write-golden.ts after review, never in CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { auditAndScore } from '../../src/lib/score/audit-and-score.ts';
import { auditDir, CORPORA, goldenPath, loadCorpus, summarize } from './corpus.ts';
import { mutationReport } from './mutations.ts';

for (const [name, dir] of Object.entries(CORPORA)) {
  const audits = auditDir(dir);
  describe(`${name}: scores and findings match their golden files`, () => {
    test.each([...audits.keys()])('%s', (id) => {
      const file = goldenPath(name, id);
      expect(existsSync(file), `missing ${file}: review, then run node test/audit/write-golden.ts`).toBe(true);
      expect(summarize(audits.get(id)!)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  });
  describe(`${name}: every figure in an identity is caught when mistyped`, () => {
    test.each([...audits.keys()])('%s', (id) => {
      const report = mutationReport(dir, id);
      expect(report.filter((line) => line.includes('NOT CAUGHT'))).toEqual([]);
      expect(report).toEqual(readFileSync(goldenPath(name, id).replace(/\.json$/, '.mutations.txt'), 'utf8').trimEnd().split('\n'));
    });
  });
}

describe('the seeds pass with no false errors, and their warnings are real', () => {
  const audits = auditDir(CORPORA.seeds);
  test('no seed has an audit error', () => {
    for (const audit of audits.values()) expect(audit.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  test("Conghua's 121.29% execution is flagged as above 100%, and accepted as a truncation", () => {
    const findings = audits.get('2022/conghua-rd/self-evaluation')!.findings;
    expect(findings.find((f) => f.rule === 'rate.execution-high')?.message).toBe('预算执行率 121.29%，高于 100%：执行数 1,983.82 万元 超过预算数 1,635.52 万元。请核对所用的预算口径（年初预算还是调整后预算）；如属超预算支出，原文应作说明。');
    expect(findings.some((f) => f.rule === 'rate.execution')).toBe(false);
  });
  test("Guangdong's 自评分 94.34 is recomputed from its ten indicator scores, plus 10 bonus = 104.34", () => {
    const self = audits.get('2020/guangdong-rd/self-evaluation')!.scores.selfScore!;
    expect([self.reported, self.recomputed, self.bonus, self.matches]).toEqual(['94.34', '94.34', '10', true]);
  });
  test("Dongguan's identity holds only with 其他事业发展性支出 (6,582.17 = 5,082.95 + 1,494.42 + 4.80)", () => {
    const run = audits.get('2023/dongguan-rd/performance-targets')!.runs.find((r) => r.rule.id === 'sum.income-sources')!;
    expect(run.used).toContain('developmentSpending.other');
    expect(run.findings).toEqual([]);
  });
});

describe('the pages read the same audit without the rules\' runs', () => {
  test.each(Object.entries(CORPORA))('%s: findings and scores equal, runs dropped', (_name, dir) => {
    const input = loadCorpus(dir);
    const full = auditAndScore(input);
    const pages = auditAndScore(input, { runs: false });
    expect([...pages.keys()]).toEqual([...full.keys()]);
    for (const [id, audit] of full) {
      expect(pages.get(id)).toEqual({ id, findings: audit.findings, scores: audit.scores });
      expect(audit.runs.length).toBeGreaterThan(0);
    }
  });
});
