/**
 * The keys that decide whose summaries (src/lib/figures/body-summaries.ts) a build remakes:
 * per body, a hash of the code, its department file and each of its disclosures' JSON over
 * all years. Pure but for `read`, which the summaries step gives.
 */
import { createHash } from 'node:crypto';
import type { ReadContent } from './partition-keys.ts';

/** Each body's disclosure ids (in id order) and key, for the bodies that have disclosures. */
export function bodySummaryKeys(ids: readonly string[], code: string, read: ReadContent): Map<string, { ids: string[]; key: string }> {
  const byBody = Map.groupBy([...ids].sort(), (id) => id.split('/')[1]);
  const keys = new Map<string, { ids: string[]; key: string }>();
  for (const [body, members] of byBody) {
    const hash = createHash('sha256').update(code).update('\0').update(read(`departments/${body}.json`));
    for (const id of members) hash.update('\0').update(id).update('\0').update(read(`${id}.json`));
    keys.set(body, { ids: members, key: hash.digest('hex') });
  }
  return keys;
}
