import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveField } from '../../../src/lib/fields/schema-walk.ts';
import { figureRows } from '../../../src/lib/figures/figure-rows.ts';
import { DisclosureSchema } from '../../../src/schemas/disclosure.ts';
import { loadContent, ROOT, SEEDS } from './corpus-helpers.ts';

// Every kind, and the same field paths under different kinds, which the schema may title differently.
const disclosures = [...loadContent(SEEDS).disclosures, ...loadContent(join(ROOT, 'test', 'fixtures', 'valid', 'content')).disclosures];

describe('figure rows', () => {
  test('name and format every field as a walk of the schema from its root does', () => {
    const kinds = new Set<string>();
    for (const { id, data } of disclosures) {
      kinds.add(data.kind);
      for (const row of figureRows(data as Record<string, unknown>, DisclosureSchema)) {
        const path = row.path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
        const titles = path.map((key, i) => (typeof key === 'number' ? undefined : (resolveField(DisclosureSchema, path.slice(0, i + 1), data)?.meta.title ?? key)));
        const labels = row.label.split(' › ');
        titles.forEach((title, i) => title !== undefined && expect(labels[i], `${id} ${row.path}`).toBe(title));
        expect(row.format, `${id} ${row.path}`).toBe(resolveField(DisclosureSchema, path, data)?.meta.format);
      }
    }
    expect(kinds.size).toBe(5);
  });
});
