/**
 * Parses a published indicator target ("≥90%", "3次", "≤ 5 天", "100", "是", "长期")
 * into operator, value and unit, so a person can see whether it is quantified and
 * whether the actual meets it. A range ("6至8期", "90%-95%") stays a range: operator
 * "range" with value (low) and upper. The text itself is never changed.
 */
const OPERATORS = ['≥', '≤', '>', '<', '=', '＞', '＜', '＝'] as const;
const NORMAL: Record<string, string> = { '＞': '>', '＜': '<', '＝': '=', '>=': '≥', '<=': '≤' };

export interface ParsedTarget {
  quantified: boolean;
  operator?: string;
  /** The number as printed, without separators ("90"); a range's low end. */
  value?: string;
  /** A range's high end ("8" of "6至8期"). */
  upper?: string;
  unit?: string;
}

const NUMBER = String.raw`-?\d[\d,]*(?:\.\d+)?`;
/** "6至8期", "6-8期", "90%～95%", "3到5次": low, optional unit, separator, high, unit. */
const RANGE = new RegExp(`^(${NUMBER})\\s*(\\S*?)\\s*(?:至|到|~|～|-|—|－)\\s*(${NUMBER})\\s*(.*)$`);

/** `unitColumn` is the 度量单位 column where the form has one. */
export function parseTarget(text: string, unitColumn?: string): ParsedTarget {
  const trimmed = text.trim().replace(/>=/g, '≥').replace(/<=/g, '≤');
  const range = trimmed.match(RANGE);
  // A high end below the low one is not a range but a date or a code ("2023-12-31").
  if (range && Number(range[3].replace(/,/g, '')) >= Number(range[1].replace(/,/g, ''))) {
    const [, low, lowUnit, high, rest] = range;
    const unit = rest.trim() || lowUnit || unitColumn;
    return { quantified: true, operator: 'range', value: low.replace(/,/g, ''), upper: high.replace(/,/g, ''), unit };
  }
  const match = trimmed.match(/^(≥|≤|>|<|=|＞|＜|＝)?\s*(?:约|不低于|不少于|不超过|不高于|达到)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(.*)$/);
  if (!match) return { quantified: false };
  const [, op, value, rest] = match;
  const wordOperator = /不低于|不少于/.test(trimmed) ? '≥' : /不超过|不高于/.test(trimmed) ? '≤' : undefined;
  const operator = NORMAL[op ?? ''] ?? op ?? wordOperator ?? '=';
  return { quantified: true, operator: OPERATORS.includes(operator as never) ? operator : '=', value: value.replace(/,/g, ''), unit: rest.trim() || unitColumn };
}
