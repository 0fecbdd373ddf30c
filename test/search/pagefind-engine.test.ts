import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ENGINE_PATCHES, pagefindEngine, patchEngine, VENDORED_ENGINE } from '../../scripts/vendor-pagefind.ts';

test('the worker bundles the engine the installed Pagefind writes, patched (after an upgrade: node scripts/vendor-pagefind.ts)', async () => {
  const engine = await pagefindEngine();
  const vendored = readFileSync(VENDORED_ENGINE, 'utf8');
  expect(vendored === patchEngine(engine), `${VENDORED_ENGINE} is out of date`).toBe(true);
  // Every patch changed the engine: none is left as Pagefind wrote it.
  for (const patch of ENGINE_PATCHES) {
    expect(engine.includes(patch.from)).toBe(true);
    expect(vendored.includes(patch.from)).toBe(false);
  }
}, 60_000);

test('a patch that no longer matches stops the vendoring with what to review', () => {
  expect(() => patchEngine('const engine = "without the polling";')).toThrow(/Pagefind engine patch ".+": expected 1 occurrences of .+, found 0; review the patch against the new engine/);
});
