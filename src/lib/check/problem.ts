/**
 * A problem found in content: where (file, line, column, field), what (a stable code
 * and a message in Chinese), and how to fix it. Every checker returns these; the CLI
 * prints them all at once.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, in characters. */
  column: number;
  /** Stable machine code, e.g. "amount.thousands-separator". */
  code: string;
  severity: Severity;
  /** The message in Chinese: what is wrong, with the field's English path, and how to fix it. */
  message: string;
  /** The field's English path, e.g. "spending.basic", where the problem is about one field. */
  field?: string;
}

/** Orders problems by file, then position, so output is stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}

/** A position in a text, computed from a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
