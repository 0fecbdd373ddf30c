// Writes the pull-request summary in Chinese (src/lib/corrections/pr-summary.ts) from two
// `node scripts/check.ts --json` reports: the PR's and main's (the merge base). Appends it
// to $GITHUB_STEP_SUMMARY when set, and prints it. Without --head-report/--base-report it
// runs the check itself on the working tree and on a temporary checkout of the base.
// Usage: node scripts/pr-summary.ts [--head-report head.json] [--base-report base.json] [--base-ref origin/main]
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommandLine } from '../src/lib/cli-args.ts';
import { type CheckReport, summarizePullRequest } from '../src/lib/corrections/pr-summary.ts';
import { baseCommit, changedFiles, correctionReports, defaultBaseRef } from './pr-git.ts';

const { values } = parseCommandLine({
  options: { 'head-report': { type: 'string' }, 'base-report': { type: 'string' }, 'base-ref': { type: 'string' } },
});

const parse = (text: string): CheckReport | undefined => {
  try {
    return JSON.parse(text) as CheckReport;
  } catch {
    return undefined;
  }
};
const readReport = (path: string) => (existsSync(path) ? parse(readFileSync(path, 'utf8')) : undefined);
/** `check --json` exits 1 when content has errors; the report is still complete. */
const runCheck = (content: string) => parse(spawnSync(process.execPath, ['scripts/check.ts', '--content', content, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);

const baseRef = values['base-ref'] ?? defaultBaseRef();
const base = baseCommit(baseRef);
const head = values['head-report'] ? readReport(values['head-report']) : runCheck('content');
if (!head) {
  console.error('无法得到本 PR 的检查报告（node scripts/check.ts --json 没有输出 JSON）。先单独运行 npm run check 看看哪里出错。');
  process.exit(2);
}

let baseReport: CheckReport | undefined;
if (values['base-report']) baseReport = readReport(values['base-report']);
else {
  // Check main's content with this PR's checker, so score changes are about content.
  const dir = mkdtempSync(join(tmpdir(), 'mingzhang-base-'));
  try {
    execFileSync('git', ['worktree', 'add', '--detach', dir, base], { stdio: 'ignore' });
    baseReport = runCheck(join(dir, 'content'));
  } catch {
    baseReport = undefined;
  } finally {
    spawnSync('git', ['worktree', 'remove', '--force', dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

const summary = summarizePullRequest({ base: baseReport, head, changedFiles: changedFiles(base, 'content'), corrections: correctionReports(baseRef) });
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary);
console.log(summary);
