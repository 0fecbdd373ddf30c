/**
 * A summary keeps of its disclosure's audit only what cross-year pages read (AuditView):
 * every finding and score they show, none of the quality index's item-by-item working,
 * which disclosure pages read from the audit itself.
 */
import { serialize } from 'node:v8';
import { expect, test } from 'vitest';
import { auditView } from '../../../src/lib/figures/audit-view.ts';
import { summarizeCorpus } from '../../../src/lib/figures/corpus.ts';
import { auditAndScore } from '../../../src/lib/score/audit-and-score.ts';
import { loadContent, SEEDS } from './corpus-helpers.ts';

test('the view copies the declared fields of findings and scores and drops the rest', () => {
  const audit = {
    findings: [{ rule: 'sum.total', severity: 'finding' as const, title: '合计不符', message: '1 + 2 ≠ 4', fields: ['spending.total'], arithmetic: '1 + 2 = 3' }],
    scores: {
      quality: { total: '87.5', version: '2024', incomplete: { label: '缺少绩效目标', missing: ['x'] }, items: [{ id: 'a', points: '5' }] },
      selfScore: { reported: '95', recomputed: '94', matches: false, rows: [] },
      metrics: [{ id: 'execution-rate', title: '预算执行率', value: '98.2%', explanation: '支出 ÷ 预算。', exact: '0.982' }],
      official: { grade: '优' },
    },
    runs: ['x'],
  };
  expect(auditView(audit)).toStrictEqual({
    findings: [{ rule: 'sum.total', severity: 'finding', title: '合计不符', message: '1 + 2 ≠ 4', fields: ['spending.total'] }],
    scores: {
      quality: { total: '87.5', version: '2024', incomplete: { label: '缺少绩效目标' } },
      selfScore: { reported: '95', recomputed: '94', matches: false },
      metrics: [{ id: 'execution-rate', title: '预算执行率', value: '98.2%', explanation: '支出 ÷ 预算。' }],
    },
  });
  expect(auditView({ findings: [], scores: { quality: { total: '60' } } })).toStrictEqual({ findings: [], scores: { quality: { total: '60' } } });
  expect(auditView({ findings: [] })).toStrictEqual({ findings: [] });
});

test('the bundled disclosures’ summaries carry each finding and score of their audit, and under half its bytes', () => {
  const { departments, disclosures } = loadContent(SEEDS);
  const audit = auditAndScore({ disclosures, departments: Object.fromEntries(departments.map((d) => [d.id, d.data])) }, { runs: false });
  const summaries = summarizeCorpus({ disclosures, departments, audit });
  for (const s of summaries) {
    const full = audit.get(s.id)!;
    expect(s.audit!.findings.map((f) => f.message)).toEqual(full.findings.map((f) => f.message));
    expect(s.audit!.scores?.quality?.total).toBe(full.scores?.quality?.total);
    expect(s.audit!.scores?.metrics?.map((m) => m.value)).toEqual(full.scores?.metrics?.map((m) => m.value));
  }
  const bytes = (values: unknown[]) => values.reduce<number>((sum, v) => sum + serialize(v).length, 0);
  expect(bytes(summaries.map((s) => s.audit))).toBeLessThan(bytes([...audit.values()]) / 2);
});
