/**
 * Whether one indicator's 实际完成值 meets its 年度指标值, decided exactly (money.ts
 * decimals) and only when both are a number in the same unit; otherwise it says why not.
 */
import { compare, decimal } from '../money.ts';

export type Outcome =
  | { status: 'met' | 'not-met'; rule: string }
  | { status: 'not-reported'; rule: string }
  | { status: 'undecided'; rule: string };

const QUANTITY = /^\s*(≥|≤|>|<|=)?\s*([0-9]+(?:\.[0-9]+)?)\s*(.*?)\s*$/;

function parse(text: string): { op: string; value: string; unit: string } | undefined {
  const m = text.replace(/,/g, '').match(QUANTITY);
  return m ? { op: m[1] ?? '', value: m[2]!, unit: m[3]! } : undefined;
}

export function indicatorOutcome(target: string | undefined, actual: string | undefined, nature?: string): Outcome {
  if (actual === undefined || actual.trim() === '') return { status: 'not-reported', rule: '自评未填写实际完成值' };
  if (target === undefined) return { status: 'undecided', rule: '未公开年度指标值' };
  const t = parse(target);
  const a = parse(actual);
  if (!t || !a) return { status: 'undecided', rule: '指标值或完成值不是数量，未作判断' };
  if (t.unit !== a.unit) return { status: 'undecided', rule: `单位不同（${t.unit || '无'} 与 ${a.unit || '无'}），未作判断` };
  const op = t.op || (nature && nature !== '定性' ? nature : '=');
  const c = compare(decimal(a.value), decimal(t.value));
  const met = op === '≥' ? c >= 0 : op === '≤' ? c <= 0 : op === '>' ? c > 0 : op === '<' ? c < 0 : c === 0;
  return { status: met ? 'met' : 'not-met', rule: `实际 ${a.value}${a.unit} ${op} 目标 ${t.value}${t.unit}` };
}
