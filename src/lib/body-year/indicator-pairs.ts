/**
 * 绩效目标 → 自评: the indicators both documents state, matched by their 一级/二级/三级
 * names, each with its target as printed, the actual, and the decided outcome.
 */
import type { Indicator } from '../../schemas/indicator.ts';
import { indicatorRows } from '../audit/indicators.ts';
import { indicatorOutcome, type Outcome } from './indicator-outcome.ts';

export interface IndicatorPair {
  name: string;
  level1: string;
  level2?: string;
  /** 年度指标值 as printed in the 绩效目标表. */
  target: string;
  actual?: string;
  outcome: Outcome;
}

const key = (row: Indicator) => [row.level1, row.level2 ?? '', row.level3 ?? ''].join('|');

export function indicatorPairs(targets: unknown, evaluation: unknown): IndicatorPair[] {
  const evaluated = new Map(indicatorRows(evaluation).map(({ row }) => [key(row), row]));
  return indicatorRows(targets).flatMap(({ row }) => {
    const target = row.annualTarget ?? row.periodTarget;
    const actual = evaluated.get(key(row));
    if (!row.level3 || !target || !actual) return [];
    return [{
      name: row.level3, level1: row.level1, ...(row.level2 ? { level2: row.level2 } : {}), target,
      ...(actual.actual ? { actual: actual.actual } : {}),
      outcome: indicatorOutcome(target, actual.actual, row.nature ?? actual.nature),
    }];
  });
}
