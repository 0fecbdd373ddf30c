import { describe, expect, it } from 'vitest';
import { indicatorOutcome } from '../../src/lib/body-year/indicator-outcome.ts';

describe('indicatorOutcome', () => {
  it('decides ≥ targets exactly, at the boundary too', () => {
    expect(indicatorOutcome('≥90%', '90.00%')).toEqual({ status: 'met', rule: '实际 90.00% ≥ 目标 90%' });
    expect(indicatorOutcome('≥90%', '89.99%').status).toBe('not-met');
  });
  it('uses the 指标性质 column when the target has no sign', () => {
    expect(indicatorOutcome('3次', '4次', '≤').status).toBe('not-met');
    expect(indicatorOutcome('1,200人', '1200人').status).toBe('met');
  });
  it('says why it does not decide', () => {
    expect(indicatorOutcome('≥90%', undefined).status).toBe('not-reported');
    expect(indicatorOutcome('≥90%', '90分')).toEqual({ status: 'undecided', rule: '单位不同（% 与 分），未作判断' });
    expect(indicatorOutcome('是', '是').status).toBe('undecided');
  });
});
