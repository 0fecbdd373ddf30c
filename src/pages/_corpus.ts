/**
 * Loads the corpus for cross-year pages and downloads: the JSON collections only (never
 * the MDX texts), summarised by src/lib/figures/corpus.ts, with the audit's findings and
 * scores (src/lib/audit) attached. The underscore keeps this file out of the routes.
 */
import { getCollection } from 'astro:content';
import { auditAndScore, type PageAudit } from '../lib/score/audit-and-score.ts';
import { compareDepartments, summarizeCorpus, type DepartmentInput, type DisclosureSummary } from '../lib/figures/corpus.ts';

/** Everything cross-year pages need, loaded once per build. */
export interface Corpus {
  summaries: DisclosureSummary[];
  departments: DepartmentInput[];
  /** The full audit result per disclosure id, for the audit components on disclosure pages. */
  audits: ReadonlyMap<string, PageAudit>;
}

let loading: Promise<Corpus> | undefined;

/** The summarised, audited corpus, shared by every page of one build. */
export function loadCorpus(): Promise<Corpus> {
  loading ??= (async () => {
    const departments = (await getCollection('departments')).map((d) => ({ id: d.id, data: d.data })).sort(compareDepartments);
    const disclosures = (await getCollection('disclosures')).map((d) => ({ id: d.id, data: d.data }));
    const audits = auditAndScore({ disclosures, departments: Object.fromEntries(departments.map((d) => [d.id, d.data])) }, { runs: false });
    return { summaries: summarizeCorpus({ disclosures, departments, audit: audits }), departments, audits };
  })();
  return loading;
}
