/**
 * The pull-request workflow: valid for GitHub (its own parser), safe for content PRs
 * (no secrets, read-only, never pull_request_target), and made of commands that exist
 * here, so `node scripts/pr-local.ts` runs the same steps locally.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { writeGateReport } from '../gate/report.ts';
import { dependencySpecProblems, lockfileProblems, ownersOf as ownersIn, registryProblems, workflowProblems } from './supply-chain.ts';

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
  const codeowners = readFileSync(join(root, '.github', 'CODEOWNERS'), 'utf8');
  const ownersOf = (file: string) => ownersIn(codeowners, file);
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

/** The supply-chain gate's figures, filled in by the tests below. */
const gate = { lock: '', lockOk: false, workflows: '', workflowsOk: false, owners: '', ownersOk: false };

describe('supply chain', () => {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const workflows = readdirSync(join(root, '.github', 'workflows')).filter((f) => /\.ya?ml$/.test(f)).sort();

  test('every lockfile entry has a sha512 integrity and no tarball from outside registry.npmjs.org', () => {
    const entries = Object.keys(lock.packages).filter((k) => k !== '');
    const problems = [...lockfileProblems(lock), ...dependencySpecProblems(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))), ...registryProblems(existsSync(join(root, '.npmrc')) ? readFileSync(join(root, '.npmrc'), 'utf8') : undefined)];
    const bad = new Set(problems.map((p) => p.split(':')[0]));
    gate.lock = `${entries.length - bad.size}/${entries.length} entries with sha512 integrity, ${problems.length} problems`;
    gate.lockOk = problems.length === 0 && entries.length > 100;
    expect(problems).toEqual([]);
  });

  test('the lockfile check names each bad entry: no integrity, sha1, a foreign tarball, a git or file dependency', () => {
    const good = lock.packages['node_modules/astro'];
    const bad = {
      lockfileVersion: 3,
      packages: {
        '': {},
        'node_modules/a': { version: '1.0.0' },
        'node_modules/b': { ...good, integrity: 'sha1-abc=' },
        'node_modules/@s/c': { ...good, resolved: 'https://evil.example/c.tgz' },
        'node_modules/d': { ...good, resolved: `https://registry.npmjs.org/d/-/d-${good.version}.tgz` },
      },
    };
    expect(lockfileProblems(bad).map((p) => p.split(/[:@ ]/)[0] || `@${p.split('@')[1]}`)).toEqual(['a', 'b', '@s/c']);
    expect(dependencySpecProblems({ dependencies: { x: 'github:evil/x', y: 'file:../y', z: '^1.2.3' } })).toHaveLength(2);
    expect(registryProblems('registry=https://npm.evil.example/\nfund=false')).toHaveLength(1);
  });

  test('every workflow: read-only, never pull_request_target or workflow_run, no secrets, no kept credentials', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(2);
    const problems = workflows.flatMap((f) => workflowProblems(f, readFileSync(join(root, '.github', 'workflows', f), 'utf8')));
    gate.workflows = `${workflows.length - new Set(problems.map((p) => p.split(':')[0])).size}/${workflows.length} read-only (but the Pages deploy), pull_request only, no secrets`;
    gate.workflowsOk = problems.length === 0;
    expect(problems).toEqual([]);
    // Not a no-op.
    expect(workflowProblems('w', 'on: [pull_request_target]\npermissions: write-all\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n      - run: echo ${{ secrets.X }}\n')).toHaveLength(4);
    // The Pages deploy job may write only in its own shape: main only, the deploy action alone.
    const deploy = (on: string, condition: string, step: string) => `on: ${on}\npermissions:\n  contents: read\njobs:\n  deploy:\n    if: \${{ ${condition} }}\n    permissions:\n      pages: write\n      id-token: write\n    steps:\n      - ${step}\n`;
    const main = "github.event_name == 'push' && github.ref == 'refs/heads/main'";
    expect(workflowProblems('w', deploy('[push]', main, 'uses: actions/deploy-pages@v4'))).toEqual([]);
    expect(workflowProblems('w', deploy('[push, pull_request]', main, 'uses: actions/deploy-pages@v4'))).toHaveLength(1);
    expect(workflowProblems('w', deploy('[push]', 'always()', 'uses: actions/deploy-pages@v4'))).toHaveLength(1);
    expect(workflowProblems('w', deploy('[push]', main, 'run: npm test'))).toHaveLength(1);
  });

  test('every workflow installs with npm ci and then checks the registry signatures', () => {
    for (const f of workflows) {
      const text = readFileSync(join(root, '.github', 'workflows', f), 'utf8');
      const first = text.indexOf('npm ci');
      expect(first, f).toBeGreaterThan(0);
      expect(text.indexOf('npm run audit:signatures'), `${f}: audit after the first npm ci`).toBeGreaterThan(first);
    }
    const ci = readFileSync(join(root, '.ci', 'run'), 'utf8');
    expect(ci.indexOf('npm run audit:signatures')).toBeGreaterThan(ci.indexOf('npm ci'));
    expect(ci.indexOf('npm run audit:signatures')).toBeLessThan(ci.indexOf('npm test'));
  });

  test('CODEOWNERS: every tracked file outside content/ and docs/ needs a maintainer, content the publishing office', () => {
    const codeowners = readFileSync(join(root, '.github', 'CODEOWNERS'), 'utf8');
    const files = spawnSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    const wrong = files.filter((f) => {
      const owners = ownersIn(codeowners, f);
      if (f.startsWith('content/')) return owners.join() !== '@mingzhang/publishers';
      return !owners.includes('@mingzhang/maintainers');
    });
    gate.owners = `${files.length - wrong.length}/${files.length} tracked files: code, config and workflows → maintainers, content → publishers`;
    gate.ownersOk = wrong.length === 0;
    expect(wrong).toEqual([]);
  });
});

afterAll(() => {
  writeGateReport('supply-chain', [
    { label: 'lockfile integrity (npm ci verifies each)', figure: gate.lock || 'not measured', ok: gate.lockOk },
    { label: 'workflows', figure: gate.workflows || 'not measured', ok: gate.workflowsOk },
    { label: 'CODEOWNERS', figure: gate.owners || 'not measured', ok: gate.ownersOk },
  ]);
});
