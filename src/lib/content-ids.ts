/**
 * The disclosure ids of a content folder ("2023/dept/kind"), from its JSON file names:
 * a directory listing, no file is read. Used to plan partitioned builds.
 */
import { readdirSync } from 'node:fs';
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
