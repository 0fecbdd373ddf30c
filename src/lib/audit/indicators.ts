/** Every indicator row a disclosure holds (目标表 indicators, 自评 targets), with its path. */
import type { Indicator } from '../../schemas/indicator.ts';

export function indicatorRows(data: unknown): { row: Indicator; path: string }[] {
  const d = data as { indicators?: Indicator[]; targets?: Indicator[] };
  return [
    ...(d.indicators ?? []).map((row, i) => ({ row, path: `indicators.${i}` })),
    ...(d.targets ?? []).map((row, i) => ({ row, path: `targets.${i}` })),
  ];
}
