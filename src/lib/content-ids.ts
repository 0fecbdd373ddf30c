/**
 * The disclosure ids of a content folder ("2023/dept/kind"), from its JSON file names (a
 * directory listing), and what partitioned builds read of the files to plan.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every disclosure id in the content folder, sorted by year, department and kind. */
export function disclosureIds(content: string): string[] {
  const ids: string[] = [];
  for (const year of readdirSync(content).filter((n) => /^\d{4}$/.test(n)).sort()) {
    for (const dept of readdirSync(join(content, year)).sort()) {
      for (const file of readdirSync(join(content, year, dept)).filter((f) => f.endsWith('.json')).sort()) ids.push(`${year}/${dept}/${file.slice(0, -5)}`);
    }
  }
  return ids;
}

/** Reads the years a disclosure's year-over-year statements compare with (partitionDependencies). */
export function statedYearsIn(content: string): (id: string) => number[] {
  return (id) => {
    const file = join(content, `${id}.json`);
    return existsSync(file) ? statedPreviousYears(readFileSync(file, 'utf8')) : [];
  };
}

/** The years named by `"previousYear": 2022` in a disclosure's JSON text (src/lib/build/partition.ts, partitionDependencies). */
export function statedPreviousYears(json: string): number[] {
  return [...new Set([...json.matchAll(/"previousYear"\s*:\s*(\d{4})\b/g)].map((m) => Number(m[1])))];
}
