/** Loads a content folder the way the site does (schemas applied), for lib tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DepartmentSchema } from '../../../src/schemas/department.ts';
import { DisclosureSchema } from '../../../src/schemas/disclosure.ts';
import { summarizeCorpus, compareDepartments, type DepartmentInput, type DisclosureInput } from '../../../src/lib/figures/corpus.ts';
import { auditAndScore } from '../../../src/lib/score/audit-and-score.ts';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const SEEDS = join(ROOT, 'content');

/** Departments and disclosures of a content folder, validated. */
export function loadContent(dir: string): { departments: DepartmentInput[]; disclosures: DisclosureInput[] } {
  const departments = readdirSync(join(dir, 'departments'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ id: f.slice(0, -5), data: DepartmentSchema.parse(JSON.parse(readFileSync(join(dir, 'departments', f), 'utf8'))) }))
    .sort(compareDepartments);
  const disclosures = readdirSync(dir)
    .filter((y) => /^\d{4}$/.test(y))
    .flatMap((y) =>
      readdirSync(join(dir, y)).flatMap((d) =>
        readdirSync(join(dir, y, d))
          .filter((f) => f.endsWith('.json'))
          .map((f) => ({ id: `${y}/${d}/${f.slice(0, -5)}`, data: DisclosureSchema.parse(JSON.parse(readFileSync(join(dir, y, d, f), 'utf8'))) })),
      ),
    );
  return { departments, disclosures };
}

/** The summarised corpus of a content folder (no audit). */
export function loadSummaries(dir: string) {
  const content = loadContent(dir);
  return { ...content, summaries: summarizeCorpus(content) };
}

/** The summarised corpus of a content folder with the audit's findings and scores, as the site loads it. */
export function loadAuditedSummaries(dir: string) {
  const content = loadContent(dir);
  const audit = auditAndScore({ disclosures: content.disclosures, departments: Object.fromEntries(content.departments.map((d) => [d.id, d.data])) }, { runs: false });
  return { ...content, audit, summaries: summarizeCorpus({ ...content, audit }) };
}
