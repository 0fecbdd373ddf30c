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
  /** 年度指标值 (or, where the table has none, 实施周期指标值) as printed in the 绩效目标表. */
  target: string;
  /** Where the target stands in the 绩效目标's JSON ("indicators.3.annualTarget"). */
  targetPath: string;
  actual?: string;
  /** Where the 自评 states (or would state) the actual ("targets.1.actual"). */
  actualPath: string;
  outcome: Outcome;
}

const key = (row: Indicator) => [row.level1, row.level2 ?? '', row.level3 ?? ''].join('|');

export function indicatorPairs(targets: unknown, evaluation: unknown): IndicatorPair[] {
  const evaluated = new Map<string, { row: Indicator; path: string }>();
  // The first row of a name wins, as the 目标表's first row does below.
  for (const entry of indicatorRows(evaluation)) if (!evaluated.has(key(entry.row))) evaluated.set(key(entry.row), entry);
  const seen = new Set<string>();
  return indicatorRows(targets).flatMap(({ row, path }) => {
    const field = row.annualTarget ? 'annualTarget' : 'periodTarget';
    const target = row[field];
    const match = evaluated.get(key(row));
    if (!row.level3 || !target || !match || seen.has(key(row))) return [];
    seen.add(key(row));
    const actual = match.row.actual;
    return [{
      name: row.level3, level1: row.level1, ...(row.level2 ? { level2: row.level2 } : {}), target, targetPath: `${path}.${field}`,
      ...(actual ? { actual } : {}), actualPath: `${match.path}.actual`,
      outcome: indicatorOutcome(target, actual, row.nature ?? match.row.nature),
    }];
  });
}
