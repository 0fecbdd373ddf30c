/** The HTML gate's validator: html-validate (test/gate/html-validate.config.ts) over built pages, every problem with its place. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { HTML_VALIDATE_CONFIG } from './html-validate.config.ts';

/** One problem html-validate reports. */
export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  /** The element, as a CSS selector: built pages are minified, so the column alone is hard to read. */
  selector: string;
  severity: 'error' | 'warning';
}

/** Validates `files` (paths below `dir`); every error and warning, in file order. */
export async function validatePages(dir: string, files: readonly string[]): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
  const problems: HtmlProblem[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message, selector: m.selector ?? '', severity: m.severity === 2 ? 'error' : 'warning' });
    }
  }
  return problems;
}

/** A problem as one line: "file:line:col rule: message (selector)". */
export const formatProblem = (p: HtmlProblem): string => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}${p.selector ? ` (${p.selector})` : ''}`;
