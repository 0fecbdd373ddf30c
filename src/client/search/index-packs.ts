/**
 * Answers the engine's requests for a partition bundle's index chunks and fragments from its
 * packs (src/lib/search/index-pack.ts), one HTTP range request each. A host that ignores
 * ranges answers with a whole pack: it is kept and read from, so search still works there,
 * at the cost of the pack's bytes.
 */
import { INDEX_PACK_DIR, IndexPackReader, indexPackFile } from '../../lib/search/index-pack.ts';
import type { Bundle } from '../../lib/search/query.ts';

const networkFetch = self.fetch.bind(self);
/** Readers by the pathname of their bundle's folder ("/pagefind/2023/"). */
const readers = new Map<string, IndexPackReader>();
/** Packs a host sent whole, by URL. */
const whole = new Map<string, Promise<Uint8Array>>();

async function readRange(url: string, start: number, end: number): Promise<Uint8Array> {
  const kept = whole.get(url);
  if (kept) return (await kept).subarray(start, end + 1);
  const response = await networkFetch(url, { headers: { Range: `bytes=${start}-${end}` } });
  if (response.status === 206) return new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = response.arrayBuffer().then((b) => new Uint8Array(b));
  whole.set(url, bytes);
  bytes.catch(() => whole.delete(url));
  return (await bytes).subarray(start, end + 1);
}

const folderOf = (basePath: string) => new URL(basePath, self.location.href).pathname;

/** The readers of the manifest last loaded (a reloaded manifest replaces an older one's). */
export function useIndexPacks(bundles: readonly [basePath: string, bundle: Bundle][]): void {
  readers.clear();
  whole.clear();
  for (const [basePath, bundle] of bundles) {
    const info = bundle.index;
    if (!info) continue;
    const folder = folderOf(basePath);
    readers.set(folder, new IndexPackReader(info, (pack, start, end) => readRange(`${folder}${INDEX_PACK_DIR}/${indexPackFile(info, pack)}`, start, end)));
  }
}

/** Starts reading a bundle's chunk table, which its first search needs with its metadata. */
export function prefetchIndexTable(basePath: string): void {
  void readers.get(folderOf(basePath))?.chunks().catch(() => undefined);
}

/** The engine's request for a packed file, answered from its pack; undefined for any other file. */
export function packedResponse(pathname: string): Promise<Response> | undefined {
  const found = /^(.*\/)(index|fragment)\/([^/]+)\.(pf_index|pf_fragment)$/.exec(pathname);
  const reader = found && readers.get(found[1]);
  if (!found || !reader) return undefined;
  const name = found[3];
  const item = found[2] === 'index' ? reader.chunk(name) : reader.fragment(name);
  return item.then((bytes) => (bytes ? new Response(bytes as Uint8Array<ArrayBuffer>) : new Response(null, { status: 404 })));
}
