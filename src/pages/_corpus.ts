/**
 * Loads the corpus for cross-year pages and downloads: the JSON collections only (never
 * the MDX texts), summarised by src/lib/figures/corpus.ts, with the audit's findings and
 * scores (src/lib/audit) attached. The cross-year site build of a partitioned build reads
 * each body's summaries, made beside it by scripts/site-summaries.ts (MINGZHANG_SUMMARIES),
 * instead of loading and auditing the whole corpus. The underscore keeps this file out of
 * the routes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { getCollection } from 'astro:content';
import { buildScope } from '../lib/build/build-scope.ts';
import { withDepartments, type StoredSummary } from '../lib/figures/body-summaries.ts';
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
    if (buildScope().kind === 'site') {
      // The site build makes no disclosure page, the only reader of the whole audit results.
      return { summaries: withDepartments(storedSummaries(), departments), departments, audits: new Map() };
    }
    const disclosures = (await getCollection('disclosures')).map((d) => ({ id: d.id, data: d.data }));
    const audits = auditAndScore({ disclosures, departments: Object.fromEntries(departments.map((d) => [d.id, d.data])) }, { runs: false });
    return { summaries: summarizeCorpus({ disclosures, departments, audit: audits }), departments, audits };
  })();
  return loading;
}

/** Every body's stored summaries. */
function storedSummaries(): StoredSummary[] {
  const dir = process.env.MINGZHANG_SUMMARIES;
  if (!dir) throw new Error('the site build reads the bodies\' summaries of scripts/site-summaries.ts: set MINGZHANG_SUMMARIES to their folder');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.v8'))
    .sort()
    .flatMap((name) => deserialize(readFileSync(join(dir, name))) as StoredSummary[]);
}
