/**
 * Flattens a disclosure's money and rate figures into labelled rows for its figures
 * table, naming each with the Chinese titles its schema declares. Lists with their own
 * layout (facts, indicators, score trees) are left to their own tables.
 */
import type { z } from 'astro/zod';
import { resolveField, type ResolvedField } from '../fields/schema-walk.ts';
import { formatPublishedFigure } from '../format/figure.ts';

export interface FigureRow {
  /** English field path, e.g. "spending.basic": stable for tests and downloads. */
  path: string;
  /** Chinese label, e.g. "支出 › 基本支出". */
  label: string;
  /** The value exactly as published. */
  value: string | number;
  /** The value formatted for display (thousands separators added, nothing else). */
  display: string;
  /** The schema's value format ("amount", "percent", "score", "decimal"), where it declares one. */
  format?: string;
}

/** Nested lists with tables of their own. */
const SEPARATE_PATHS = new Set(['score.tree', 'score.supplementary']);

/** Fields shown elsewhere on the page (header, their own tables), not as figure rows. */
const SEPARATE = new Set(['$schema', 'kind', 'department', 'fiscalYear', 'titleYear', 'locations', 'title', 'publisherName', 'publishedDate', 'filledDate', 'filledBy', 'contactPhone', 'citedDocuments', 'source', 'facts', 'acknowledged', 'corrections', 'indicators', 'targets', 'overallTargets', 'problems', 'measures', 'overallTarget', 'projectName', 'competentDepartment', 'implementingUnit', 'projectLead', 'financeLead', 'grade', 'tables']);

const itemName = (item: unknown, index: number): string => {
  if (item && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    for (const key of ['name', 'label', 'item', 'level3']) if (typeof o[key] === 'string') return o[key] as string;
  }
  return `第 ${index + 1} 项`;
};

/**
 * resolveField answers per schema and field shape: it walks from the root on every call,
 * reading the data only to tell an array element from an object key and, at a union, the
 * `kind` of the value there. So its answers are kept per root schema by a signature of
 * exactly those: cross-year downloads ask it for every field of every disclosure, which
 * took 3 s of CPU at 6,000 disclosures with one walk per call.
 */
const resolved = new WeakMap<z.ZodType, Map<string, ResolvedField | undefined>>();

/** A path step's part of the signature: the key's type ("#" for any index) and the value's kind, if it has one. */
const step = (key: string | number, value: unknown): string => {
  const kind = value && typeof value === 'object' ? (value as Record<string, unknown>).kind : undefined;
  return `/${typeof key === 'number' ? '#' : JSON.stringify(key)}${kind === undefined ? '' : `:${JSON.stringify(kind)}`}`;
};

/** Every money, rate, score and count of a disclosure as labelled rows, in schema order. */
export function figureRows(data: Record<string, unknown>, schema: z.ZodType): FigureRow[] {
  const rows: FigureRow[] = [];
  let cache = resolved.get(schema);
  if (!cache) resolved.set(schema, (cache = new Map()));
  const field = (path: (string | number)[], signature: string) => {
    if (!cache.has(signature)) cache.set(signature, resolveField(schema, path, data));
    return cache.get(signature);
  };
  const visit = (value: unknown, path: (string | number)[], labels: string[], signature: string) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i], [...labels, itemName(item, i)], signature + step(i, item)));
      return;
    }
    if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        if (path.length === 0 && SEPARATE.has(key)) continue;
        if (['name', 'label', 'item'].includes(key) || SEPARATE_PATHS.has([...path, key].join('.'))) continue;
        const childSignature = signature + step(key, child);
        const title = field([...path, key], childSignature)?.meta.title ?? key;
        visit(child, [...path, key], [...labels, title], childSignature);
      }
      return;
    }
    if (typeof value === 'string' || typeof value === 'number') {
      const format = field(path, signature)?.meta.format;
      rows.push({ path: path.join('.'), label: labels.join(' › '), value, display: formatPublishedFigure(value), ...(typeof format === 'string' ? { format } : {}) });
    }
  };
  visit(data, [], [], step('', data));
  return rows;
}
