/** Output formats for `npm run check`: one line per problem, GitHub annotations, or JSON. */
import type { Problem } from './problem.ts';

/** `path:line:col  code  message` — clickable in terminals and editors. */
export function formatText(problem: Problem): string {
  const mark = problem.severity === 'warning' ? '[提示] ' : '';
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.code}  ${mark}${problem.message}`;
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A GitHub Actions workflow command that annotates the file's line in the PR. */
export function formatGithub(problem: Problem): string {
  const title = escapeProperty(problem.code);
  return `::${problem.severity} file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column},title=${title}::${escapeData(problem.message)}`;
}
