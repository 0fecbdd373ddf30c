/**
 * A partition bundle's index chunks and fragments packed into a few large files, read by
 * HTTP range (docs/search.md). Pagefind fetches one file per index chunk and per fragment:
 * at 6,000 disclosures that was 20,000 files, a third of the output, and hosts count files.
 *
 * Pack 0 starts with two tables of varints: the chunks' lengths (in chunk order), then per
 * page its card block count and its fragment's length (in page order). The items follow,
 * chunks then fragments, each in the current pack while it fits under `cap` bytes, else at
 * the start of the next. A reader works out every item's place from the tables alone.
 * Chunk names are `<bundle key><number in base 36>` and page ids `<bundle key>-<first card
 * slot in base 36>` (card-pack.ts), so the search worker maps the engine's request for
 * `index/<name>.pf_index` or `fragment/<id>.pf_fragment` to one range request. A cold search
 * reads the chunk table (about 2 bytes per chunk) with its bundle's metadata; the fragment
 * table only when a result needs its fragment.
 */

/** The folder of a bundle that holds its packs and `pack.json`. */
export const INDEX_PACK_DIR = 'index-pack';
export const INDEX_PACK_VERSION = 1;
/** Bytes per pack file at most: under Cloudflare Pages' 25 MiB per file, with room. */
export const INDEX_PACK_CAP = 16 * 1024 * 1024;

/** What the search page needs to read a bundle's packs (its `index-pack/pack.json`). */
export interface IndexPackInfo {
  version: number;
  /** The bundle's key: chunk names and page ids start with it. */
  key: string;
  /** Bytes of the chunk table and of the fragment table, at the start of pack 0. */
  chunkTable: number;
  fragmentTable: number;
  /** Pack files: `<key>-<n>.mzp`, n from 0. */
  packs: number;
  cap: number;
}

/** A pack file's name in INDEX_PACK_DIR. */
export const indexPackFile = (info: Pick<IndexPackInfo, 'key'>, pack: number) => `${info.key}-${pack}.mzp`;

function varints(values: readonly number[]): Buffer {
  const out: number[] = [];
  for (let value of values) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`not a length: ${value}`);
    while (value >= 0x80) (out.push((value % 0x80) | 0x80), (value = Math.floor(value / 0x80)));
    out.push(value);
  }
  return Buffer.from(out);
}

function readVarints(bytes: Uint8Array): number[] {
  const values: number[] = [];
  let value = 0;
  let scale = 1;
  for (const byte of bytes) {
    value += (byte & 0x7f) * scale;
    if (byte & 0x80) scale *= 0x80;
    else (values.push(value), (value = 0), (scale = 1));
  }
  return values;
}

/** Where each item goes: pack and offset, given where the items before it ended. */
function place(lengths: readonly number[], cap: number, from: { pack: number; at: number }): { pack: number; start: number }[] {
  let { pack, at } = from;
  return lengths.map((length) => {
    if (at > 0 && at + length > cap) (pack++, (at = 0));
    const start = at;
    at += length;
    return { pack, start };
  });
}

const end = (places: { pack: number; start: number }[], lengths: readonly number[], first: number) =>
  places.length ? { pack: places[places.length - 1].pack, at: places[places.length - 1].start + lengths[lengths.length - 1] } : { pack: 0, at: first };

/** A bundle's files as the writer made them (pagefind-bundle.ts): index/ and fragment/ files in order. */
export interface PackableFile {
  path: string;
  bytes: Buffer;
}

/**
 * Packs a bundle's index chunks and fragments. `blocks[i]` is page i's card block count
 * (card-pack.ts). Returns the packs, their info, and the bundle's other files.
 */
export function packIndex(files: readonly PackableFile[], key: string, blocks: readonly number[], cap = INDEX_PACK_CAP): { packs: Buffer[]; info: IndexPackInfo; rest: PackableFile[] } {
  const chunks = files.filter((f) => f.path.startsWith('index/'));
  const fragments = files.filter((f) => f.path.startsWith('fragment/'));
  chunks.forEach((f, i) => {
    if (f.path !== `index/${key}${i.toString(36)}.pf_index`) throw new Error(`chunk ${i} is named ${f.path}`);
  });
  let serial = 0;
  fragments.forEach((f, i) => {
    if (f.path !== `fragment/${key}-${serial.toString(36)}.pf_fragment`) throw new Error(`page ${i} is named ${f.path}`);
    serial += blocks[i];
  });
  if (fragments.length !== blocks.length) throw new Error(`${fragments.length} fragments for ${blocks.length} pages`);
  const chunkTable = varints([chunks.length, ...chunks.map((c) => c.bytes.length)]);
  const fragmentTable = varints([fragments.length, ...fragments.flatMap((f, i) => [blocks[i], f.bytes.length])]);
  const items = [...chunks, ...fragments];
  const places = place(
    items.map((f) => f.bytes.length),
    cap,
    { pack: 0, at: chunkTable.length + fragmentTable.length },
  );
  const parts: Buffer[][] = [[chunkTable, fragmentTable]];
  items.forEach((f, i) => (parts[places[i].pack] ??= []).push(f.bytes));
  const packs = Array.from({ length: parts.length }, (_, n) => Buffer.concat(parts[n] ?? []));
  const info: IndexPackInfo = { version: INDEX_PACK_VERSION, key, chunkTable: chunkTable.length, fragmentTable: fragmentTable.length, packs: packs.length, cap };
  return { packs, info, rest: files.filter((f) => !f.path.startsWith('index/') && !f.path.startsWith('fragment/')) };
}

/** Reads bytes start..end (inclusive) of pack n; rejects when they cannot be read. */
export type ReadRange = (pack: number, start: number, end: number) => Promise<Uint8Array>;

/** Reads items of one bundle's packs; each table is read once, when first needed. */
export class IndexPackReader {
  private chunkPlaces?: Promise<{ pack: number; start: number; length: number }[]>;
  private pagePlaces?: Promise<{ serials: number[]; places: { pack: number; start: number; length: number }[] }>;

  readonly info: IndexPackInfo;
  private readonly read: ReadRange;

  constructor(info: IndexPackInfo, read: ReadRange) {
    this.info = info;
    this.read = read;
  }

  /** The chunk table: what a cold search reads with the bundle's metadata. */
  chunks() {
    return (this.chunkPlaces ??= this.read(0, 0, this.info.chunkTable - 1).then((bytes) => {
      const [count, ...lengths] = readVarints(bytes);
      if (lengths.length !== count) throw new Error('index pack: chunk table cut short');
      const places = place(lengths, this.info.cap, { pack: 0, at: this.info.chunkTable + this.info.fragmentTable });
      return places.map((p, i) => ({ ...p, length: lengths[i] }));
    }));
  }

  private pages() {
    return (this.pagePlaces ??= Promise.all([this.chunks(), this.read(0, this.info.chunkTable, this.info.chunkTable + this.info.fragmentTable - 1)]).then(([chunks, bytes]) => {
      const [count, ...pairs] = readVarints(bytes);
      if (pairs.length !== 2 * count) throw new Error('index pack: fragment table cut short');
      const lengths = Array.from({ length: count }, (_, i) => pairs[2 * i + 1]);
      const serials: number[] = [];
      let serial = 0;
      for (let i = 0; i < count; i++) (serials.push(serial), (serial += pairs[2 * i]));
      const chunkLengths = chunks.map((c) => c.length);
      const places = place(lengths, this.info.cap, end(chunks, chunkLengths, this.info.chunkTable + this.info.fragmentTable));
      return { serials, places: places.map((p, i) => ({ ...p, length: lengths[i] })) };
    }));
  }

  private async item(where: { pack: number; start: number; length: number } | undefined) {
    return where ? this.read(where.pack, where.start, where.start + where.length - 1) : undefined;
  }

  /** Chunk `<key><n>`'s file, as the writer made it; undefined for a name not of this bundle. */
  async chunk(name: string): Promise<Uint8Array | undefined> {
    const n = this.numberAfter(name, this.info.key);
    return n === undefined ? undefined : this.item((await this.chunks())[n]);
  }

  /** Page `<key>-<first slot>`'s fragment file; undefined for an id not of this bundle. */
  async fragment(id: string): Promise<Uint8Array | undefined> {
    const serial = this.numberAfter(id, `${this.info.key}-`);
    if (serial === undefined) return undefined;
    const { serials, places } = await this.pages();
    // Serials increase with the page number: a binary search finds the page.
    let low = 0;
    let high = serials.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (serials[mid] === serial) return this.item(places[mid]);
      if (serials[mid] < serial) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }

  private numberAfter(name: string, prefix: string): number | undefined {
    const digits = name.startsWith(prefix) ? name.slice(prefix.length) : '';
    return /^[0-9a-z]+$/.test(digits) ? parseInt(digits, 36) : undefined;
  }
}
