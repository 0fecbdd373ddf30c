/**
 * The standard tables of 部门预算 and 部门决算 (财预〔2016〕143号 and the 公开01–09表 of
 * the 决算 template) by what they are, recognised from their titles. Titles vary by place
 * and year ("部门收支总表", "收入支出决算总表", "部门财务收支预算总表"), so each kind is a
 * pattern, not a fixed name. Read by the importer and by the audit's cross-table rules.
 */

export type FiscalTableKind = 'summary' | 'income' | 'spending' | 'fiscal' | 'generalPublic' | 'basic' | 'threePublic' | 'governmentFund' | 'stateCapital';

/** Checked in this order: the more specific names first ("财政拨款收支总表" before "收支总表"). */
const TITLE_PATTERNS: [FiscalTableKind, RegExp][] = [
  ['threePublic', /三公/],
  ['governmentFund', /政府性基金/],
  ['stateCapital', /国有资本经营/],
  ['basic', /基本支出/],
  ['generalPublic', /一般公共预算/],
  ['fiscal', /财政拨款收(入)?支(出)?(预算|决算)?总表/],
  ['summary', /(收支|收入支出)(预算|决算)?总表/],
  ['income', /收入(预算|决算)?总?表/],
  ['spending', /支出(预算|决算)?总?表/],
];

/** The kind of standard table a title (without its number) names, or undefined. */
export function fiscalTableKind(name: string): FiscalTableKind | undefined {
  return TITLE_PATTERNS.find(([, re]) => re.test(name))?.[0];
}
