/**
 * Copies the Pagefind engine (pagefind.js, as the installed Pagefind writes it) into
 * src/client/search/vendor/, where the search worker imports it and Vite bundles it:
 *
 *   node scripts/vendor-pagefind.ts [--check]
 *
 * Why vendored: the worker then starts with the engine in its own file (one request and one
 * round trip fewer before a landing search can start, and Vite's minifier makes it 1.7 KB
 * smaller gzipped) instead of importing /pagefind/pagefind.js after it starts. The file is
 * Pagefind's own output, unchanged; --check (run by the tests) fails when the installed
 * Pagefind writes a different one, i.e. after an upgrade: run this script again.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

export const VENDORED_ENGINE = resolve(import.meta.dirname, '..', 'src', 'client', 'search', 'vendor', 'pagefind.js');

/** The pagefind.js the installed Pagefind writes next to an index. */
export async function pagefindEngine(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mingzhang-pagefind-engine-'));
  try {
    const { index, errors } = await pagefind.createIndex({ writePlayground: false });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    await index.addCustomRecord({ url: '/', content: 'engine', language: 'zz' });
    await index.writeFiles({ outputPath: dir });
    await pagefind.close();
    return readFileSync(join(dir, 'pagefind.js'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const engine = await pagefindEngine();
  if (values.check) {
    if (readFileSync(VENDORED_ENGINE, 'utf8') !== engine) {
      console.error(`${VENDORED_ENGINE} is not the engine the installed Pagefind writes: run node scripts/vendor-pagefind.ts`);
      process.exit(1);
    }
    console.log('vendored Pagefind engine is current');
  } else {
    writeFileSync(VENDORED_ENGINE, engine);
    console.log(`wrote ${VENDORED_ENGINE}`);
  }
}
