/**
 * Copies the Pagefind engine (pagefind.js, as the installed Pagefind writes it) into
 * src/client/search/vendor/, where the search worker imports it and Vite bundles it:
 *
 *   node scripts/vendor-pagefind.ts [--check]
 *
 * Why vendored: the worker then starts with the engine in its own file (one request and one
 * round trip fewer before a landing search can start, and Vite's minifier makes it 1.7 KB
 * smaller gzipped) instead of importing /pagefind/pagefind.js after it starts. The file is
 * Pagefind's own output with the ENGINE_PATCHES below; --check (run by the tests) fails when
 * the installed Pagefind writes a different one, i.e. after an upgrade: run this script
 * again, and it fails if a patch no longer applies exactly.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCommandLine } from '../src/lib/cli-args.ts';
import * as pagefind from 'pagefind';

export const VENDORED_ENGINE = resolve(import.meta.dirname, '..', 'src', 'client', 'search', 'vendor', 'pagefind.js');

/**
 * Changes to Pagefind's engine, each applied where it occurs exactly `count` times.
 *
 * The engine waits for its WebAssembly and metadata by polling every 50 ms: a merged index
 * starts loading only once the first is loaded, and a search only once every index is. On
 * a cold search that is one to two waits of up to 50 ms in the first results' path (measured
 * in headless Chromium at 6,000 disclosures: the merged index was ready 60–110 ms after the
 * first index's files were asked for, most of it waiting). Polling every 2 ms costs a few
 * dozen timer callbacks while the engine loads, in the search worker, and nothing after.
 * The merged index's wait also ends when the first index failed, so that the failure
 * reaches the search (which then tries again) instead of a wait that never ends.
 *
 * Two costs of a cold search that buy nothing here (measured in a fresh worker in headless
 * Chromium on this 2-core machine): the engine's gzip inflater builds its tables when the
 * script starts (4–24 ms), though the worker hands it files inflated already wherever
 * DecompressionStream exists (native-gunzip.ts); the tables are now built on first use. And
 * every search creates an ICU grapheme segmenter (the first one in a worker: 18–27 ms,
 * between the metadata and the index chunks) even for a language it does not split into
 * words, where it only joins the graphemes up again: our worker's index language,
 * "unknown". Iterating the code points, as the engine does where Intl.Segmenter is
 * missing, gives the same term.
 */
export const ENGINE_PATCHES = [
  {
    why: 'a merged index stops waiting when the first index failed to load (it waited for ever)',
    from: 'while(this.primary.wasm===null){await asyncSleep(50);}',
    to: 'while(this.primary.wasm===null){if(this.primary.initError)throw this.primary.initError;await asyncSleep(50);}',
    count: 1,
  },
  { why: 'wait for the WebAssembly and an index to load in 2 ms steps, not 50', from: 'await asyncSleep(50);', to: 'await asyncSleep(2);', count: 2 },
  {
    why: 'the gzip inflater builds its tables on first use, not when the worker starts (start of its code)',
    from: 'var u8=Uint8Array;',
    to: 'var gz_default=(data,out)=>(gz_default=gzipInflater())(data,out);function gzipInflater(){const u8=Uint8Array;',
    count: 1,
  },
  { why: 'the gzip inflater builds its tables on first use (end of its code)', from: 'var gz_default=gunzipSync;', to: 'return gunzipSync;}', count: 1 },
  {
    why: 'no grapheme segmenter where the query is not split into words',
    from: 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){',
    to: 'if(trueLanguage&&needsWordSegmentation(trueLanguage)&&typeof Intl.Segmenter!=="undefined"){',
    count: 1,
  },
];

/** Applies ENGINE_PATCHES; throws when one does not match exactly (after a Pagefind upgrade). */
export function patchEngine(engine: string): string {
  let patched = engine;
  for (const patch of ENGINE_PATCHES) {
    const found = patched.split(patch.from).length - 1;
    if (found !== patch.count) throw new Error(`Pagefind engine patch "${patch.why}": expected ${patch.count} occurrences of ${patch.from}, found ${found}; review the patch against the new engine`);
    patched = patched.replaceAll(patch.from, patch.to);
  }
  return patched;
}

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
  const { values } = parseCommandLine({ options: { check: { type: 'boolean', default: false } } });
  const engine = patchEngine(await pagefindEngine());
  if (values.check) {
    if (readFileSync(VENDORED_ENGINE, 'utf8') !== engine) {
      console.error(`${VENDORED_ENGINE} is not the engine the installed Pagefind writes, patched: run node scripts/vendor-pagefind.ts`);
      process.exit(1);
    }
    console.log('vendored Pagefind engine is current');
  } else {
    writeFileSync(VENDORED_ENGINE, engine);
    console.log(`wrote ${VENDORED_ENGINE}`);
  }
}
