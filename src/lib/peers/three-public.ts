/**
 * 三公经费 across bodies and years, for the national view: per body-year the stated totals
 * of 部门预算 and 部门决算 (never one put in place of the other), the 决算's parts, and the
 * 决算's change against the previous year's 决算; per year × province how many bodies state them.
 */
import type { Disclosure } from '../../schemas/disclosure.ts';
import { parseAmount, toWanYuan, type Decimal } from '../money.ts';
import { disclosuresOf, type DepartmentInput, type DisclosureSummary } from '../figures/corpus.ts';
import { changeRate, threePublicOf } from './measures.ts';

type ThreePublic = NonNullable<Extract<Disclosure, { kind: 'budget' }>['threePublic']>;

export const THREE_PUBLIC_PARTS = [
  ['overseas', '因公出国（境）费'],
  ['vehicles', '公务用车购置及运行费'],
  ['reception', '公务接待费'],
] as const satisfies readonly (readonly [keyof ThreePublic, string])[];

export interface ThreePublicRow {
  department: DepartmentInput;
  budget?: { stated: string; source: string };
  final?: { stated: string; source: string; parts: Partial<Record<(typeof THREE_PUBLIC_PARTS)[number][0], string>> };
  /** The 决算 total against the previous year's 决算 total, 2 decimals. */
  change?: { rate: Decimal; previous: string; previousSource: string };
}

const ofKind = (summaries: readonly DisclosureSummary[], department: string, year: number, kind: 'budget' | 'final-accounts') =>
  disclosuresOf(summaries, department, year).find((s) => s.data.kind === kind);

/** One body-year's 三公 figures; undefined when it states none. */
export function threePublicRow(summaries: readonly DisclosureSummary[], department: DepartmentInput, year: number): ThreePublicRow | undefined {
  const budget = ofKind(summaries, department.id, year, 'budget');
  const final = ofKind(summaries, department.id, year, 'final-accounts');
  const b = threePublicOf(budget);
  const f = threePublicOf(final);
  if (!b && !f) return undefined;
  const row: ThreePublicRow = { department };
  if (b) row.budget = { stated: b.stated, source: budget!.id };
  if (f && final && 'threePublic' in final.data) {
    const stated = final.data.threePublic!;
    row.final = { stated: f.stated, source: final.id, parts: Object.fromEntries(THREE_PUBLIC_PARTS.filter(([k]) => stated[k] !== undefined).map(([k]) => [k, stated[k]!])) };
    const previous = ofKind(summaries, department.id, year - 1, 'final-accounts');
    const p = threePublicOf(previous);
    const rate = p ? changeRate(f.wan, p.wan) : undefined;
    if (p && rate) row.change = { rate, previous: p.stated, previousSource: previous!.id };
  }
  return row;
}

/** An amount as exact 万元, for sorting and spreadsheets. */
export const wanOf = (stated: string): Decimal => toWanYuan(parseAmount(stated));

/** The rows of the bodies of `bodies` that state 三公 in `year`, and those that do not. */
export function threePublicRows(summaries: readonly DisclosureSummary[], bodies: readonly DepartmentInput[], year: number): { rows: ThreePublicRow[]; silent: DepartmentInput[] } {
  const rows: ThreePublicRow[] = [];
  const silent: DepartmentInput[] = [];
  for (const d of bodies) {
    const row = threePublicRow(summaries, d, year);
    if (row) rows.push(row);
    else silent.push(d);
  }
  return { rows, silent };
}
