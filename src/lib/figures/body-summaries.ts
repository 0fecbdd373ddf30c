/**
 * The cross-year pages' summaries made one body at a time: every rule of the audit compares
 * a disclosure only with the same body's (its other documents of the year, its earlier
 * years), so a body's summaries read only that body's disclosures. A partitioned build keeps
 * them between builds and remakes a body's only when its files change
 * (scripts/site-summaries.ts); the site build reads them instead of the whole corpus.
 */
import { auditAndScore } from '../score/audit-and-score.ts';
import { summaryData } from './summary-data.ts';
import { compareSummaries, summarizeCorpus, type DepartmentInput, type DisclosureInput, type DisclosureSummary } from './corpus.ts';

/** A summary as kept between builds: its department is attached when it is read. */
export type StoredSummary = Omit<DisclosureSummary, 'department'>;

/** One body's summaries (its disclosures audited and scored together), in reading order. */
export function bodySummaries(department: DepartmentInput, disclosures: readonly DisclosureInput[]): StoredSummary[] {
  const audit = auditAndScore({ disclosures: [...disclosures], departments: { [department.id]: department.data } }, { runs: false });
  return summarizeCorpus({ disclosures: [...disclosures], departments: [department], audit }).map(({ department: _, data, ...stored }) => ({ ...stored, data: summaryData(data) }));
}

/** Stored summaries of many bodies with their departments, in the corpus's reading order. */
export function withDepartments(stored: readonly StoredSummary[], departments: readonly DepartmentInput[]): DisclosureSummary[] {
  const byId = new Map(departments.map((d) => [d.id, d]));
  return stored
    .map((s) => {
      const department = byId.get(s.data.department);
      if (!department) throw new Error(`${s.id}: no department "${s.data.department}" in content/departments/`);
      return { ...s, department };
    })
    .sort(compareSummaries);
}
