/** What recognize() returns: the figures it is certain of, with where each stands, and what is left for review. */

/** A figure taken from the source, with its provenance. */
export interface Filled {
  /** Field path in the disclosure JSON ("spending.basic", "keyTasks[2].amount"). */
  field: string;
  value: string | number;
  /** Where in the source ("第 12 行", "第 1 个表格第 5 行"). */
  where: string;
  /** The source text it was read from. */
  evidence: string;
}

/** Something that looks like a field's figure but is not certain: for a person to decide. */
export interface Review {
  field?: string;
  where: string;
  evidence: string;
  reason: string;
}

export interface Recognized {
  /** Scalar fields by path. */
  fields: Filled[];
  /** Whole lists (indicators, keyTasks, funds …; problems and measures hold texts) built from tables, by field name. */
  lists: Record<string, { items: Record<string, unknown>[]; where: string[]; filled?: Filled[] }>;
  review: Review[];
  /** Facts about the body (财政供养人员数 …) for the department file's `years`. */
  departmentFacts: Filled[];
}
