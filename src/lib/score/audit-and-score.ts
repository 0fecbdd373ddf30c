/**
 * Audits and scores every disclosure of a corpus: the audit's findings (src/lib/audit),
 * then each disclosure's scores from its figures and the rules' runs. Pure, like both.
 */
import { auditEach, type CorpusInput, type Finding, type RuleRun } from '../audit/index.ts';
import { derivedMetrics } from './metrics.ts';
import { officialResults } from './official.ts';
import { qualityIndex } from './quality-index.ts';
import { recomputeSelfScore } from './self-score.ts';
import type { DisclosureScores } from './types.ts';

export type { CorpusInput } from '../audit/index.ts';

export interface DisclosureAudit {
  id: string;
  findings: Finding[];
  scores: DisclosureScores;
  /** Each rule's run (fields compared, findings), for tests and the methodology page. */
  runs: RuleRun[];
}

/** What pages show of an audit: the findings and scores, without the rules' runs. */
export type PageAudit = Omit<DisclosureAudit, 'runs'>;

/**
 * Audits and scores every disclosure of the corpus; with `runs: false` each disclosure's
 * rule runs are dropped once it is scored (pages never show them, and they are about four
 * times the size of the disclosure's own figures).
 */
export function auditAndScore(input: CorpusInput): Map<string, DisclosureAudit>;
export function auditAndScore(input: CorpusInput, options: { runs: false }): Map<string, PageAudit>;
export function auditAndScore(input: CorpusInput, options: { runs?: boolean } = {}): Map<string, PageAudit> {
  const disclosures = new Map(input.disclosures.map((d) => [d.id, d]));
  const results = new Map<string, PageAudit | DisclosureAudit>();
  for (const { id, findings, runs, previous } of auditEach(input)) {
    const disclosure = disclosures.get(id)!;
    const department = input.departments[disclosure.data.department];
    const scores: DisclosureScores = {
      selfScore: recomputeSelfScore(disclosure.data),
      quality: qualityIndex(disclosure.data, runs),
      official: officialResults(disclosure.data),
      metrics: derivedMetrics(disclosure.data, department, previous?.data),
    };
    results.set(id, options.runs === false ? { id, findings, scores } : { id, findings, scores, runs });
  }
  return results;
}
