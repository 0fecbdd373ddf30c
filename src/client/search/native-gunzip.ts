/**
 * Pagefind's files (metadata, index and filter chunks, fragments, the WebAssembly) are gzip
 * files that its engine inflates in JavaScript; it skips that step for a file that is
 * inflated already (one that starts with its signature, "pagefind_dcd"). Inflating them
 * here with the browser's own DecompressionStream is several times faster: on a cold
 * search, the engine's inflater is not even compiled yet. The bytes on the wire are the same.
 */
const PAGEFIND_FILE = /\.(pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/;

/** Files to inflate here: Pagefind's, where the browser has DecompressionStream (else the engine inflates them). */
export const isPagefindFile = (pathname: string) => typeof DecompressionStream === 'function' && PAGEFIND_FILE.test(pathname);

/** The response with its body inflated when it is a gzip file; any other response as it is. */
export async function inflated(response: Response): Promise<Response> {
  if (!response.ok) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes, { status: response.status, headers: response.headers });
  const body = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(await new Response(body).arrayBuffer(), { status: response.status, headers: response.headers });
}
