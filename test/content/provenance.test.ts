/**
 * The bundled disclosures' provenance: each archives its original under a neutral name,
 * says honestly that its URL is unknown, and gives a location for every figure it states.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { disclosureIds } from '../../src/lib/content-ids.ts';
import { locatableFigures } from '../../src/lib/provenance/locatable-figures.ts';

const content = join(import.meta.dirname, '..', '..', 'content');
const ids = disclosureIds(content);

describe.each(ids)('%s', (id) => {
  const data = JSON.parse(readFileSync(join(content, `${id}.json`), 'utf8'));
  test('every figure it states has its location in the original', () => {
    const missing = locatableFigures(data).map((f) => f.path).filter((path) => !data.locations?.[path]);
    expect(missing).toEqual([]);
  });
  test('its original is archived under a public, neutral name, and its missing URL is said, not hidden', () => {
    expect(data.source.original.file).toBe(`${id.split('/')[2]}.original.txt`);
    expect(data.source.url).toBeUndefined();
    expect(data.source.urlNote).toContain('原文网址');
  });
});
