/**
 * A disclosure's figures as its summary keeps them: without the fields that only its own
 * page reads (the facts, targets' working, score sheets, cited documents …). Key figures and
 * the audit are made from the whole disclosure before; what cross-year pages read of the
 * figures themselves is titles, dates, sources, corrections and the few totals and trees
 * they compare. The cross-year site build holds every summary of the corpus at once: these
 * fields were 3.5 of a summary's 6.5 KB at 30,000 disclosures.
 */
import type { Disclosure } from '../../schemas/disclosure.ts';

/** Fields no cross-year page reads. A field left out here is only kept, never lost. */
export const PAGE_ONLY_FIELDS = [
  'facts',
  'overallTargets',
  'overallTarget',
  'score',
  'citedDocuments',
  'keyTasks',
  'otherTasks',
  'measures',
  'problems',
  'balances',
  'tables',
  'yearOverYear',
  'funds',
  'breakdowns',
  'developmentSpending',
] as const;

type PageOnlyField = (typeof PAGE_ONLY_FIELDS)[number];

/** Each kind of disclosure without its page-only fields. */
export type SummaryData = Disclosure extends infer D ? (D extends unknown ? Omit<D, PageOnlyField> : never) : never;

/** The disclosure's figures without its page-only fields. */
export function summaryData(data: SummaryData): SummaryData {
  const kept: Record<string, unknown> = { ...data };
  for (const field of PAGE_ONLY_FIELDS) delete kept[field];
  return kept as SummaryData;
}
