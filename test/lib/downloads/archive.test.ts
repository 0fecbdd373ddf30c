import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DOWNLOADS_ARCHIVE_PATH, downloadsPartPath, isDownloadsArchive, packDownloads, unpackDownloads } from '../../../src/lib/downloads/archive.ts';
import { disclosureDownloads } from '../../../src/lib/downloads/files.ts';
import { writeDownloadsArchive } from '../../../src/lib/downloads/write-archive.ts';
import { loadSummaries, SEEDS } from '../figures/corpus-helpers.ts';

const { summaries } = loadSummaries(SEEDS);
const files = summaries.flatMap(disclosureDownloads);

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

describe('the per-disclosure downloads archive', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  test('unpacks to every disclosure download, path and text unchanged', () => {
    expect(unpackDownloads(packDownloads(files))).toEqual(files.map(({ path, body }) => ({ path, body })));
  });

  test('the build writes each download at its path with the bytes the endpoint served, and removes the archive', () => {
    dir = mkdtempSync(join(tmpdir(), 'mingzhang-archive-'));
    writeFileSync(join(dir, 'index.html'), 'page');
    const archive = join(dir, DOWNLOADS_ARCHIVE_PATH);
    mkdirSync(join(dir, 'data'));
    writeFileSync(archive, packDownloads(files));
    expect(writeDownloadsArchive(dir)).toBe(files.length);
    expect(existsSync(archive)).toBe(false);
    expect(listFiles(dir)).toEqual(['index.html', ...files.map((f) => f.path)].sort());
    // A Response body string is sent as UTF-8, which is what the files must hold.
    for (const f of files) expect(readFileSync(join(dir, f.path)).equals(Buffer.from(f.body, 'utf8')), f.path).toBe(true);
  });

  test('the cross-year parts are unpacked beside the archive, each removed; a file two parts share is written with the same bytes', () => {
    dir = mkdtempSync(join(tmpdir(), 'mingzhang-archive-'));
    mkdirSync(join(dir, 'data'));
    const [a, b, ...rest] = files;
    writeFileSync(join(dir, DOWNLOADS_ARCHIVE_PATH), packDownloads(rest));
    writeFileSync(join(dir, downloadsPartPath(0)), packDownloads([a]));
    writeFileSync(join(dir, downloadsPartPath(1)), packDownloads([b, a]));
    expect(writeDownloadsArchive(dir)).toBe(files.length + 1);
    expect(readdirSync(join(dir, 'data')).filter(isDownloadsArchive)).toEqual([]);
    expect(listFiles(dir)).toEqual(files.map((f) => f.path).sort());
    for (const f of files) expect(readFileSync(join(dir, f.path), 'utf8'), f.path).toBe(f.body);
  });

  test('a build without disclosure pages has no archive and writes nothing', () => {
    dir = mkdtempSync(join(tmpdir(), 'mingzhang-archive-'));
    expect(writeDownloadsArchive(dir)).toBe(0);
    expect(listFiles(dir)).toEqual([]);
  });

  test('refuses paths outside data/', () => {
    for (const path of ['index.html', 'data/../index.html', 'data//x.csv']) {
      expect(() => unpackDownloads(packDownloads([{ path, body: '' }])), path).toThrow(/unsafe download path/);
    }
    expect(() => unpackDownloads('{"files":[]}')).toThrow(/version 1/);
  });
});
