/**
 * Reading a lost table's cells from text lines, in order. A line is one cell (the
 * one-per-line layout), or, in row mode or when it opens with a known label, a row run
 * together whose cells are split back (form-cells.ts). Blank lines separate nothing;
 * a line with a tab belongs to a table the extraction kept, and ends the reading.
 */
import type { SourceLine } from './from-text.ts';
import { splitRunTogether } from './form-cells.ts';
import { isAnchor, isLevel } from './form-vocabulary.ts';

export interface Token {
  text: string;
  where: string;
  /** Index of its source line. */
  line: number;
  /** The whole line was this one cell (the one-per-line layout). */
  alone: boolean;
}

export class Cursor {
  private buffer: Token[] = [];
  /** Split every line into cells (the section's header was run together on one line). */
  rowMode = false;
  /** The form has a 度量单位 column: a unit printed apart is a cell of its own. */
  unitColumn = false;

  private readonly lines: readonly SourceLine[];
  private line: number;

  constructor(lines: readonly SourceLine[], line: number) {
    this.lines = lines;
    this.line = line;
  }

  /** The index of the first line not yet read. */
  get end(): number {
    return this.buffer.length ? this.buffer[0].line : this.line;
  }

  /** True when the next token starts a source line. */
  get atLineStart(): boolean {
    return this.buffer.length === 0;
  }

  peek(): Token | undefined {
    if (!this.buffer.length) this.fill();
    return this.buffer[0];
  }

  take(): Token | undefined {
    const token = this.peek();
    if (token) this.buffer.shift();
    return token;
  }

  /** The rest of the current line's tokens (a row run together), or the next line's. */
  takeLine(): Token[] {
    if (!this.buffer.length) this.fill();
    const out = this.buffer;
    this.buffer = [];
    return out;
  }

  /** The token after the next one, for one cell of lookahead. */
  peekSecond(): Token | undefined {
    if (!this.buffer.length) this.fill();
    if (this.buffer.length > 1) return this.buffer[1];
    const saved = { buffer: this.buffer, line: this.line };
    this.buffer = [];
    this.fill();
    const second = this.buffer[0];
    this.buffer = saved.buffer;
    this.line = saved.line;
    return second;
  }

  private fill(): void {
    while (this.line < this.lines.length && !this.lines[this.line].text.trim()) this.line++;
    if (this.line >= this.lines.length) return;
    const { text, where } = this.lines[this.line];
    if (text.includes('\t')) return;
    const tokens = splitRunTogether(text, this.unitColumn);
    const split = tokens.length > 1 && (this.rowMode || isAnchor(tokens[0]) || isLevel(tokens[0]));
    this.buffer = (split ? tokens : [text.trim()]).map((t) => ({ text: t, where, line: this.line, alone: !split }));
    this.line++;
  }
}
