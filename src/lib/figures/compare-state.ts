/**
 * The comparison page's state in its URL: ?view=departments&d=guangzhou-rd&d=conghua-rd,
 * or ?view=year&year=2023 (links made before a year's comparison moved to its year page:
 * the page sends them there). Parsing is forgiving (unknown values
 * fall back to defaults) so an old or hand-edited link still opens a sensible view.
 */

/** What the comparison shows. */
export interface CompareState {
  view: 'year' | 'departments';
  year: number;
  /** Selected department slugs, in listing order. */
  departments: string[];
}

/** What a link may choose from. */
export interface CompareOptions {
  /** Fiscal years, newest first. */
  years: number[];
  /** Department slugs in listing order. */
  departments: string[];
}

/** Reads a state from a query string; defaults: the departments view with every body, the newest year. */
export function parseCompareState(search: string, options: CompareOptions): CompareState {
  const params = new URLSearchParams(search);
  const view = params.get('view') === 'year' ? 'year' : 'departments';
  const year = Number(params.get('year'));
  const chosen = new Set(params.getAll('d').flatMap((d) => d.split(',')));
  const departments = options.departments.filter((d) => chosen.has(d));
  return {
    view,
    year: options.years.includes(year) ? year : (options.years[0] ?? 0),
    departments: departments.length > 0 ? departments : [...options.departments],
  };
}

/** Writes a state as a query string (without "?"); only what the view uses. */
export function serializeCompareState(state: CompareState, options: CompareOptions): string {
  const params = new URLSearchParams({ view: state.view });
  if (state.view === 'year') params.set('year', String(state.year));
  else if (state.departments.length < options.departments.length) for (const d of state.departments) params.append('d', d);
  return params.toString();
}
