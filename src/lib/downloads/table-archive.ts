/**
 * The table CSVs of one body's year (its disclosures' pages and its body-year page) are
 * published in one ZIP, `data/<year>/<dept>/tables.zip`, instead of one file each: about
 * three and a half files a disclosure become a fifth of one (issue 19: ≤ 5 files a
 * disclosure), and deflate stores them in about 40 % of the bytes (the bundled 2023
 * guangzhou-rd archive: 3.6 KB for 9.2 KB of CSVs). Each CSV keeps its path inside the
 * archive, relative to the body-year's folder (`self-evaluation/figures.csv`,
 * `body-year/budget-final.csv`), and the page's link names it; with JavaScript the link
 * saves that one CSV (src/client/archived-csv.ts).
 */
import { zipSync, type Zippable } from 'fflate';
import type { DownloadFile } from './files.ts';

/** The archive's file name in a body-year's data folder. */
export const TABLE_ARCHIVE_NAME = 'tables.zip';

/** Where an archived CSV is published: the archive's path, its entry's name inside, and the name it is saved as alone. */
export interface ArchivedCsv {
  archive: string;
  entry: string;
  saveAs: string;
}

const BODY_YEAR_CSV = /^data\/(\d{4})\/([^/]+)\/([^/].*\.csv)$/;

/** The archive a CSV path is published in, or undefined for a CSV published on its own (cross-year pages, the dataset). */
export function archivedCsv(csvPath: string): ArchivedCsv | undefined {
  const match = BODY_YEAR_CSV.exec(csvPath);
  if (!match) return undefined;
  const [, year, department, entry] = match;
  return { archive: `data/${year}/${department}/${TABLE_ARCHIVE_NAME}`, entry, saveAs: `${year}-${department}-${entry.replaceAll('/', '-')}` };
}

/**
 * The files as published: each body-year's CSVs replaced by its archive (entries in name
 * order), every other file unchanged. Throws when an archive's path is already a file.
 */
export function archiveTables(files: readonly DownloadFile[]): DownloadFile[] {
  const archives = new Map<string, Map<string, string>>();
  const rest: DownloadFile[] = [];
  for (const file of files) {
    const place = file.encoding ? undefined : archivedCsv(file.path);
    if (!place) {
      rest.push(file);
      continue;
    }
    const entries = archives.get(place.archive) ?? new Map<string, string>();
    archives.set(place.archive, entries.set(place.entry, file.body));
  }
  const published = new Set(rest.map((f) => f.path));
  for (const path of archives.keys()) if (published.has(path)) throw new Error(`a download is already published at ${path}`);
  const zipped = [...archives].map(([path, entries]) => ({ path, contentType: 'application/zip', body: zipTables(entries), encoding: 'base64' as const }));
  return [...rest, ...zipped];
}

function zipTables(entries: Map<string, string>): string {
  const encoder = new TextEncoder();
  // Every entry gets the same time, 1980-01-01 12:00 as zip stores it (local time, read back
  // in the time zone it is made in, at noon, clear of any midnight clock change): the bytes
  // then depend on the CSVs alone, so rebuilds on any machine are byte-identical.
  const time = new Date(1980, 0, 1, 12);
  const zippable: Zippable = {};
  for (const name of [...entries.keys()].sort()) zippable[name] = [encoder.encode(entries.get(name)!), { mtime: time }];
  return Buffer.from(zipSync(zippable, { level: 9 })).toString('base64');
}
