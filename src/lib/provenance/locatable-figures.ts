/**
 * Every figure a disclosure's JSON states, with its field path: the leaves that hold a
 * number, outside the fields that describe the document (title, dates, source …) and
 * outside years. These are the figures that must carry a location in the original.
 */

/** Top-level fields about the document, not figures of it. */
const NOT_FIGURES = new Set(['$schema', 'kind', 'department', 'fiscalYear', 'titleYear', 'title', 'publisherName', 'publishedDate', 'filledDate', 'filledBy', 'contactPhone', 'citedDocuments', 'source', 'locations', 'acknowledged', 'corrections']);
/** Keys whose values are years or words, wherever they stand. */
const NOT_FIGURE_KEYS = /^(previousYear|year|fiscalYear|date|.*Date)$/;

export interface LocatableFigure {
  path: string;
  value: string | number;
  /** Words that name the figure in the JSON (its item's name or label), to tell like figures apart. */
  hint: string;
}

const DIGIT = /\d/;

export function locatableFigures(data: Record<string, unknown>): LocatableFigure[] {
  const out: LocatableFigure[] = [];
  const visit = (value: unknown, path: (string | number)[], hint: string) => {
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, [...path, i], hint));
    if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      const words = ['name', 'label', 'item', 'level3', 'level2'].map((k) => o[k]).filter((w): w is string => typeof w === 'string');
      const here = [hint, ...words].filter(Boolean).join(' ');
      for (const [key, child] of Object.entries(o)) {
        if (path.length === 0 && NOT_FIGURES.has(key)) continue;
        if (NOT_FIGURE_KEYS.test(key)) continue;
        visit(child, [...path, key], here);
      }
      return;
    }
    if (typeof value === 'number' || (typeof value === 'string' && DIGIT.test(value) && path.length > 0)) {
      // Words that merely mention a number (an indicator's name "3个工作日内") are not figures; values are.
      const key = path.at(-1);
      if (typeof key === 'string' && ['name', 'label', 'item', 'level1', 'level2', 'level3', 'reason', 'note', 'rule', 'deviation', 'direction', 'unit', 'qualifier', 'section', 'description'].includes(key)) return;
      if (typeof value === 'string' && path.some((p) => p === 'problems' || p === 'measures' || p === 'bonusItems' || p === 'overallTargets' || p === 'overallTarget')) return;
      out.push({ path: path.join('.'), value, hint });
    }
  };
  visit(data, [], '');
  return out;
}

/** The value at a field path, or undefined. */
export function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
}
