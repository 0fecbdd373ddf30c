/**
 * Our CBOR encoder against cborg, on the index of a realistic partition:
 *
 *   node scripts/bench/cbor.ts [--pages 600] [--runs 5]
 *
 * Writes one bundle of --pages sample pages (scripts/bench/corpus/sample-pages.ts), decodes
 * its index chunks to values, then times value → bytes with encodeCbor and with cborg.encode
 * (median of --runs, same values, bytes compared), and the whole writeBundle, whose writer
 * streams postings from typed arrays into the encoder without building those values at all.
 * The verdict it informs is in docs/architecture.md.
 */
import { decode, encode } from 'cborg';
import { join, resolve } from 'node:path';
import { parseCommandLine } from '../../src/lib/cli-args.ts';
import { gunzipSync } from 'node:zlib';
import { type CborValue, encodeCbor } from '../../src/lib/search/cbor.ts';
import { writeBundle } from '../../src/lib/search/pagefind-bundle.ts';
import { INDEX_LANGUAGE } from '../../src/lib/search/records.ts';
import { samplePages } from './corpus/sample-pages.ts';

const { values: args } = parseCommandLine({ options: { pages: { type: 'string', default: '600' }, runs: { type: 'string', default: '5' } } });
const runs = Number(args.runs);
const pages = samplePages(join(resolve(import.meta.dirname, '..', '..'), 'content'), Number(args.pages));
const options = { language: INDEX_LANGUAGE, chunkSize: 40_000 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

const bundle = writeBundle(pages, options);
const chunks = bundle.files.filter((f) => f.path.endsWith('.pf_index')).map((f) => gunzipSync(f.bytes).subarray(12));
const values = chunks.map((c) => decode(c) as CborValue);
const bytes = chunks.reduce((n, c) => n + c.length, 0);
const same = values.every((v, i) => encodeCbor(v).equals(chunks[i]) && Buffer.from(encode(v)).equals(chunks[i]));

const ours = time(() => values.forEach((v) => encodeCbor(v)));
const cborg = time(() => values.forEach((v) => encode(v)));
const whole = time(() => writeBundle(pages, options));
console.log(`| ${pages.length} pages, ${chunks.length} index chunks, ${(bytes / 1e6).toFixed(1)} MB of CBOR | ms (median of ${runs}) |`);
console.log('| --- | --- |');
console.log(`| encodeCbor (ours), values → bytes | ${ours.toFixed(0)} |`);
console.log(`| cborg.encode, values → bytes | ${cborg.toFixed(0)} (${(cborg / ours).toFixed(2)}× ours) |`);
console.log(`| writeBundle, whole (postings streamed into the writer, gzip included) | ${whole.toFixed(0)} |`);
console.log(`| same bytes from both | ${same ? 'yes' : 'NO'} |`);
if (!same) process.exitCode = 1;
