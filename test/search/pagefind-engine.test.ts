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

test('the patched engine still loads and searches an index by itself: its own gzip inflater (browsers without DecompressionStream) and its query clean-up', async () => {
  const { createServer } = await import('node:http');
  const { existsSync, mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const pagefind = await import('pagefind');
  const dir = mkdtempSync(join(tmpdir(), 'mingzhang-engine-'));
  const server = createServer((req, res) => {
    const file = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.end(readFileSync(file));
  });
  try {
    const { index } = await pagefind.createIndex({ writePlayground: false });
    await index!.addCustomRecord({ url: '/a/', content: '三公经费 inflater works', language: 'zz', meta: { title: '甲' } });
    await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
    await pagefind.close();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    // Node's fetch is not the worker's: every file reaches the engine gzipped, as it is sent.
    const { createInstance } = await import('../../src/client/search/vendor/pagefind.js');
    type Found = { results: { data(): Promise<{ meta: Record<string, string> }> }[] };
    const engine = createInstance({ basePath: `http://127.0.0.1:${port}/pagefind/`, baseUrl: '/', noWorker: true }) as { init(): Promise<void>; search(term: string): Promise<Found> };
    await engine.init();
    // Upper case and punctuation are taken off the term, as before the segmenter patch.
    const found = await engine.search('Inflater!');
    expect(found.results.length).toBe(1);
    expect((await found.results[0].data()).meta.title).toBe('甲');
    expect((await engine.search('"三公经费"')).results.length).toBe(1);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
