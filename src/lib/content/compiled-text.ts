/**
 * A disclosure text as the data store keeps it (disclosure-text-loader.ts writes it,
 * DisclosureText.astro runs it): its compiled code and its headings.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** What the data store keeps per text. */
export interface CompiledText {
  /**
   * A function body (called with Astro's JSX runtime, it returns the MDX module's exports),
   * deflated and in base64. Astro writes the data store character by character, to disk
   * and again into the build's bundle: a partition's code as plain text (600 texts, 10
   * million characters, many of them quotes to escape) took 2 CPU-s there.
   */
  deflated: string;
  /** The headings the compiler found, for the table of contents. */
  headings: { depth: number; slug: string; text: string }[];
}

/** A compiled text for the data store. */
export const packText = (code: string, headings: CompiledText['headings']): CompiledText => ({ deflated: deflateRawSync(code, { level: 1 }).toString('base64'), headings });

/** The function body of a compiled text. */
export const textCode = (text: CompiledText): string => inflateRawSync(Buffer.from(text.deflated, 'base64')).toString('utf8');
