/**
 * The extracted text of every PDF and docx original of a content folder, for the check,
 * kept between runs in a folder keyed by each file's SHA-256 (and the extraction code's
 * own hash, so a change to the extraction is never served stale text). An unchanged
 * original is read from the cache, not extracted again: the check stays fast.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentSource, OriginalText } from '../check/check-content.ts';
import { ORIGINAL_FILE_PATTERN } from '../../schemas/provenance.ts';
import { replaceFile } from '../files/replace-file.ts';

/** Formats whose text must be extracted before a quote can be looked up in it. */
export const EXTRACTED_FORMATS = new Set(['pdf', 'docx']);
/** pdfjs-dist and mammoth load only when an original needs reading: a check without new PDFs does not pay for them. */
const extractLazily = async (bytes: Uint8Array, format: string) => (await import('./original-pages.ts')).extractOriginalPages(bytes, format);

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** The extraction code and the libraries it runs: a change to any of them is a new cache. */
function extractorKey(): string {
  const files = ['./original-pages.ts', './from-pdf.ts', './locations.ts', './repair.ts', '../provenance/original-text.ts'].map((f) => readFileSync(new URL(f, import.meta.url), 'utf8'));
  const versions = ['pdfjs-dist', 'mammoth'].map((name) => {
    try {
      return JSON.parse(readFileSync(new URL(`../../../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version as string;
    } catch {
      return '?';
    }
  });
  return sha256([...files, ...versions].join('\0')).slice(0, 16);
}

export interface ExtractionStats {
  extracted: number;
  cached: number;
}

/**
 * The text of each PDF/docx original in `source` (by its path), extracted or from `cacheDir`.
 * `extract` is replaceable for tests.
 */
export async function originalTexts(source: ContentSource, cacheDir: string, extract: (bytes: Uint8Array, format: string) => Promise<string[]> = extractLazily): Promise<{ texts: Map<string, OriginalText>; stats: ExtractionStats }> {
  const texts = new Map<string, OriginalText>();
  const stats: ExtractionStats = { extracted: 0, cached: 0 };
  const key = extractorKey();
  const folder = join(cacheDir, key);
  // Entries of an older extraction can never be read again.
  if (existsSync(cacheDir)) for (const old of readdirSync(cacheDir)) if (old !== key) rmSync(join(cacheDir, old), { recursive: true, force: true });
  for (const path of source.files) {
    const format = path.split('/').at(-1)!.match(ORIGINAL_FILE_PATTERN)?.[2];
    if (!format || !EXTRACTED_FORMATS.has(format) || !source.readBytes) continue;
    const bytes = source.readBytes(path);
    const file = join(folder, `${sha256(bytes)}.json`);
    try {
      texts.set(path, JSON.parse(readFileSync(file, 'utf8')) as OriginalText);
      stats.cached++;
      continue;
    } catch {
      // Not cached yet (or a damaged entry): extract.
    }
    let text: OriginalText;
    try {
      text = { pages: await extract(bytes, format) };
    } catch (error) {
      text = { error: error instanceof Error ? error.message : String(error) };
    }
    stats.extracted++;
    texts.set(path, text);
    // Written whole, then moved into place, so a stopped check never leaves half an entry.
    try {
      mkdirSync(folder, { recursive: true });
      replaceFile(file, JSON.stringify(text));
    } catch {
      // The cache only makes the next check faster.
    }
  }
  return { texts, stats };
}
