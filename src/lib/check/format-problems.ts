/** Output formats for `npm run check`: one line per problem, GitHub annotations, or JSON. */
import type { Problem } from './problem.ts';
import { visible } from './visible-text.ts';

/** `path:line:col  code  message` — clickable in terminals and editors; always one line. */
export function formatText(problem: Problem): string {
  const mark = problem.severity === 'warning' ? '[提示] ' : '';
  return `${visible(problem.file)}:${problem.line}:${problem.column}  ${problem.code}  ${mark}${visible(problem.message)}`;
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A GitHub Actions workflow command that annotates the file's line in the PR. */
export function formatGithub(problem: Problem): string {
  const title = escapeProperty(problem.code);
  return `::${problem.severity} file=${escapeProperty(visible(problem.file))},line=${problem.line},col=${problem.column},title=${title}::${escapeData(visible(problem.message))}`;
}
