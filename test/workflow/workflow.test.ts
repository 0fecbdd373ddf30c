/**
 * The pull-request workflow: valid for GitHub (its own parser), safe for content PRs
 * (no secrets, read-only, never pull_request_target), and made of commands that exist
 * here, so `node scripts/pr-local.ts` runs the same steps locally.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const path = '.github/workflows/pr.yml';
const text = readFileSync(join(root, path), 'utf8');
const workflow = parse(text);
const steps: { name: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown> }[] = workflow.jobs.check.steps;
/** Runs the real linter script (GitHub's @actions/workflow-parser) on a workflow text. */
const lint = (content: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'wf-')), 'w.yml');
  writeFileSync(file, content);
  const result = spawnSync(process.execPath, ['scripts/pr-lint-workflows.ts', file], { cwd: root, encoding: 'utf8' });
  return result.stdout.split('\n').filter((l) => l.includes('workflow.invalid'));
};

describe('validity', () => {
  test('GitHub’s workflow parser finds no error in the workflow', () => {
    expect(lint(text)).toEqual([]);
    const result = spawnSync(process.execPath, ['scripts/pr-lint-workflows.ts'], { cwd: root, encoding: 'utf8' });
    expect(result.stdout).toContain('没有错误');
    expect(result.status).toBe(0);
  });
  test('the parser is not a no-op: it rejects a misspelt key and a broken expression', () => {
    expect(lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    step:\n      - run: echo hi\n').join()).toContain("Unexpected value 'step'");
    expect(lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - if: ${{ github.foo( }}\n        run: echo hi\n').length).toBeGreaterThan(0);
  });
});

describe('security', () => {
  test('runs on pull_request, never pull_request_target', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    expect(text.replace(/^#.*$/gm, '')).not.toContain('pull_request_target');
  });
  test('has read-only permissions and uses no secrets', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(text).not.toMatch(/secrets\./);
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['persist-credentials']).toBe(false);
  });
  test('no run step interpolates ${{ }} (untrusted PR input never reaches a shell)', () => {
    for (const step of steps.filter((s) => s.run)) expect(step.run, step.name).not.toContain('${{');
  });
});

describe('steps', () => {
  const runs = steps.filter((s) => s.run).map((s) => s.run!.trim());
  test('installs Node 22 with actions/setup-node', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe('22');
  });
  test('checks content with GitHub annotations, corrections, schemas, tests and the build, then uploads the site and writes the summary', () => {
    expect(runs).toEqual(expect.arrayContaining([
      'node scripts/check.ts --format github',
      'node scripts/pr-corrections.ts --format github',
      'node scripts/json-schemas.ts --check',
      'node scripts/pr-lint-workflows.ts',
      'npx vitest run',
      'npx astro build',
      'node scripts/pr-summary.ts',
    ]));
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with).toMatchObject({ name: 'site', path: 'dist/' });
  });
  test('every script a step runs exists, and every npm script it names is defined', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const run of runs) {
      for (const [, file] of run.matchAll(/node (scripts\/[\w-]+\.ts)/g)) expect(existsSync(join(root, file)), file).toBe(true);
      for (const [, script] of run.matchAll(/npm run ([\w:-]+)/g)) expect(pkg.scripts[script], script).toBeDefined();
    }
  });
  test('checks run even when an earlier one failed, so staff see every problem at once', () => {
    const after = steps.slice(steps.findIndex((s) => s.run?.startsWith('node scripts/check.ts')) + 1);
    for (const step of after) expect(step.if ?? '', step.name).toContain('!cancelled()');
  });
});

describe('review rules', () => {
  const owners = readFileSync(join(root, '.github', 'CODEOWNERS'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.trim().split(/\s+/));
  /** GitHub's rule: the last matching pattern wins. Enough of gitignore syntax for our patterns. */
  const ownersOf = (file: string) => {
    let found: string[] = [];
    for (const [pattern, ...teams] of owners) {
      const p = pattern.replace(/^\//, '');
      const matches = p === '*' || (p.endsWith('/') ? file.startsWith(p) : p.endsWith('*') ? file.startsWith(p.slice(0, -1)) : file === p);
      if (matches) found = teams;
    }
    return found;
  };
  test('content is reviewed by the publishing office; code, workflows and dependencies by maintainers', () => {
    expect(ownersOf('content/2024/x/budget.json')).toEqual(['@mingzhang/publishers']);
    expect(ownersOf('content/departments/x.json')).toEqual(['@mingzhang/publishers']);
    for (const file of ['.github/workflows/pr.yml', 'src/lib/check/check-content.ts', 'scripts/check.ts', 'package.json', 'package-lock.json', 'astro.config.mjs', 'schemas/budget.schema.json', 'README.md']) expect(ownersOf(file), file).toEqual(['@mingzhang/maintainers']);
  });
  test('the PR template carries the publishing checklist', () => {
    const template = readFileSync(join(root, '.github', 'pull_request_template.md'), 'utf8');
    for (const item of ['npm run check', 'corrections', '财政年度', '千分位', '导入报告']) expect(template).toContain(item);
  });
});
