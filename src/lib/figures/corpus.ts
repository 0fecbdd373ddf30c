/**
 * The corpus as cross-year pages see it: one summary per disclosure (its key figures,
 * department and audit results), in one reading order. Built from the JSON collections
 * only, never the MDX text, so year, department and comparison pages and the downloads
 * can be built without rendering any document.
 */
import type { Department } from '../../schemas/department.ts';
import { KIND_NAMES, type Disclosure } from '../../schemas/disclosure.ts';
import { auditView } from './audit-view.ts';
import { keyFigures, type KeyFigures } from './key-figures.ts';
import type { SummaryData } from './summary-data.ts';

/** One disclosure: "2023/guangzhou-rd/self-evaluation" and its validated JSON. */
export interface DisclosureInput {
  id: string;
  data: Disclosure;
}

/** One body: its slug and validated JSON. */
export interface DepartmentInput {
  id: string;
  data: Department;
}

/**
 * What the pages read from the audit (issue 3's `auditCorpus` result per disclosure).
 * Declared structurally, as the subset the portal shows, so the portal builds with or
 * without the audit stage.
 */
export interface AuditView {
  findings: { rule: string; severity: 'error' | 'warning' | 'finding'; title: string; message: string; fields: string[] }[];
  scores?: {
    quality?: { total: string; version?: string; incomplete?: { label: string } };
    selfScore?: { reported?: string; recomputed?: string; matches?: boolean };
    /** Derived metrics computed by the audit's scoring stage ("execution-rate", "basic-share" …). */
    metrics?: { id: string; title: string; value: string; explanation: string }[];
  };
}

/** Audit metrics that replace the portal's own computation, so a page never shows two values for one quantity. */
const AUDIT_METRICS = { 'execution-rate': 'computedRate', 'basic-share': 'basicShare' } as const;

/** Uses the audit's derived metrics (one method site-wide) where it computed them. */
export function withAuditMetrics(figures: KeyFigures, audit: AuditView | undefined): KeyFigures {
  const result = { ...figures };
  for (const metric of audit?.scores?.metrics ?? []) {
    const key = AUDIT_METRICS[metric.id as keyof typeof AUDIT_METRICS];
    const own = key ? result[key] : undefined;
    if (key && own) result[key] = { ...own, display: metric.value, explanation: metric.explanation.replace(/。$/, '') };
  }
  return result;
}

/** A disclosure with everything cross-year pages show about it. */
export interface DisclosureSummary {
  id: string;
  /**
   * The disclosure's figures: whole where the corpus is loaded, without what only its own
   * page reads where the site build reads stored summaries (summary-data.ts).
   */
  data: SummaryData;
  department: DepartmentInput;
  figures: KeyFigures;
  audit?: AuditView;
}

/** Level order for listings: province, then city, then district/county. */
const LEVEL_ORDER: Record<Department['level'], number> = { province: 0, city: 1, 'district-county': 2 };

/** Orders departments as listings show them: by level, then by name in Chinese collation. */
export function compareDepartments(a: DepartmentInput, b: DepartmentInput): number {
  return LEVEL_ORDER[a.data.level] - LEVEL_ORDER[b.data.level] || a.data.name.localeCompare(b.data.name, 'zh-CN') || a.id.localeCompare(b.id);
}

/** Newest fiscal year first, then department order, then kind order. */
export function compareSummaries(a: DisclosureSummary, b: DisclosureSummary): number {
  return (
    b.data.fiscalYear - a.data.fiscalYear ||
    compareDepartments(a.department, b.department) ||
    KIND_NAMES.indexOf(a.data.kind) - KIND_NAMES.indexOf(b.data.kind) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Summarises every disclosure. A disclosure whose department file is missing is an
 * error here (the content check already refuses it), never a silently dropped row.
 */
export function summarizeCorpus(input: { disclosures: DisclosureInput[]; departments: DepartmentInput[]; audit?: ReadonlyMap<string, AuditView> }): DisclosureSummary[] {
  const departments = new Map(input.departments.map((d) => [d.id, d]));
  return input.disclosures
    .map((d) => {
      const department = departments.get(d.data.department);
      if (!department) throw new Error(`${d.id}: no department "${d.data.department}" in content/departments/`);
      const found = input.audit?.get(d.id);
      const audit = found && auditView(found);
      return { id: d.id, data: d.data, department, figures: withAuditMetrics(keyFigures(d.data), audit), audit };
    })
    .sort(compareSummaries);
}

const byBody = new WeakMap<readonly DisclosureSummary[], Map<string, DisclosureSummary[]>>();

/**
 * A body's disclosures, in the order of `summaries`, optionally of one fiscal year. Cross-year
 * pages ask this for every body × year, so the list is indexed once per summaries array
 * (scanning it each time made the site build grow with the square of the corpus: 27 s at
 * 6,000 disclosures, 329 s at 30,000). The array must not change after it is first asked.
 */
export function disclosuresOf(summaries: readonly DisclosureSummary[], department: string, year?: number): readonly DisclosureSummary[] {
  let index = byBody.get(summaries);
  if (!index) {
    index = new Map();
    for (const s of summaries) {
      for (const key of [s.data.department, `${s.data.department}/${s.data.fiscalYear}`]) {
        const list = index.get(key);
        if (list) list.push(s);
        else index.set(key, [s]);
      }
    }
    byBody.set(summaries, index);
  }
  return index.get(year === undefined ? department : `${department}/${year}`) ?? [];
}

/** Fiscal years that have at least one disclosure, newest first. */
export function fiscalYears(summaries: DisclosureSummary[]): number[] {
  return [...new Set(summaries.map((s) => s.data.fiscalYear))].sort((a, b) => b - a);
}

/** The same body's disclosure of the same kind in the nearest earlier and later fiscal years. */
export function neighbours(summaries: DisclosureSummary[], id: string): { previous?: DisclosureSummary; next?: DisclosureSummary } {
  const self = summaries.find((s) => s.id === id);
  if (!self) return {};
  // The body's own list (indexed once per summaries array), not the corpus: every
  // disclosure page asks this.
  const same = disclosuresOf(summaries, self.data.department)
    .filter((s) => s.data.kind === self.data.kind && s.id !== id)
    .sort((a, b) => a.data.fiscalYear - b.data.fiscalYear);
  return {
    previous: same.filter((s) => s.data.fiscalYear < self.data.fiscalYear).at(-1),
    next: same.find((s) => s.data.fiscalYear > self.data.fiscalYear),
  };
}

/** Audit findings that concern any of the given JSON paths (for flags beside a figure). */
export function findingsFor(summary: DisclosureSummary, paths: string[]): AuditView['findings'] {
  return (summary.audit?.findings ?? []).filter((f) => f.fields.some((field) => paths.includes(field)));
}
