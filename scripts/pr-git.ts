// Git plumbing shared by the pull-request scripts (pr-corrections, pr-summary): which
// commit is "published" (main), which files differ from it, and their text there.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { checkCorrections, type CorrectionReport } from '../src/lib/corrections/check-corrections.ts';
import { disclosureId } from '../src/lib/corrections/pr-summary.ts';

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 28 }).trim();

/** The default base: the PR's target branch on GitHub, else origin/main, else main. */
export function defaultBaseRef(): string {
  if (process.env.GITHUB_BASE_REF) return `origin/${process.env.GITHUB_BASE_REF}`;
  for (const ref of ['origin/main', 'main']) {
    try {
      git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
      return ref;
    } catch {
      // try the next
    }
  }
  throw new Error('找不到 main 分支（base branch not found）：用 --base-ref 指定要比较的分支。');
}

/** The commit the PR is compared with: where it branched from the base (the base tip in a GitHub merge checkout). */
export function baseCommit(ref: string): string {
  return git('merge-base', ref, 'HEAD');
}

/** Files under `dir` that differ between the base commit and the working tree (committed or not, tracked or new). */
export function changedFiles(base: string, dir: string): string[] {
  const tracked = git('diff', '--name-only', base, '--', dir).split('\n');
  const untracked = git('ls-files', '--others', '--exclude-standard', '--', dir).split('\n');
  return [...new Set([...tracked, ...untracked])].filter(Boolean).sort();
}

/** A file's text in the base commit, or undefined when it did not exist there. */
export function readAtBase(base: string, path: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${base}:${path}`], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** A file's text in the working tree, or undefined when it is gone. */
export function readInTree(path: string): string | undefined {
  return existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
}

/** Every file below a folder, relative to the repository root. */
export function listTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(path).isDirectory() ? listTree(path) : [path];
  });
}

/** Today as YYYY-MM-DD (for example correction entries). */
export const today = () => new Date().toISOString().slice(0, 10);

/** Correction reports for every disclosure JSON under content/ that differs from the base. */
export function correctionReports(baseRef: string): CorrectionReport[] {
  const base = baseCommit(baseRef);
  return changedFiles(base, 'content')
    .filter((file) => file.endsWith('.json') && disclosureId(file))
    .map((file) => checkCorrections(file, readAtBase(base, file), readInTree(file), today()));
}
