/**
 * Parses a published indicator target ("≥90%", "3次", "≤ 5 天", "100", "是", "长期")
 * into operator, value and unit, so a person can see whether it is quantified and
 * whether the actual meets it. The text itself is never changed.
 */
const OPERATORS = ['≥', '≤', '>', '<', '=', '＞', '＜', '＝'] as const;
const NORMAL: Record<string, string> = { '＞': '>', '＜': '<', '＝': '=', '>=': '≥', '<=': '≤' };

export interface ParsedTarget {
  quantified: boolean;
  operator?: string;
  /** The number as printed, without separators ("90"). */
  value?: string;
  unit?: string;
}

/** `unitColumn` is the 度量单位 column where the form has one. */
export function parseTarget(text: string, unitColumn?: string): ParsedTarget {
  const trimmed = text.trim().replace(/>=/g, '≥').replace(/<=/g, '≤');
  const match = trimmed.match(/^(≥|≤|>|<|=|＞|＜|＝)?\s*(?:约|不低于|不少于|不超过|不高于|达到)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(.*)$/);
  if (!match) return { quantified: false };
  const [, op, value, rest] = match;
  const wordOperator = /不低于|不少于/.test(trimmed) ? '≥' : /不超过|不高于/.test(trimmed) ? '≤' : undefined;
  const operator = NORMAL[op ?? ''] ?? op ?? wordOperator ?? '=';
  return { quantified: true, operator: OPERATORS.includes(operator as never) ? operator : '=', value: value.replace(/,/g, ''), unit: rest.trim() || unitColumn };
}
