// Writes the pull-request summary in Chinese (src/lib/corrections/pr-summary.ts) from two
// `node scripts/check.ts --json` reports, appending to $GITHUB_STEP_SUMMARY when set.
// Usage: node scripts/pr-summary.ts --head-report head.json [--base-report base.json] [--base-ref origin/main]
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type CheckReport, summarizePullRequest } from '../src/lib/corrections/pr-summary.ts';
import { baseCommit, changedFiles, correctionReports, defaultBaseRef } from './pr-git.ts';

const { values } = parseArgs({
  options: { 'head-report': { type: 'string' }, 'base-report': { type: 'string' }, 'base-ref': { type: 'string' } },
});
const readReport = (path: string | undefined): CheckReport | undefined => {
  if (!path || !existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as CheckReport;
  } catch {
    return undefined;
  }
};
const head = readReport(values['head-report']);
if (!head) {
  console.error('缺少本 PR 的检查报告：先运行 node scripts/check.ts --json > head.json，再用 --head-report head.json。');
  process.exit(2);
}
const baseRef = values['base-ref'] ?? defaultBaseRef();
const summary = summarizePullRequest({
  base: readReport(values['base-report']),
  head,
  changedFiles: changedFiles(baseCommit(baseRef), 'content'),
  corrections: correctionReports(baseRef),
});
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary);
console.log(summary);
