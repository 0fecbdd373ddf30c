/**
 * What a CSV download link gives: the CSV itself, or, for a CSV published inside a
 * body-year's tables.zip, the entry the link names, read out of the archive it fetches.
 */
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';

/** A CSV link on a page: its URL and, when it points at an archive, the CSV's name in it. */
export interface CsvLink {
  href: string;
  entry?: string;
}

/** Every CSV link matching `selector` (by default every table's and chart's, and each archived CSV). */
export function csvLinks(page: Page, selector = 'a[href$=".csv"], a[data-archive-entry]'): Promise<CsvLink[]> {
  return page.$$eval(selector, (as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, ...((a as HTMLAnchorElement).dataset.archiveEntry ? { entry: (a as HTMLAnchorElement).dataset.archiveEntry } : {}) })));
}

/** The CSV a link gives, as a browser without JavaScript gets it (then unzipped): its status and bytes. */
export async function fetchCsv(link: CsvLink): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(link.href);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!link.entry || !response.ok) return { status: response.status, bytes: Buffer.from(bytes) };
  const csv = unzipSync(bytes, { filter: (file) => file.name === link.entry })[link.entry];
  return csv ? { status: response.status, bytes: Buffer.from(csv) } : { status: 404, bytes: Buffer.alloc(0) };
}

/** The name a link's CSV is known by: the last part of its path or of its entry. */
export const csvName = (link: CsvLink): string => (link.entry ?? new URL(link.href).pathname).split('/').at(-1)!.replace(/\.csv$/, '');
