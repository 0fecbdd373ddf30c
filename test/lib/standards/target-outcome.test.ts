/** Met / not met / cannot be decided, from the target as the forms print it. */
import { describe, expect, test } from 'vitest';
import { targetOutcome } from '../../../src/lib/standards/target-outcome.ts';

describe('targetOutcome decides exactly, with the rule it applied', () => {
  test.each([
    ['6至8期', '7期', 'met', '实际 7期在目标 6至8期 之间'],
    ['6至8期', '8期', 'met', '实际 8期在目标 6至8期 之间'],
    ['6至8期', '9期', 'not-met', '实际 9期不在目标 6至8期 之间'],
    ['90%-95%', '95.01%', 'not-met', '实际 95.01%不在目标 90至95% 之间'],
    ['不低于90%', '90.00%', 'met', '实际 90.00% ≥ 目标 90%'],
    ['不低于90%', '89.99%', 'not-met', '实际 89.99% < 目标 90%（目标为“不低于90%”）'],
    ['≥100百分比', '100%', 'met', '实际 100% ≥ 目标 100%'],
    ['≥100百分比', '98%', 'not-met', '实际 98% < 目标 100%（目标为“≥100百分比”）'],
    ['≤5天', '5天', 'met', '实际 5天 ≤ 目标 5天'],
    ['≤ 5 天', '6天', 'not-met', '实际 6天 > 目标 5天（目标为“≤ 5 天”）'],
    ['不超过3次', '4次', 'not-met', '实际 4次 > 目标 3次（目标为“不超过3次”）'],
    ['100%', '98%', 'not-met', '实际 98% ≠ 目标 100%（目标为“100%”）'],
    ['1,200人', '1200人', 'met', '实际 1200人 = 目标 1200人'],
  ])('%s against %s', (target, actual, status, rule) => {
    expect(targetOutcome(target, actual)).toEqual({ status, rule });
  });

  test('the 指标性质 and 度量单位 columns are used when the target has no sign or unit', () => {
    expect(targetOutcome('20', '24', { nature: '≥', unit: '次' })).toEqual({ status: 'met', rule: '实际 24次 ≥ 目标 20次' });
    expect(targetOutcome('3次', '4次', { nature: '≤' })).toEqual({ status: 'not-met', rule: '实际 4次 > 目标 3次（目标为“3次”，指标性质 ≤）' });
    // A sign written in the target wins over the column.
    expect(targetOutcome('≥3次', '4次', { nature: '≤' }).status).toBe('met');
  });

  test('it says why it cannot decide', () => {
    expect(targetOutcome('≥90%', undefined)).toEqual({ status: 'not-reported', rule: '自评未填写实际完成值' });
    expect(targetOutcome('≥90%', '  ')).toEqual({ status: 'not-reported', rule: '自评未填写实际完成值' });
    expect(targetOutcome(undefined, '90%')).toEqual({ status: 'undecided', rule: '未公开年度指标值' });
    expect(targetOutcome('≥90%', '90分')).toEqual({ status: 'undecided', rule: '单位不同（% 与 分），未作判断' });
    expect(targetOutcome('是', '是')).toEqual({ status: 'undecided', rule: '指标值或完成值不是数量，未作判断' });
    expect(targetOutcome('≥90%', '≥90%')).toEqual({ status: 'undecided', rule: '指标值或完成值不是数量，未作判断' });
    expect(targetOutcome('6至8期', '约7期').status).toBe('undecided');
  });
});
