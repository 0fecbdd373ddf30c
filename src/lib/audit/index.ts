/**
 * Entry point of the audit stage (content → schemas → audit → score → pages).
 * `auditCorpus` runs every rule over every disclosure. Pure: it needs only the
 * disclosures' JSON figures and the departments, never the MDX bodies, so cross-year
 * pages can use it without rendering any document. Scoring comes after it, in
 * src/lib/score/audit-and-score.ts.
 */
import type { Department } from '../../schemas/department.ts';
import { auditDisclosure, type RuleRun } from './audit-disclosure.ts';
import type { AuditContext, AuditedDisclosure, Finding } from './types.ts';

export type { Finding, FindingSeverity, AuditedDisclosure, Rule } from './types.ts';
export type { RuleRun } from './audit-disclosure.ts';
export { RULES } from './rules/index.ts';

export interface CorpusInput {
  disclosures: AuditedDisclosure[];
  departments: Record<string, Department>;
}

/** One disclosure's audit: its findings and each rule's run (fields compared, findings). */
export interface DisclosureFindings {
  id: string;
  findings: Finding[];
  runs: RuleRun[];
  /** The same department's disclosure of the same kind a year earlier, if any. */
  previous?: AuditedDisclosure;
}

/**
 * Audits the disclosures of the corpus one at a time: a caller that keeps only what it
 * needs of each holds one disclosure's rule runs at a time, not the corpus's.
 */
export function* auditEach(input: CorpusInput): Generator<DisclosureFindings> {
  const index = new Map(input.disclosures.map((d) => [`${d.data.department}/${d.data.fiscalYear}/${d.data.kind}`, d]));
  const find: AuditContext['find'] = (department, fiscalYear, kind) => index.get(`${department}/${fiscalYear}/${kind}`);
  for (const disclosure of input.disclosures) {
    const department = input.departments[disclosure.data.department];
    const { findings, runs } = auditDisclosure({ disclosure, department, find });
    const previous = find(disclosure.data.department, disclosure.data.fiscalYear - 1, disclosure.data.kind);
    yield { id: disclosure.id, findings, runs, previous };
  }
}

/** Audits every disclosure of the corpus. */
export function auditCorpus(input: CorpusInput): Map<string, DisclosureFindings> {
  const results = new Map<string, DisclosureFindings>();
  for (const result of auditEach(input)) results.set(result.id, result);
  return results;
}
