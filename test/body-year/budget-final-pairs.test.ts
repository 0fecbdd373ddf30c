import { describe, expect, it } from 'vitest';
import { budgetFinalPairs } from '../../src/lib/body-year/budget-final-pairs.ts';

describe('budgetFinalPairs', () => {
  it('pairs only figures both documents state, exactly, in the final accounts unit', () => {
    const budget = { spending: { total: '1635.52 万元', basic: '1000 万元' } };
    const final = { spending: { total: '19838200 元', project: '500 万元' } };
    expect(budgetFinalPairs(budget, final)).toEqual([
      { path: 'spending.total', label: '支出合计', indent: 0, unit: '元', budget: '16355200.00', final: '19838200',
        difference: '3483000.00', executionRate: '121.30' },
    ]);
  });
  it('pairs income, 三公经费, 机关运行经费 and 政府采购 too, named and nested as the schema says', () => {
    const budget = { income: { total: '10 万元' }, threePublic: { reception: '4.50 万元' }, operatingCosts: '150.00 万元', procurement: { smeShare: '100%' } };
    const final = { income: { total: '9.5 万元' }, threePublic: { reception: '3.80 万元' }, operatingCosts: '1500000 元', procurement: { smeShare: '90%' } };
    expect(budgetFinalPairs(budget, final).map((p) => [p.path, p.label, p.indent, p.difference, p.executionRate])).toEqual([
      ['income.total', '收入合计', 0, '-0.5', '95.00'],
      ['threePublic.reception', '公务接待费', 1, '-0.70', '84.44'],
      ['operatingCosts', '机关运行经费', 0, '0.00', '100.00'],
    ]);
  });
  it('gives no rate when the budget is zero', () => {
    const pairs = budgetFinalPairs({ spending: { total: '0 万元' } }, { spending: { total: '1.00 万元' } });
    expect(pairs[0]!.executionRate).toBeUndefined();
    expect(pairs[0]!.difference).toBe('1.00');
  });
});
