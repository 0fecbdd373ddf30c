/**
 * One body's comparison with its peers in one fiscal year: the group and its standing on
 * every metric — the figure metrics, and the quality index of each kind it published.
 */
import { KIND_NAMES } from '../../schemas/disclosure.ts';
import { disclosuresOf, type DepartmentInput, type DisclosureSummary } from '../figures/corpus.ts';
import { FIGURE_METRICS, qualityMetric, type Metric } from './metrics.ts';
import { peerGroup, type PeerGroup } from './peer-group.ts';
import { standing, type Standing } from './standing.ts';

export interface PeerComparison {
  year: number;
  group: PeerGroup;
  rows: { metric: Metric; standing: Standing }[];
}

/** The years a body published anything, newest first. */
export function yearsOfBody(summaries: readonly DisclosureSummary[], department: string): number[] {
  return [...new Set(disclosuresOf(summaries, department).map((s) => s.data.fiscalYear))].sort((a, b) => b - a);
}

/** The metrics a body-year is compared on. */
export function metricsFor(summaries: readonly DisclosureSummary[], department: string, year: number): Metric[] {
  const kinds = new Set(disclosuresOf(summaries, department, year).map((s) => s.data.kind));
  return [...FIGURE_METRICS, ...KIND_NAMES.filter((k) => kinds.has(k)).map(qualityMetric)];
}

/** `subject`'s comparison in `year` among `departments` (all bodies of the corpus). */
export function peerComparison(summaries: readonly DisclosureSummary[], departments: readonly DepartmentInput[], subject: DepartmentInput, year: number): PeerComparison {
  const group = peerGroup(subject, departments);
  return {
    year,
    group,
    rows: metricsFor(summaries, subject.id, year).map((metric) => ({ metric, standing: standing(summaries, subject, group.members, year, metric.id) })),
  };
}
