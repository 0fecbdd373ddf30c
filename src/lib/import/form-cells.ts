/**
 * Cells of a form row that the extraction flattened: a row run together on one line split
 * back into its cells, and a row's cells placed in the columns its header names. A row
 * whose cells fit its columns in exactly one way is placed; any other is left as read, for
 * a person (the importer never guesses which column an empty cell was).
 */
import { type Column, isBlankMark, isNature, isNumber, isPercent, isValue } from './form-vocabulary.ts';
import { parseTarget } from '../standards/target.ts';

const OPERATOR = /^(≥|≤|>|<|=|＞|＜|＝|>=|<=|不低于|不少于|不超过|不高于|约)$/;
/** A range's word between its ends, printed apart ("6 至 8 期"); a lone dash is an empty cell, not a joiner. */
const JOINER = /^(至|到|~|～)$/;
const UNIT = /^(%|％|次|天|日|个|期|人|人次|项|场|件|家|篇|份|条|分|元|万元|小时|月|年|批|所|名|本|户)$/;

/**
 * A row run together on one line → its cells: split at whitespace, then a sign, a range's
 * "至" and (where the form has no 度量单位 column) a unit that the extraction set apart are
 * joined back to their number ("≥ 90 %" → "≥90%", "6 至 8 期" → "6至8期").
 */
export function splitRunTogether(text: string, unitColumn = false): string[] {
  const out: string[] = [];
  for (const token of text.trim().split(/[\s\u3000]+/).filter(Boolean)) {
    const last = out.at(-1);
    if (last !== undefined && (OPERATOR.test(last) || (JOINER.test(last.slice(-1)) && /\d/.test(last)) || (JOINER.test(token) && /\d/.test(last)))) out[out.length - 1] = last + token;
    else if (last !== undefined && !unitColumn && UNIT.test(token) && /\d$/.test(last)) out[out.length - 1] = last + token;
    else out.push(token);
  }
  return out;
}

/** Whether a cell can stand in a column of this type. */
export function fits(column: Column, cell: string): boolean {
  if (isBlankMark(cell)) return true;
  switch (column.type) {
    case 'number': return isNumber(cell);
    case 'percent': return isPercent(cell);
    case 'nature': return isNature(cell);
    case 'unit': return !isValue(cell) && cell.trim().length <= 4;
    case 'value': return isValue(cell);
    default: return !isNumber(cell) && !isPercent(cell);
  }
}

/** A row's cells by column key ('' where the source marks the cell empty), or undefined when they fit in no way or in several. */
export type Placed = Record<string, string>;

/**
 * Places `cells`, in order, into `columns` (each at most once). `allowed` may reject a
 * placement (a rule of the form); of the placements left, exactly one must remain.
 */
export function placeCells(cells: readonly string[], columns: readonly Column[], allowed: (placed: Placed) => boolean = () => true): Placed | undefined {
  const found: Placed[] = [];
  const walk = (i: number, from: number, placed: Placed) => {
    if (found.length > 1) return;
    if (i === cells.length) {
      if (allowed(placed)) found.push({ ...placed });
      return;
    }
    for (let c = from; c <= columns.length - (cells.length - i); c++) {
      if (!fits(columns[c], cells[i])) continue;
      placed[columns[c].key] = isBlankMark(cells[i]) ? '' : cells[i].trim();
      walk(i + 1, c + 1, placed);
      delete placed[columns[c].key];
    }
  };
  walk(0, 0, {});
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The rules of an indicator row beyond its cells' types (README: the rules of a lost table):
 * a row states its target first; of 分值 and 得分, one number alone is the 分值 the template
 * prints; a bare number is not the 实际完成值 of a target printed with a unit ("≥20次").
 */
export function indicatorRules(columns: readonly Column[]): (placed: Placed) => boolean {
  const hasMax = columns.some((c) => c.key === 'maxScore');
  const hasUnitColumn = columns.some((c) => c.key === 'unit');
  return (p) => {
    const values = Object.values(p).filter(Boolean);
    const target = p.annualTarget || p.periodTarget;
    if (values.length && !target) return false;
    if (hasMax && p.score && !p.maxScore) return false;
    if (!hasUnitColumn && p.actual && isNumber(p.actual) && target && parseTarget(target).unit) return false;
    return true;
  };
}
