import { describe, expect, it } from 'vitest';
import { budgetFinalPairs } from '../../src/lib/body-year/budget-final-pairs.ts';

describe('budgetFinalPairs', () => {
  it('pairs only figures both documents state, exactly, in the final accounts unit', () => {
    const budget = { spending: { total: '1635.52 万元', basic: '1000 万元' } };
    const final = { spending: { total: '19838200 元', project: '500 万元' } };
    expect(budgetFinalPairs(budget, final)).toEqual([
      { path: 'spending.total', label: '支出合计', unit: '元', budget: '16355200.00', final: '19838200',
        difference: '3483000.00', executionRate: '121.30' },
    ]);
  });
  it('gives no rate when the budget is zero', () => {
    const pairs = budgetFinalPairs({ spending: { total: '0 万元' } }, { spending: { total: '1.00 万元' } });
    expect(pairs[0]!.executionRate).toBeUndefined();
    expect(pairs[0]!.difference).toBe('1.00');
  });
});
