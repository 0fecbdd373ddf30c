import { describe, expect, it } from 'vitest';
import { functionLinePairs } from '../../src/lib/body-year/function-line-pairs.ts';

describe('functionLinePairs', () => {
  it('matches lines by code, names the level, and skips lines only one side lists', () => {
    const budget = { byFunction: [{ code: '201', name: '一般公共服务支出', amount: '100.00 万元' }, { code: '2080505', name: '机关事业单位基本养老保险缴费支出', amount: '5 万元' }] };
    const final = { byFunction: [{ code: '201', name: '一般公共服务支出', amount: '98.50 万元' }, { code: '221', name: '住房保障支出', amount: '3 万元' }] };
    expect(functionLinePairs(budget, final)).toEqual([
      { code: '201', name: '一般公共服务支出', level: '类', budgetPath: 'byFunction.0.amount', finalPath: 'byFunction.0.amount', unit: '万元', budget: '100.00', final: '98.50', difference: '-1.50', executionRate: '98.50' },
    ]);
  });
  it('matches by name when a side has no code, and is empty when either side has no lines', () => {
    expect(functionLinePairs({ byFunction: [{ name: '人大事务', amount: '10 万元' }] }, { byFunction: [{ code: '20101', name: '人大事务', amount: '12 万元' }] })[0]!.level).toBe('款');
    expect(functionLinePairs({}, { byFunction: [{ name: 'x', amount: '1 元' }] })).toEqual([]);
  });
});
