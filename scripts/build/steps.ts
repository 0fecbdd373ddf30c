/**
 * Running the build's steps: each a measured child process (measure.ts); the first that
 * fails stops the others, and the build says why in the check's words when content is bad.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runMeasured, stopAll, type StepResult } from './measure.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const NODE = process.execPath;
export const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** A step that exited with an error; its output is printed once the build has stopped. */
export class StepFailed extends Error {
  readonly step: StepResult;
  constructor(step: StepResult) {
    super(`${step.name} failed (exit ${step.code})`);
    this.step = step;
  }
}

/** Runs one step: name, command, arguments, environment, working folder. */
export type RunStep = (name: string, command: string, args: string[], env?: NodeJS.ProcessEnv, cwd?: string) => Promise<StepResult>;

/**
 * A step runner that records every step in `steps`, with when it started within the build
 * (steps run side by side, so this shows what waited), and stops every step at a failure.
 */
export function stepRunner(steps: StepResult[], started: number, baseEnv: NodeJS.ProcessEnv, echo?: boolean): RunStep {
  return async (name, command, args, env = baseEnv, cwd = ROOT) => {
    const measured = await runMeasured(name, command, args, { cwd, env, echo });
    const step = { ...measured, startedAt: measured.startedAt! - started };
    steps.push(step);
    if (step.code !== 0) {
      stopAll();
      throw new StepFailed(step);
    }
    return step;
  };
}

/**
 * Says why a build failed. Bad content usually fails a page build (Astro's schema error,
 * in English) before the check, which runs beside the builds, has reported it; so unless
 * the check already passed, it runs now and its report is the one printed: every error,
 * with file, line, field and fix, in Chinese.
 */
export function explainFailure(error: unknown, steps: StepResult[], content: string): never {
  if (!(error instanceof StepFailed)) throw error;
  if (error.step.name !== 'check' && !steps.some((s) => s.name === 'check' && s.code === 0)) {
    // Errors only: a national corpus has hundreds of thousands of warnings, and they are not why a build fails.
    const check = spawnSync(NODE, [join(ROOT, 'scripts', 'check.ts'), '--content', content, '--quiet', '--errors-only'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (check.status !== 0) {
      process.stderr.write(`${check.stdout}${check.stderr}`);
      throw new Error('内容检查未通过（content check failed）');
    }
  }
  process.stderr.write(error.step.output);
  throw error;
}

/** Pages indexed, as scripts/index-search.ts reports them. */
export function indexedCount(output: string): number {
  return Number(/search index: (\d+) of/.exec(output)?.[1] ?? 0);
}
