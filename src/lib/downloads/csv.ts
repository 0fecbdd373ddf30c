/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark so Excel opens Chinese text
 * correctly, CRLF line ends (RFC 4180), quoting done by csv-stringify, never by hand.
 */
import { stringify } from 'csv-stringify/sync';
import { tableRecords, type TableModel } from '../figures/table-model.ts';

/** Records (first one the header) as CSV text, starting with a BOM. */
export function toCsv(records: readonly (readonly string[])[]): string {
  return stringify(records as string[][], { bom: true, record_delimiter: 'windows' });
}

/** A page table as CSV, with every column including machine-only ones. */
export function tableCsv(table: TableModel): string {
  return toCsv(tableRecords(table));
}
