/** Test helpers: load a content folder and audit it; summarise audits stably for golden files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditAndScore, type CorpusInput, type DisclosureAudit } from '../../src/lib/score/audit-and-score.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
/** Content folders whose audits are pinned by golden files. */
export const CORPORA = {
  seeds: join(ROOT, 'content'),
  'other-trees': join(ROOT, 'test', 'fixtures', 'audit', 'content'),
  'valid-kinds': join(ROOT, 'test', 'fixtures', 'valid', 'content'),
} as const;

export function loadCorpus(dir: string): CorpusInput {
  const disclosures = readdirSync(dir)
    .filter((y) => /^\d{4}$/.test(y))
    .flatMap((y) => readdirSync(join(dir, y)).flatMap((d) => readdirSync(join(dir, y, d)).filter((f) => f.endsWith('.json')).map((f) => ({ id: `${y}/${d}/${f.slice(0, -5)}`, data: JSON.parse(readFileSync(join(dir, y, d, f), 'utf8')) }))));
  const departments = Object.fromEntries(readdirSync(join(dir, 'departments')).map((f) => [f.slice(0, -5), JSON.parse(readFileSync(join(dir, 'departments', f), 'utf8'))]));
  return { disclosures, departments };
}

/** What a golden file pins: every finding and every score, without the run details. */
export function summarize(audit: DisclosureAudit) {
  return {
    id: audit.id,
    findings: audit.findings.map(({ rule, severity, message, fields, acknowledged }) => ({ rule, severity, message, fields, ...(acknowledged ? { acknowledged } : {}) })),
    quality: { version: audit.scores.quality.version, total: audit.scores.quality.total, items: audit.scores.quality.items.map((i) => ({ id: i.id, applicable: i.applicable, weight: i.weight, awarded: i.awarded, reasons: i.reasons.map((r) => `${r.awarded ? '+' : '−'}${r.points} ${r.text} [${r.evidence}]`) })) },
    selfScore: audit.scores.selfScore ?? null,
    official: audit.scores.official,
    metrics: audit.scores.metrics.map((m) => ({ id: m.id, value: m.value, explanation: m.explanation })),
  };
}

export function auditDir(dir: string): Map<string, DisclosureAudit> {
  return auditAndScore(loadCorpus(dir));
}

export const goldenPath = (corpus: string, id: string) => join(ROOT, 'test', 'golden', 'audit', corpus, `${id.replaceAll('/', '__')}.json`);
