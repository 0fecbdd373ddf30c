/**
 * A minimal static server for the built site on 127.0.0.1 (random port): directory URLs
 * serve index.html, files get their media type and the headers the site's `_headers` gives
 * their path (as Netlify or Cloudflare Pages would), byte ranges are answered, anything else
 * is 404. Enough to test
 * the real output exactly as a static host would serve it.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { byteRange } from '../../scripts/bench/byte-range.ts';
import { headersFor } from '../../src/lib/build/host-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
};

/** Serves `root`; resolves with the base URL ("http://127.0.0.1:PORT/") and a close function. */
export async function serve(root: string): Promise<{ url: string; close: () => Promise<void>; requests: string[] }> {
  const requests: string[] = [];
  const hostHeaders = existsSync(join(root, '_headers')) ? readFileSync(join(root, '_headers'), 'utf8') : '';
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    requests.push(pathname);
    for (const [name, value] of headersFor(hostHeaders, new URL(req.url ?? '/', 'http://localhost').pathname)) res.setHeader(name, value);
    let file = normalize(join(root, pathname));
    // The host reads _headers; it does not publish it.
    if (!file.startsWith(normalize(root)) || pathname === '/_headers') {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const size = statSync(file).size;
    const range = byteRange(req.headers.range, size);
    if (range === 'unsatisfiable') return void res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
    if (range) {
      res.writeHead(206, { 'Content-Type': type, 'Content-Range': `bytes ${range.start}-${range.end}/${size}`, 'Content-Length': String(range.end - range.start + 1) });
      return void createReadStream(file, range).pipe(res);
    }
    res.writeHead(200, { 'Content-Type': type, 'Accept-Ranges': 'bytes' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return { url: `http://127.0.0.1:${address.port}/`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
