/** What a disclosure page shows of its provenance and locations, from its JSON. */
import type { Disclosure } from '../../schemas/disclosure.ts';
import { valueAt } from './locatable-figures.ts';
import { locationAnchor, type PassageMark } from './mark-passages.ts';

/** The marks for the 原文 section: one per located figure, in JSON order. */
export function figureMarks(data: Disclosure): PassageMark[] {
  return Object.entries(data.locations ?? {}).flatMap(([path, location]) => {
    const value = valueAt(data, path);
    return typeof value === 'string' || typeof value === 'number' ? [{ id: locationAnchor(path), quote: location.quote, value }] : [];
  });
}
