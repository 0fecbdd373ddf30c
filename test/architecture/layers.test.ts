import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { layerViolations, readLayers, sourceFiles } from './import-graph.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const entries = readLayers(readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8'));

describe('the layers of docs/architecture.md', () => {
  test('no import in src/ or scripts/ runs against them, and every source file has a layer', () => {
    // The vendored Pagefind engine is generated (scripts/vendor-pagefind.ts), not ours to layer.
    const files = sourceFiles(ROOT, ['src', 'scripts'], ['src/client/search/vendor']);
    expect(files.length).toBeGreaterThan(100);
    expect(layerViolations(files, entries).map((v) => `${v.file} → ${v.imports}: ${v.why}`)).toEqual([]);
  });

  test('an upward import, a sideways one and a file of no layer are each reported', () => {
    const layers = [
      { path: 'src/lib/audit', layer: 3 },
      { path: 'src/lib/score', layer: 4 },
      { path: 'src/lib/check', layer: 4 },
    ];
    const files = [
      { path: 'src/lib/audit/rules/x.ts', text: "import { parseTarget } from '../../score/target.ts';" },
      { path: 'src/lib/score/y.ts', text: "import type { Finding } from '../audit/index.ts';\nexport { z } from '../check/z.ts';" },
      { path: 'src/lib/other/w.ts', text: '' },
      { path: 'src/lib/check/a.ts', text: "const m = await import('./b.ts');" },
    ];
    expect(layerViolations(files, layers).map((v) => [v.file, v.imports])).toEqual([
      ['src/lib/audit/rules/x.ts', 'src/lib/score/target.ts'],
      ['src/lib/score/y.ts', 'src/lib/check/z.ts'],
      ['src/lib/other/w.ts', ''],
    ]);
  });

  test('every folder of src/lib has a README saying what it owns and what it must not import', () => {
    const folders = entries.filter((e) => e.path.startsWith('src/lib/') && !e.path.endsWith('.ts'));
    expect(folders.length).toBeGreaterThan(10);
    for (const { path } of folders) {
      const readme = readFileSync(join(ROOT, path, 'README.md'), 'utf8');
      expect(readme, path).toMatch(/Owns:/);
      expect(readme, path).toMatch(/Must not import:/);
    }
  });
});
