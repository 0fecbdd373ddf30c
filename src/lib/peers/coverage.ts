/**
 * Which bodies published which kinds each year: per body, per yearly kind, the disclosure
 * or nothing. A gap is a gap: a body in the corpus that published nothing that year is a
 * row of gaps, not a missing row.
 */
import type { DisclosureKind } from '../../schemas/disclosure.ts';
import { disclosuresOf, type DepartmentInput, type DisclosureSummary } from '../figures/corpus.ts';

/** The four documents a body publishes every year (项目支出绩效自评 is per project, not yearly). */
export const YEARLY_KINDS = ['budget', 'final-accounts', 'performance-targets', 'self-evaluation'] as const satisfies readonly DisclosureKind[];
export type YearlyKind = (typeof YEARLY_KINDS)[number];

export interface CoverageRow {
  department: DepartmentInput;
  /** Per yearly kind, the id of the disclosure, or undefined when not published. */
  kinds: Record<YearlyKind, string | undefined>;
  /** 项目支出绩效自评 published that year (0 or more). */
  projects: number;
}

export function coverageRow(summaries: readonly DisclosureSummary[], department: DepartmentInput, year: number): CoverageRow {
  const own = disclosuresOf(summaries, department.id, year);
  const kinds = Object.fromEntries(YEARLY_KINDS.map((k) => [k, own.find((s) => s.data.kind === k)?.id])) as CoverageRow['kinds'];
  return { department, kinds, projects: own.filter((s) => s.data.kind === 'project-evaluation').length };
}

/** Published and expected yearly documents of `rows`. */
export function coverageCount(rows: readonly CoverageRow[]): { published: number; expected: number } {
  return { published: rows.reduce((n, r) => n + YEARLY_KINDS.filter((k) => r.kinds[k]).length, 0), expected: rows.length * YEARLY_KINDS.length };
}
