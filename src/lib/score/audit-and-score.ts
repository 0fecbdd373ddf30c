/**
 * Audits and scores every disclosure of a corpus: the audit's findings (src/lib/audit),
 * then each disclosure's scores from its figures and the rules' runs. Pure, like both.
 */
import { auditCorpus, type CorpusInput, type Finding, type RuleRun } from '../audit/index.ts';
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

/** Audits and scores every disclosure of the corpus. */
export function auditAndScore(input: CorpusInput): Map<string, DisclosureAudit> {
  const disclosures = new Map(input.disclosures.map((d) => [d.id, d]));
  const results = new Map<string, DisclosureAudit>();
  for (const [id, { findings, runs, previous }] of auditCorpus(input)) {
    const disclosure = disclosures.get(id)!;
    const department = input.departments[disclosure.data.department];
    const scores: DisclosureScores = {
      selfScore: recomputeSelfScore(disclosure.data),
      quality: qualityIndex(disclosure.data, runs),
      official: officialResults(disclosure.data),
      metrics: derivedMetrics(disclosure.data, department, previous?.data),
    };
    results.set(id, { id, findings, scores, runs });
  }
  return results;
}
