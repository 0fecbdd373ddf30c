/**
 * A static server for the benchmark that counts what it sends: bytes on the wire per path,
 * with or without gzip for text types (HTML, CSS, JS, JSON), as static hosts serve them.
 * Pagefind's own files (.pagefind, .pf_*) and our cards (.mzc, and the .mzp packs, read by
 * byte range) are gzip already and are sent as they are.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { byteRange } from './byte-range.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml']);

/**
 * A page that goes on to `?to=` (same origin): pipe-browser.ts opens it in a new tab, so the
 * page measured loads in a renderer that is already running, with nothing attached to it.
 * Not logged: the log holds what the measured page fetched.
 */
export const LAUNCH_PATH = '/__bench/launch';
const LAUNCH_PAGE = '<!doctype html><meta charset="utf-8"><title>bench</title><script>location.replace(new URLSearchParams(location.search).get("to"))</script>';

/** One response: its path and the bytes of its body as sent. */
export interface Sent {
  path: string;
  bytes: number;
  /** When the response was sent (performance.now() in this process). */
  at: number;
}

/** A self-signed certificate for 127.0.0.1, made with openssl (browsers speak HTTP/2 only over TLS). */
function localCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'mingzhang-bench-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bytes start..end (inclusive) of a file. */
function readRange(file: string, start: number, end: number): Buffer {
  const body = Buffer.alloc(end - start + 1);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, body, 0, body.length, start);
  } finally {
    closeSync(fd);
  }
  return body;
}

/**
 * Serves `root` on 127.0.0.1; `log` collects every response until cleared. With `http2`,
 * over TLS with a self-signed certificate, as static hosts serve (one connection, every
 * request at once); the browser must then accept that certificate (ignoreHTTPSErrors).
 */
export async function benchServer(root: string, options: { gzip: boolean; http2?: boolean }): Promise<{ url: string; log: Sent[]; close: () => Promise<void> }> {
  const log: Sent[] = [];
  const cache = new Map<string, Buffer>();
  // What the handler uses of a response, the same in node:http and node:http2's compatibility API.
  type Response = { writeHead(status: number, headers?: Record<string, string>): unknown; end(body?: Buffer): unknown };
  const handle = (req: IncomingMessage | Http2ServerRequest, reply: ServerResponse | Http2ServerResponse) => {
    const res = reply as Response;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === LAUNCH_PATH) {
      // Its connection closed (HTTP/1.1), so that the measured page opens its own, as a cold reader would.
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...(options.http2 ? {} : { Connection: 'close' }) });
      return void res.end(Buffer.from(LAUNCH_PAGE));
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return void (res.writeHead(403), res.end());
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      log.push({ path, bytes: 0, at: performance.now() });
      return void (res.writeHead(404), res.end());
    }
    const ext = extname(file);
    const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? (ext === '.wasm' ? 'application/wasm' : 'application/octet-stream'), 'Cache-Control': 'no-cache' };
    const gzip = options.gzip && COMPRESSIBLE.has(ext) && /gzip/.test(String(req.headers['accept-encoding']));
    // Ranges of files sent as they are (result card packs), as static hosts answer them;
    // only the range is read, not the whole pack.
    const size = statSync(file).size;
    const range = gzip ? undefined : byteRange(req.headers.range as string | undefined, size);
    if (range === 'unsatisfiable') {
      log.push({ path, bytes: 0, at: performance.now() });
      return void (res.writeHead(416, { 'Content-Range': `bytes */${size}` }), res.end());
    }
    let body: Buffer;
    if (range) {
      body = readRange(file, range.start, range.end);
      headers['Content-Range'] = `bytes ${range.start}-${range.end}/${size}`;
    } else if (gzip) {
      if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(file), { level: 6 }));
      body = cache.get(file)!;
      headers['Content-Encoding'] = 'gzip';
    } else body = readFileSync(file);
    headers['Content-Length'] = String(body.length);
    res.writeHead(range ? 206 : 200, headers);
    res.end(body);
    log.push({ path, bytes: body.length, at: performance.now() });
  };
  const server = options.http2 ? createSecureServer(localCertificate(), handle) : createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const url = `${options.http2 ? 'https' : 'http'}://127.0.0.1:${address.port}/`;
  return { url, log, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
