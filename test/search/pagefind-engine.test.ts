import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { pagefindEngine, VENDORED_ENGINE } from '../../scripts/vendor-pagefind.ts';

test('the worker bundles the engine the installed Pagefind writes (after an upgrade: node scripts/vendor-pagefind.ts)', async () => {
  expect(readFileSync(VENDORED_ENGINE, 'utf8') === (await pagefindEngine()), `${VENDORED_ENGINE} is out of date`).toBe(true);
}, 60_000);
