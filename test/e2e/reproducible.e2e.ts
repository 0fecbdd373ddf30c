/**
 * Reproducibility gate: the site under test carries build-manifest.txt (the sha256 of every
 * file), which must match its files; a second build from nothing, from the same commit and
 * content, in another folder with another cache, must give the same manifest. Every
 * differing file is named.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';
import { hashSite } from '../../scripts/build/build-manifest.ts';
import { compareManifests, MANIFEST_FILE, manifestText, parseManifest } from '../../src/lib/build/manifest.ts';
import { writeGateReport } from '../gate/report.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'mingzhang-rebuild-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const show = (d: { path: string; kind: string }) => `${d.path} (${d.kind})`;

test('the manifest lists exactly the files of the site, and a second clean build is byte-identical', () => {
  const dist = inject('siteDir');
  const first = parseManifest(readFileSync(join(dist, MANIFEST_FILE), 'utf8'));
  const truthful = compareManifests(first, parseManifest(manifestText(hashSite(dist))));
  const second = join(temp, 'dist');
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-site.ts'), '--out', second, '--cache', join(temp, 'cache'), '--content', join(ROOT, 'content')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`second build failed:\n${build.stdout}\n${build.stderr}`);
  const differing = compareManifests(first, parseManifest(readFileSync(join(second, MANIFEST_FILE), 'utf8')));
  console.log(`reproducible: two builds, ${first.size} files, ${differing.length} differing${differing.length ? `: ${differing.map(show).join(', ')}` : ''}`);
  writeGateReport('reproducible', [
    { label: 'build-manifest.txt matches the site', figure: `${first.size} files, ${truthful.length} mismatches`, ok: truthful.length === 0 && first.size > 0 },
    { label: 'two clean builds, differing files', figure: String(differing.length), ok: differing.length === 0 },
  ]);
  expect(truthful.map(show)).toEqual([]);
  expect(differing.map(show)).toEqual([]);
}, 300_000);
