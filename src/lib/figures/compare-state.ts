/**
 * The comparison page's state in its URL: the chosen bodies,
 * ?view=departments&d=guangzhou-rd&d=conghua-rd. Parsing is forgiving (unknown values fall
 * back to every body) so an old or hand-edited link still opens a sensible view. Links made
 * when the page also compared one year's bodies (?view=year&year=2023) name a year whose
 * comparison is now on its year page: yearOfOldLink says which.
 */

/** What the comparison shows: the chosen bodies' department slugs, in listing order. */
export interface CompareState {
  departments: string[];
}

/** What a link may choose from. */
export interface CompareOptions {
  /** Fiscal years, newest first. */
  years: number[];
  /** Department slugs in listing order. */
  departments: string[];
}

/** Reads a state from a query string; default: every body. */
export function parseCompareState(search: string, options: CompareOptions): CompareState {
  const chosen = new Set(new URLSearchParams(search).getAll('d').flatMap((d) => d.split(',')));
  const departments = options.departments.filter((d) => chosen.has(d));
  return { departments: departments.length > 0 ? departments : [...options.departments] };
}

/** Writes a state as a query string (without "?"); every body is the default and is not listed. */
export function serializeCompareState(state: CompareState, options: CompareOptions): string {
  const params = new URLSearchParams({ view: 'departments' });
  if (state.departments.length < options.departments.length) for (const d of state.departments) params.append('d', d);
  return params.toString();
}

/** The year a former year-view link (?view=year&year=2023) names, when it is one of ours. */
export function yearOfOldLink(search: string, options: CompareOptions): number | undefined {
  const params = new URLSearchParams(search);
  const year = Number(params.get('year'));
  return params.get('view') === 'year' && options.years.includes(year) ? year : undefined;
}
