/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: integers, text strings and
 * arrays of definite length. The writer appends to one growing buffer (an index chunk holds
 * tens of thousands of small integers); the reader exists for tests and tools that look
 * inside a bundle.
 */

/** A value this CBOR subset can hold. */
export type CborValue = number | string | CborValue[];

/** Appends CBOR items to a growing buffer. */
export class CborWriter {
  private buffer = Buffer.allocUnsafe(1 << 16);
  private length = 0;

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }

  /** A major type with its argument, in the shortest form (as minicbor writes it). */
  private head(major: number, value: number): void {
    this.reserve(9);
    const m = major << 5;
    if (value < 24) this.buffer[this.length++] = m | value;
    else if (value < 0x100) {
      this.buffer[this.length++] = m | 24;
      this.buffer[this.length++] = value;
    } else if (value < 0x10000) {
      this.buffer[this.length++] = m | 25;
      this.buffer.writeUInt16BE(value, this.length);
      this.length += 2;
    } else if (value < 0x100000000) {
      this.buffer[this.length++] = m | 26;
      this.buffer.writeUInt32BE(value, this.length);
      this.length += 4;
    } else throw new RangeError(`CBOR: ${value} is too large for this writer`);
  }

  integer(value: number): this {
    if (!Number.isSafeInteger(value)) throw new RangeError(`CBOR: ${value} is not an integer`);
    if (value >= 0) this.head(0, value);
    else this.head(1, -1 - value);
    return this;
  }

  text(value: string): this {
    const bytes = Buffer.byteLength(value);
    this.head(3, bytes);
    this.reserve(bytes);
    this.length += this.buffer.write(value, this.length, 'utf8');
    return this;
  }

  /** Starts an array of `count` items; the caller writes them next. */
  array(count: number): this {
    this.head(4, count);
    return this;
  }

  /** Writes any value of the subset. */
  value(value: CborValue): this {
    if (typeof value === 'number') return this.integer(value);
    if (typeof value === 'string') return this.text(value);
    this.array(value.length);
    for (const item of value) this.value(item);
    return this;
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

/** Encodes one value. */
export function encodeCbor(value: CborValue): Buffer {
  return new CborWriter().value(value).bytes();
}

/** Decodes one value of the subset (throws on anything else). */
export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  let at = 0;
  const read = (): CborValue => {
    const initial = bytes[at++];
    const major = initial >> 5;
    const info = initial & 31;
    let n: number;
    if (info < 24) n = info;
    else if (info === 24) n = bytes[at++];
    else if (info === 25) (n = view.getUint16(at), (at += 2));
    else if (info === 26) (n = view.getUint32(at), (at += 4));
    else if (info === 27) (n = Number(view.getBigUint64(at)), (at += 8));
    else throw new Error(`CBOR: unsupported additional information ${info} at byte ${at - 1}`);
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 3) {
      const text = decoder.decode(bytes.subarray(at, at + n));
      at += n;
      return text;
    }
    if (major === 4) return Array.from({ length: n }, read);
    throw new Error(`CBOR: unsupported major type ${major} at byte ${at - 1}`);
  };
  const value = read();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes after the value`);
  return value;
}
