/**
 * Official formulas applied to a disclosure's figures, labelled as such, beside what the
 * disclosure itself reports. 明账's own rubric is elsewhere (quality-index.ts).
 */
import { compare, decimal, divide, toPlainString } from '../money.ts';
import { amountField, inUnit } from '../audit/fields.ts';
import type { Disclosure } from '../../schemas/disclosure.ts';
import { gradeForScore, NATIONAL_GRADE_BANDS } from '../standards/grade-bands.ts';
import type { OfficialResult } from './types.ts';

export function officialResults(data: Disclosure): OfficialResult[] {
  if (data.kind !== 'project-evaluation') return [];
  const results: OfficialResult[] = [];
  const row = data.funds?.[0];
  const noop = () => {};
  const executed = amountField(data, 'funds.0.executed', noop);
  const budget = amountField(data, 'funds.0.adjustedBudget', noop) ?? amountField(data, 'funds.0.initialBudget', noop);
  if (row && executed && budget) {
    const maxScore = row.maxScore ?? 10;
    const rate = divide(inUnit(executed, executed.unit), inUnit(budget, executed.unit), 6, 'half-up');
    if (rate) {
      const capped = compare(rate, decimal(1)) > 0 ? decimal(1) : rate;
      const score = divide({ units: capped.units * decimal(maxScore).units, scale: capped.scale + decimal(maxScore).scale }, decimal(1), 2, 'half-up')!;
      results.push({
        id: 'project-execution-score',
        title: '预算执行率得分',
        formula: `预算执行率 × ${maxScore}，执行率超过 100% 按 100% 计`,
        source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）附件“项目支出绩效自评表”',
        value: toPlainString(score),
        reported: row.score === undefined ? undefined : String(row.score),
      });
    }
  }
  if (data.totalScore !== undefined) {
    results.push({
      id: 'grade-band',
      title: '评价等级',
      formula: '90（含）–100 分为优，80（含）–90 分为良，60（含）–80 分为中，60 分以下为差',
      source: NATIONAL_GRADE_BANDS.source,
      value: gradeForScore(data.totalScore),
      reported: data.grade,
    });
  }
  return results;
}
