/**
 * A disclosure's audit cut down to what cross-year pages read (AuditView). The audit's
 * result holds far more (every quality-index item with its explanation is two thirds of
 * it); summaries keep only the view, so the cross-year site build, which holds every
 * summary of the corpus at once, does not carry the rest (2.7 of 9.2 KB a summary at
 * 30,000 disclosures). Disclosure pages read the whole result, never a summary's.
 */
import type { AuditView } from './corpus.ts';

/** Copies `value` without its undefined properties, so a view equals one made by hand. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The declared fields of an audit result, nothing else. */
export function auditView(audit: AuditView): AuditView {
  const findings = audit.findings.map(({ rule, severity, title, message, fields }) => ({ rule, severity, title, message, fields }));
  const scores = audit.scores;
  if (!scores) return { findings };
  const { quality, selfScore, metrics } = scores;
  return {
    findings,
    scores: defined({
      quality: quality && defined({ total: quality.total, version: quality.version, incomplete: quality.incomplete && { label: quality.incomplete.label } }),
      selfScore: selfScore && defined({ reported: selfScore.reported, recomputed: selfScore.recomputed, matches: selfScore.matches }),
      metrics: metrics?.map(({ id, title, value, explanation }) => ({ id, title, value, explanation })),
    }),
  };
}
