/**
 * Whether an indicator's 实际完成值 meets its 年度指标值, decided exactly (money.ts
 * decimals) from the target as written (target.ts: ≥ / ≤ / ranges / 不低于 …), and only
 * when both are a number in the same unit. Otherwise it says why it cannot decide. The
 * rule it applied is returned in Chinese, so a page or a finding can show it.
 */
import { compare, decimal } from '../money.ts';
import { parseTarget } from './target.ts';

export type TargetOutcome =
  | { status: 'met' | 'not-met'; rule: string }
  | { status: 'not-reported'; rule: string }
  | { status: 'undecided'; rule: string };

/** Units that name the same thing: "≥100百分比" is a percentage. */
const SAME_UNIT: Record<string, string> = { '％': '%', 百分比: '%', 百分点: '%' };
const unitOf = (unit: string | undefined) => {
  const u = (unit ?? '').trim();
  return SAME_UNIT[u] ?? u;
};

/** An actual value is one number with its unit ("18次", "92.5%", "1,200"); nothing else is decided. */
const ACTUAL = /^\s*(-?\d[\d,]*(?:\.\d+)?)\s*([^\d\s≥≤<>=＜＞＝~～至到-]*)\s*$/;
/** An operator the target spells out, as opposed to a bare number read as "=". */
const EXPLICIT = /^\s*(≥|≤|>|<|=|＞|＜|＝|>=|<=)|不低于|不少于|不超过|不高于/;
const NATURES = new Set(['≥', '≤', '>', '<', '=']);

export interface OutcomeOptions {
  /** 指标性质 (=, ≥, ≤ …) where the form has that column; used when the target has no sign. */
  nature?: string;
  /** 度量单位 where the form has that column; the unit of a bare target and actual. */
  unit?: string;
}

export function targetOutcome(target: string | undefined, actual: string | undefined, options: OutcomeOptions = {}): TargetOutcome {
  if (actual === undefined || actual.trim() === '') return { status: 'not-reported', rule: '自评未填写实际完成值' };
  if (target === undefined || target.trim() === '') return { status: 'undecided', rule: '未公开年度指标值' };
  const t = parseTarget(target, options.unit);
  const a = actual.match(ACTUAL);
  if (!t.quantified || t.value === undefined || !a) return { status: 'undecided', rule: '指标值或完成值不是数量，未作判断' };
  const actualValue = a[1].replace(/,/g, '');
  const actualUnit = unitOf(a[2] || options.unit);
  const targetUnit = unitOf(t.unit);
  if (targetUnit !== actualUnit) return { status: 'undecided', rule: `单位不同（${targetUnit || '无'} 与 ${actualUnit || '无'}），未作判断` };
  const shown = (value: string) => `${value}${targetUnit}`;
  const x = decimal(actualValue);
  if (t.operator === 'range') {
    const inside = compare(x, decimal(t.value)) >= 0 && compare(x, decimal(t.upper!)) <= 0;
    return { status: inside ? 'met' : 'not-met', rule: `实际 ${shown(actualValue)}${inside ? '在' : '不在'}目标 ${t.value}至${shown(t.upper!)} 之间` };
  }
  const op = EXPLICIT.test(target) ? t.operator! : options.nature && NATURES.has(options.nature) ? options.nature : '=';
  const c = compare(x, decimal(t.value));
  const met = op === '≥' ? c >= 0 : op === '≤' ? c <= 0 : op === '>' ? c > 0 : op === '<' ? c < 0 : c === 0;
  if (met) return { status: 'met', rule: `实际 ${shown(actualValue)} ${op} 目标 ${shown(t.value)}` };
  const actually = c === 0 ? '=' : c < 0 ? '<' : '>';
  return { status: 'not-met', rule: `实际 ${shown(actualValue)} ${op === '=' ? '≠' : actually} 目标 ${shown(t.value)}（目标为“${target.trim()}”${EXPLICIT.test(target) || op === '=' ? '' : `，指标性质 ${op}`}）` };
}
