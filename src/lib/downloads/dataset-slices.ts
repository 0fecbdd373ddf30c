/**
 * The whole-dataset files (key-figures.csv, figures.csv, indicators.csv, mingzhang.json) in
 * slices: one part per fiscal year × province, which reads only that slice's disclosures.
 * A partitioned build makes each slice's parts apart and remakes only the slices whose
 * disclosures changed (scripts/build/dataset-step.ts); the whole files are the parts joined
 * in slice order inside a fixed frame. `joinDataset` of every slice's `slicePart` is the file
 * a build from nothing writes, so both builds give the same bytes.
 */
import { stringify } from 'csv-stringify/sync';
import type { Disclosure } from '../../schemas/disclosure.ts';
import { compareSummaries, withAuditMetrics, type DepartmentInput, type DisclosureInput, type DisclosureSummary } from '../figures/corpus.ts';
import { keyFigures } from '../figures/key-figures.ts';
import { derivedMetrics } from '../score/metrics.ts';
import { provinceOf } from '../peers/regions.ts';
import { toCsv } from './csv.ts';
import { datasetDepartments, datasetDisclosure, FIGURES_HEADER, figureRecords, indicatorRecords, INDICATORS_HEADER, KEY_FIGURES_HEADER, keyFigureRecords } from './dataset.ts';

/** The sliced files, by their name under data/. */
export const SLICED_FILES = ['key-figures.csv', 'figures.csv', 'indicators.csv', 'mingzhang.json'] as const;
export type SlicedFile = (typeof SLICED_FILES)[number];

/** A slice: "2023/gd" (fiscal year / province code, peers/regions.ts). */
export const sliceOf = (fiscalYear: number, department: DepartmentInput): string => `${fiscalYear}/${provinceOf(department)}`;

/**
 * A disclosure as the sliced files show it, without the whole audit: their rows read its
 * figures and the audit's derived metrics only, which need the same body's disclosure of
 * the year before (as auditAndScore computes them).
 */
export function datasetSummary(input: DisclosureInput, department: DepartmentInput, previous: Disclosure | undefined): DisclosureSummary {
  const metrics = derivedMetrics(input.data, department.data, previous);
  return { id: input.id, data: input.data, department, figures: withAuditMetrics(keyFigures(input.data), { findings: [], scores: { metrics } }) };
}

/** File order of slices: newest year first, then province code. */
export function compareSlices(a: string, b: string): number {
  return b.slice(0, 4).localeCompare(a.slice(0, 4)) || a.localeCompare(b);
}

/** Summaries grouped by slice, slices in file order, each in reading order (compareSummaries). */
export function slicesOf(summaries: readonly DisclosureSummary[]): [string, DisclosureSummary[]][] {
  const slices = Map.groupBy(summaries, (s) => sliceOf(s.data.fiscalYear, s.department));
  return [...slices].sort(([a], [b]) => compareSlices(a, b)).map(([slice, list]) => [slice, list.sort(compareSummaries)]);
}

const csvRows = (records: string[][]) => (records.length ? stringify(records, { record_delimiter: 'windows' }) : '');

/** One slice's part of each sliced file, from that slice's summaries in reading order. */
export const SLICE_PARTS: Record<SlicedFile, (summaries: readonly DisclosureSummary[]) => string> = {
  'key-figures.csv': (summaries) => csvRows(keyFigureRecords(summaries)),
  'figures.csv': (summaries) => csvRows(figureRecords(summaries)),
  'indicators.csv': (summaries) => csvRows(indicatorRecords(summaries)),
  // Each disclosure as JSON.stringify(…, null, 2) prints it inside the "disclosures" array.
  'mingzhang.json': (summaries) => summaries.map((s) => JSON.stringify(datasetDisclosure(s), null, 2).replace(/^/gm, '    ')).join(',\n'),
};

/** What a sliced file has around its parts (head, between two parts, tail), and the file when it has none. */
export interface DatasetFrame {
  head: string;
  between: string;
  tail: string;
  empty: string;
}

const CSV_HEADERS: Record<Exclude<SlicedFile, 'mingzhang.json'>, string[]> = {
  'key-figures.csv': KEY_FIGURES_HEADER,
  'figures.csv': FIGURES_HEADER,
  'indicators.csv': INDICATORS_HEADER,
};

/** The frame of a sliced file; the JSON's head holds every department. */
export function datasetFrame(file: SlicedFile, departments: readonly DepartmentInput[]): DatasetFrame {
  if (file !== 'mingzhang.json') {
    const header = toCsv([CSV_HEADERS[file]]);
    return { head: header, between: '', tail: '', empty: header };
  }
  const open = JSON.stringify({ departments: datasetDepartments(departments) }, null, 2).slice(0, -'\n}'.length);
  return { head: `${open},\n  "disclosures": [\n`, between: ',\n', tail: '\n  ]\n}\n', empty: `${open},\n  "disclosures": []\n}\n` };
}

/** A sliced file from its frame and its slices' parts in slice order (empty parts are skipped). */
export function joinDataset(frame: DatasetFrame, parts: readonly string[]): string {
  const present = parts.filter((p) => p !== '');
  return present.length === 0 ? frame.empty : frame.head + present.join(frame.between) + frame.tail;
}

/** A sliced file of a corpus, whole (a build that makes everything at once). */
export function wholeDataset(file: SlicedFile, summaries: readonly DisclosureSummary[], departments: readonly DepartmentInput[]): string {
  return joinDataset(datasetFrame(file, departments), slicesOf(summaries).map(([, list]) => SLICE_PARTS[file](list)));
}
