/** The national grade bands for performance evaluation results. */
import { compare, decimal } from '../money.ts';

export const NATIONAL_GRADE_BANDS = {
  source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）评价结果分档：90（含）-100分为优、80（含）-90分为良、60（含）-80分为中、60分以下为差。',
  bands: [
    { grade: '优', minimum: '90' },
    { grade: '良', minimum: '80' },
    { grade: '中', minimum: '60' },
    { grade: '差', minimum: '0' },
  ],
} as const;

/** The grade a score falls in, by the national bands (compared exactly). */
export function gradeForScore(score: number): string {
  const value = decimal(score);
  return NATIONAL_GRADE_BANDS.bands.find((band) => compare(value, decimal(band.minimum)) >= 0)?.grade ?? '差';
}
