import type { OriginalText } from '../check-content.ts';

/** What each provenance rule gets about one disclosure: its JSON, its folder and how to report. */
export interface ProvenanceContext {
  /** The JSON's path relative to the content folder ("2020/guangdong-rd/self-evaluation.json"). */
  path: string;
  data: Record<string, unknown>;
  /** The disclosure's MDX text, where there is one. */
  mdx?: string;
  /** The archived original's bytes (file name beside the JSON), or undefined when missing. */
  readOriginal(file: string): Uint8Array | undefined;
  /** The extracted text of a PDF or docx original (file name beside the JSON), where the check was given it. */
  originalText?(file: string): OriginalText | undefined;
  /** Reports a problem at a field path of the JSON ("source.original.sha256"). */
  report(field: string, code: string, message: string): void;
}
