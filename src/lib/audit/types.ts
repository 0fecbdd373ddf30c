/**
 * The audit's vocabulary. A rule checks one identity or plausibility condition of a
 * disclosure (or of two disclosures) and returns findings that show the figures and
 * the arithmetic in Chinese. Rules are pure and one per file under rules/.
 */
import type { Department } from '../../schemas/department.ts';
import type { Disclosure } from '../../schemas/disclosure.ts';

/**
 * error: an identity that does not hold; blocks the build (most likely a typing slip).
 * warning: implausible but possible (execution above 100%, unquantified targets …).
 * finding: an error the JSON acknowledges as the original document's own inconsistency;
 *   published beside the figures as a 数据一致性提示, never silently.
 */
export type FindingSeverity = 'error' | 'warning' | 'finding';

export interface Finding {
  /** Stable rule id, e.g. "sum.spending". */
  rule: string;
  severity: FindingSeverity;
  /** The rule's title in Chinese, e.g. "支出合计等于各部分之和". */
  title: string;
  /** What is wrong, with the figures and the arithmetic, in Chinese. */
  message: string;
  /** English field paths involved, e.g. ["spending.total", "spending.basic"]; the first is where to point. */
  fields: string[];
  /** Set when the disclosure acknowledges this as the source's own inconsistency. */
  acknowledged?: { reason: string };
}

/** One disclosure as the audit sees it: its id ("2023/guangzhou-rd/self-evaluation") and data. */
export interface AuditedDisclosure {
  id: string;
  data: Disclosure;
}

/** What a rule may look at: the disclosure, its department, and the rest of the corpus. */
export interface AuditContext {
  disclosure: AuditedDisclosure;
  department?: Department;
  /** Another disclosure of the corpus, for cross-document rules. */
  find(department: string, fiscalYear: number, kind: Disclosure['kind']): AuditedDisclosure | undefined;
}

export interface Rule {
  id: string;
  /** Severity of the rule's findings before acknowledgement. */
  severity: 'error' | 'warning';
  /** Chinese title, shown on the methodology page and beside each finding. */
  title: string;
  /** Chinese explanation of what the rule checks, for the methodology page. */
  description: string;
  /** Where the identity comes from (law, template, standard), for the methodology page. */
  source: string;
  /** The fields whose values the rule reads, recorded by `check` through `ctx` helpers. */
  check(context: AuditContext, use: FieldUse): Omit<Finding, 'severity' | 'title' | 'rule'>[];
}

/** Records which fields a rule actually compared, so tests can mutate each one. */
export type FieldUse = (path: string) => void;
