import { describe, expect, it } from 'vitest';
import { indicatorPairs } from '../../src/lib/body-year/indicator-pairs.ts';

const row = (level3: string, extra: object) => ({ level1: '产出指标', level2: '质量指标', level3, ...extra });

describe('indicatorPairs', () => {
  it('pairs indicators both documents state and decides each', () => {
    const targets = { indicators: [row('议案办结率', { annualTarget: '≥95%' }), row('只在目标表', { annualTarget: '3次' })] };
    const evaluation = { targets: [row('议案办结率', { actual: '96%' }), row('只在自评', { actual: '1次' })] };
    expect(indicatorPairs(targets, evaluation)).toEqual([
      { name: '议案办结率', level1: '产出指标', level2: '质量指标', target: '≥95%', targetPath: 'indicators.0.annualTarget', actual: '96%', actualPath: 'targets.0.actual', outcome: { status: 'met', rule: '实际 96% ≥ 目标 95%' } },
    ]);
  });
  it('keeps a pair whose actual the report left blank, as not reported', () => {
    const pairs = indicatorPairs({ indicators: [row('满意度', { annualTarget: '≥90%' })] }, { targets: [row('满意度', {})] });
    expect(pairs[0]!.outcome.status).toBe('not-reported');
    expect(pairs[0]!.actualPath).toBe('targets.0.actual');
  });
  it('falls back to the 实施周期指标值 and says where it stands', () => {
    const pairs = indicatorPairs({ indicators: [row('x', {}), row('满意度', { periodTarget: '≥90%' })] }, { targets: [row('满意度', { actual: '91%' })] });
    expect(pairs.map((p) => [p.targetPath, p.outcome.status])).toEqual([['indicators.1.periodTarget', 'met']]);
  });
});
