/**
 * A body-year's table CSVs are published in its tables.zip: read back by an independent
 * ZIP reader (JSZip), each entry is its CSV byte for byte, and the archive's bytes depend on
 * the CSVs alone, whatever the order they come in or the machine's time zone.
 */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { bodyYearDownloads, crossYearDownloads, disclosureDownloads } from '../../../src/lib/downloads/files.ts';
import { archivedCsv, archiveTables } from '../../../src/lib/downloads/table-archive.ts';
import { loadSummaries, SEEDS } from '../figures/corpus-helpers.ts';

const { summaries, departments } = loadSummaries(SEEDS);
const own = [...summaries.flatMap(disclosureDownloads), ...bodyYearDownloads(summaries, departments)];

async function entries(base64: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const read = new Map<string, string>();
  for (const file of Object.values(zip.files)) read.set(file.name, await file.async('string'));
  return read;
}

describe('a body-year’s table archive', () => {
  test('names the archive and entry of a disclosure’s, a chart’s and a body-year page’s CSV, and none for cross-year ones', () => {
    expect(archivedCsv('data/2023/guangzhou-rd/self-evaluation/figures.csv')).toEqual({ archive: 'data/2023/guangzhou-rd/tables.zip', entry: 'self-evaluation/figures.csv', saveAs: '2023-guangzhou-rd-self-evaluation-figures.csv' });
    expect(archivedCsv('data/2023/gz-rd/body-year/budget-final.csv')?.entry).toBe('body-year/budget-final.csv');
    for (const path of ['data/years/2023.csv', 'data/departments/gz-rd.csv', 'data/national/execution/2023/gd.csv', 'data/figures.csv', 'data/2023/gz-rd/budget.json']) expect(archivedCsv(path), path).toBeUndefined();
  });

  test('holds every CSV of its body-year, byte for byte, and leaves every other file as it was', async () => {
    const published = archiveTables(own);
    const csvs = own.filter((f) => archivedCsv(f.path));
    expect(csvs.length).toBeGreaterThan(summaries.length);
    const zips = published.filter((f) => f.path.endsWith('/tables.zip'));
    expect(zips.map((z) => z.path).sort()).toEqual([...new Set(csvs.map((f) => archivedCsv(f.path)!.archive))].sort());
    for (const zip of zips) {
      const inside = await entries(zip.body);
      const expected = csvs.filter((f) => archivedCsv(f.path)!.archive === zip.path);
      expect([...inside.keys()].sort()).toEqual(expected.map((f) => archivedCsv(f.path)!.entry).sort());
      for (const f of expected) expect(inside.get(archivedCsv(f.path)!.entry), f.path).toBe(f.body);
      expect(zip).toMatchObject({ contentType: 'application/zip', encoding: 'base64' });
    }
    expect(published.filter((f) => !f.path.endsWith('/tables.zip'))).toEqual(own.filter((f) => !archivedCsv(f.path)));
  });

  test('is smaller than its CSVs', () => {
    const zipped = archiveTables(own).filter((f) => f.path.endsWith('.zip')).reduce((sum, f) => sum + Buffer.from(f.body, 'base64').length, 0);
    const plain = own.filter((f) => archivedCsv(f.path)).reduce((sum, f) => sum + Buffer.byteLength(f.body), 0);
    expect(zipped).toBeLessThan(plain / 2);
  });

  test('has the same bytes whatever the order of its CSVs and the time zone', () => {
    const once = archiveTables(own);
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(archiveTables([...own].reverse()).filter((f) => f.path.endsWith('.zip')).sort((a, b) => a.path.localeCompare(b.path))).toEqual(once.filter((f) => f.path.endsWith('.zip')).sort((a, b) => a.path.localeCompare(b.path)));
    } finally {
      process.env.TZ = zone;
      if (zone === undefined) delete process.env.TZ;
    }
  });

  test('cross-year CSVs stay files of their own, and an archive never replaces a file at its path', () => {
    const cross = crossYearDownloads(summaries, departments, 'https://mingzhang.example/');
    expect(archiveTables(cross)).toEqual(cross);
    expect(() => archiveTables([...own, { path: 'data/2023/guangzhou-rd/tables.zip', contentType: 'application/zip', body: 'x' }])).toThrow(/already published at data\/2023\/guangzhou-rd\/tables\.zip/);
  });
});
