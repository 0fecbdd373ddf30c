/**
 * Measures an import against a disclosure a person finished: how many of its figures
 * the import reproduced at the same field with the same value, how many it filled
 * differently (must be none: the import never guesses), and which it left for a person.
 */
import { collectFigures } from '../corrections/figure-diff.ts';

export interface ImportComparison {
  /** Figures of the finished JSON (numbers, amounts, percentages, decimals). */
  total: number;
  /** Same field, same value. */
  reproduced: string[];
  /** Filled by the import with another value than the finished JSON has. */
  wrong: { field: string; imported: string | number; committed: string | number }[];
  /** Filled by the import where the finished JSON has nothing. */
  extra: string[];
  /** In the finished JSON, not filled by the import. */
  missed: string[];
}

/** Compares the figures of an imported draft with the finished JSON of the same disclosure. */
export function compareImport(imported: unknown, committed: unknown): ImportComparison {
  const mine = collectFigures(imported);
  const theirs = collectFigures(committed);
  const reproduced: string[] = [];
  const wrong: ImportComparison['wrong'] = [];
  const extra: string[] = [];
  for (const [field, { value }] of mine) {
    const other = theirs.get(field);
    if (!other) extra.push(field);
    else if (other.value === value) reproduced.push(field);
    else wrong.push({ field, imported: value, committed: other.value });
  }
  return { total: theirs.size, reproduced, wrong, extra, missed: [...theirs.keys()].filter((f) => !mine.has(f)) };
}
