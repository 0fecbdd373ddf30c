/**
 * Scores one search for a planted phrase (corpus/plant.ts): the results as the search page
 * listed them, in order, against the pages known to hold the phrase.
 */

/** A result as listed: its address and whether the page labelled it a partial match. */
export interface ListedResult {
  url: string;
  loose: boolean;
}

export interface RecallScore {
  expected: number;
  /** Planted pages listed as exact matches. */
  found: number;
  /** Pages listed as exact matches that do not hold the phrase. */
  falseExact: number;
  /** Pairs (a page without the phrase, a planted page) in which the first is listed above. */
  inversions: number;
  missing: string[];
}

export function scoreRecall(results: readonly ListedResult[], expected: readonly string[]): RecallScore {
  const want = new Set(expected);
  const exact = results.filter((r) => !r.loose).map((r) => r.url);
  let above = 0;
  let inversions = 0;
  for (const r of results) {
    if (want.has(r.url)) inversions += above;
    else above++;
  }
  return {
    expected: want.size,
    found: exact.filter((u) => want.has(u)).length,
    falseExact: exact.filter((u) => !want.has(u)).length,
    inversions,
    missing: expected.filter((u) => !exact.includes(u)),
  };
}
