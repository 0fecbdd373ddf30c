/**
 * What changed in a disclosure's figures between two versions of its JSON (the one on
 * main, i.e. published, and the one in a pull request). A figure is a number (scores,
 * counts) or a string holding an amount, a percentage or a plain decimal; text fields
 * (titles, names, reasons) are not figures. Paths are written as staff see them:
 * "spending.total", "score.tree[0].children[1].score".
 */
import { AMOUNT_PATTERN, DECIMAL_PATTERN, PERCENT_PATTERN } from '../../schemas/primitives.ts';
import { formatFieldPath } from '../fields/field-path.ts';

/** One figure that differs between the published and the proposed version. */
export interface FigureChange {
  /** Field path, e.g. "spending.total". */
  field: string;
  /** The path as keys, for locating it in the file. */
  path: (string | number)[];
  /** The published value; undefined when the figure is new. */
  old?: string | number;
  /** The proposed value; undefined when the figure was removed. */
  new?: string | number;
}

/** Fields that record history or editor help, not figures of the source. */
const NOT_FIGURES = new Set(['$schema', 'corrections', 'acknowledged', 'fiscalYear', 'titleYear', 'source', 'locations']);

/** True for a value that is a figure: a number, or an amount, percentage or decimal string. */
export function isFigure(value: unknown): value is string | number {
  if (typeof value === 'number') return true;
  return typeof value === 'string' && (AMOUNT_PATTERN.test(value) || PERCENT_PATTERN.test(value) || DECIMAL_PATTERN.test(value));
}

/** Every figure in a disclosure, by field path. */
export function collectFigures(data: unknown): Map<string, { path: (string | number)[]; value: string | number }> {
  const figures = new Map<string, { path: (string | number)[]; value: string | number }>();
  const visit = (value: unknown, path: (string | number)[]) => {
    if (path.length === 1 && NOT_FIGURES.has(String(path[0]))) return;
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
    else if (isFigure(value)) figures.set(formatFieldPath(path), { path, value });
  };
  visit(data, []);
  return figures;
}

/** Figures added, removed or changed from `before` to `after`, in the order of `after` then removals. */
export function diffFigures(before: unknown, after: unknown): FigureChange[] {
  const old = collectFigures(before);
  const next = collectFigures(after);
  const changes: FigureChange[] = [];
  for (const [field, { path, value }] of next) {
    const previous = old.get(field);
    if (!previous) changes.push({ field, path, new: value });
    else if (previous.value !== value) changes.push({ field, path, old: previous.value, new: value });
  }
  for (const [field, { path, value }] of old) if (!next.has(field)) changes.push({ field, path, old: value });
  return changes;
}
