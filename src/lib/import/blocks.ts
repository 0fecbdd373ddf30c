/**
 * The document model every importer produces: headings, paragraphs and tables in
 * reading order, each with where it came from in the source ("第 12 行", "第 2 页",
 * "第 3 个表格"), so every figure taken from it can say where it was found.
 */

/** One block of a source document. */
export type Block =
  | { type: 'heading'; text: string; where: string }
  | { type: 'paragraph'; text: string; where: string }
  | { type: 'table'; rows: string[][]; where: string; rowWhere: string[] };

/** A source document after extraction and repair. */
export interface SourceDocument {
  /** File name as staff gave it, for the report. */
  name: string;
  format: 'docx' | 'pdf' | 'txt' | 'md' | 'html';
  blocks: Block[];
  /** Repairs applied (counts by kind), for the report. */
  repairs: Record<string, number>;
  /** What the extraction left unclear (a rebuilt form's row that fits its header in more than one way), for review. */
  review?: { field?: string; where: string; evidence: string; reason: string }[];
}
