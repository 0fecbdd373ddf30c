/**
 * Where each figure the importer fills stands in the original: `{ page?, quote }`, found
 * in the original's own text (as extracted, page by page) by src/lib/provenance, among
 * the passages the draft's MDX also shows, so the page can link to them. The draft JSON
 * gets them as `locations`; each filled figure carries its own for the report.
 */
import type { SourceLocation } from '../../schemas/provenance.ts';
import { fillLocations } from '../provenance/fill-locations.ts';
import type { SourceLine } from './from-text.ts';

/** Locations for every figure of the draft JSON that the original prints where the MDX shows it. */
export function draftLocations(json: Record<string, unknown>, pages: readonly string[], mdx: string): Record<string, SourceLocation> {
  return fillLocations(json, pages, mdx).locations;
}

/** "keyTasks[2].amount" → "keyTasks.2.amount": the importer's field names as location keys. */
export const locationKey = (field: string): string => field.replace(/\[(\d+)\]/g, '.$1');

/** A PDF's lines ("第 p 页第 l 行") back into its pages' text, for finding quotes with their page. */
export function pagesOfLines(lines: readonly SourceLine[]): string[] {
  const pages: string[][] = [];
  for (const line of lines) {
    const page = Number(line.where.match(/^第 (\d+) 页/)?.[1] ?? 1);
    (pages[page - 1] ??= []).push(line.text);
  }
  return Array.from(pages, (p) => (p ?? []).join('\n'));
}
