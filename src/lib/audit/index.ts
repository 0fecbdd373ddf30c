/**
 * Entry point of the audit and scoring stage (content → schemas → audit → score → pages).
 * `auditCorpus` runs every rule over every disclosure and scores each one. Pure: it
 * needs only the disclosures' JSON figures and the departments, never the MDX bodies,
 * so cross-year pages can use it without rendering any document.
 */
import type { Department } from '../../schemas/department.ts';
import { derivedMetrics } from '../score/metrics.ts';
import { officialResults } from '../score/official.ts';
import { qualityIndex } from '../score/quality-index.ts';
import { recomputeSelfScore } from '../score/self-score.ts';
import type { DisclosureScores } from '../score/types.ts';
import { auditDisclosure, type RuleRun } from './audit-disclosure.ts';
import type { AuditContext, AuditedDisclosure, Finding } from './types.ts';

export type { Finding, FindingSeverity, AuditedDisclosure, Rule } from './types.ts';
export type { DisclosureScores, QualityIndex, DerivedMetric, OfficialResult, RecomputedScore, QualityItemResult } from '../score/types.ts';
export { RULES } from './rules/index.ts';

export interface CorpusInput {
  disclosures: AuditedDisclosure[];
  departments: Record<string, Department>;
}

export interface DisclosureAudit {
  id: string;
  findings: Finding[];
  scores: DisclosureScores;
  /** Each rule's run (fields compared, findings), for tests and the methodology page. */
  runs: RuleRun[];
}

/** Audits and scores every disclosure of the corpus. */
export function auditCorpus(input: CorpusInput): Map<string, DisclosureAudit> {
  const index = new Map(input.disclosures.map((d) => [`${d.data.department}/${d.data.fiscalYear}/${d.data.kind}`, d]));
  const find: AuditContext['find'] = (department, fiscalYear, kind) => index.get(`${department}/${fiscalYear}/${kind}`);
  const results = new Map<string, DisclosureAudit>();
  for (const disclosure of input.disclosures) {
    const department = input.departments[disclosure.data.department];
    const { findings, runs } = auditDisclosure({ disclosure, department, find });
    const previous = find(disclosure.data.department, disclosure.data.fiscalYear - 1, disclosure.data.kind);
    const scores: DisclosureScores = {
      selfScore: recomputeSelfScore(disclosure.data),
      quality: qualityIndex(disclosure.data, runs),
      official: officialResults(disclosure.data),
      metrics: derivedMetrics(disclosure.data, department, previous?.data),
    };
    results.set(disclosure.id, { id: disclosure.id, findings, scores, runs });
  }
  return results;
}
