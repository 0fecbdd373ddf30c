/**
 * npm run check as staff and CI run it: every problem at once, the audit report after
 * validation, GitHub annotations, a JSON report, and a non-zero exit only on errors.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const check = (args: string[], cwd = root) => {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'check.ts'), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
const fixture = (name: string) => join(root, 'test', 'fixtures', 'invalid', name);

describe('npm run check', () => {
  test('the bundled content passes with warnings only, and prints a report per disclosure', () => {
    const { status, stdout, stderr } = check([]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('content/2022/conghua-rd/self-evaluation.json');
    expect(stdout).toMatch(/rate\.execution-high {2}\[提示\] 预算执行率高于 100%：预算执行率 121\.29%/);
    expect(stdout).toContain('■ 2022/conghua-rd/self-evaluation');
    expect(stdout).toMatch(/公开质量指数 \d+\.\d \/ 100/);
    expect(stdout).toMatch(/检查了 4 个部门、4 份公开、5 篇文章：没有错误，\d+ 个提示。/);
  });
  test('--errors-only prints the errors and the number of warnings, as the build runs it', () => {
    const bundled = check(['--quiet', '--errors-only']);
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).not.toContain('[提示]');
    const all = check(['--quiet']).stdout.match(/(\d+) 个提示/)![1];
    expect(bundled.stdout).toContain(`没有错误，${all} 个提示（--errors-only：提示未列出，去掉此选项可看全部）。`);
    const bad = check(['--content', 'content', '--quiet', '--errors-only'], fixture('sum.spending'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('content/2023/test-rd/self-evaluation.json:10:14  sum.spending  不符合“支出合计等于各类支出之和”');
    expect(bad.stdout).not.toContain('[提示]');
  });
  test('an audit error exits 1 with the file, line, column, rule and arithmetic', () => {
    const { status, stdout } = check(['--content', 'content'], fixture('sum.spending'));
    expect(status).toBe(1);
    expect(stdout).toContain('content/2023/test-rd/self-evaluation.json:10:14  sum.spending  不符合“支出合计等于各类支出之和”：基本支出 60.00 万元 + 项目支出 38.07 万元 = 98.07 万元，但支出合计是 98.70 万元（相差 0.63 万元）。');
    expect(stdout).toContain('1 个错误');
  });
  test('--format github emits workflow annotations for errors and warnings', () => {
    const errors = check(['--content', 'content', '--format', 'github'], fixture('sum.spending'));
    expect(errors.stdout).toContain('::error file=content/2023/test-rd/self-evaluation.json,line=10,col=14,title=sum.spending::不符合');
    const warnings = check(['--format', 'github']);
    expect(warnings.stdout).toMatch(/::warning file=content\/2022\/conghua-rd\/self-evaluation\.json,line=\d+,col=\d+,title=rate\.execution-high::预算执行率高于 100%/);
    expect(warnings.status).toBe(0);
  });
  test('--json reports problems, findings and scores for machines', () => {
    const { status, stdout } = check(['--json']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(true);
    const conghua = report.disclosures.find((d: { id: string }) => d.id === '2022/conghua-rd/self-evaluation');
    expect(conghua.scores.quality.total).toMatch(/^\d+\.\d$/);
    expect(conghua.scores.selfScore).toMatchObject({ reported: '90.9', recomputed: '90.9', matches: true });
    expect(conghua.findings.map((f: { rule: string }) => f.rule)).toContain('rate.execution-high');
  });
  test('a JSON syntax error and a schema error in different files are reported together', () => {
    const { status, stdout } = check(['--content', 'content'], fixture('json.syntax-missing-comma'));
    expect(status).toBe(1);
    expect(stdout).toContain('json.syntax');
  });
  test('--memo prints the same report on the second run as on the first, and needs --memo-key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mingzhang-check-memo-'));
    try {
      const memo = ['--content', 'content', '--memo', join(dir, 'memo.json'), '--memo-key', 'k'];
      const first = check(memo, fixture('sum.spending'));
      const second = check(memo, fixture('sum.spending'));
      expect(first.status).toBe(1);
      expect(second).toEqual(first);
      const keyless = check(['--memo', join(dir, 'memo.json')]);
      expect(keyless.status).toBe(2);
      expect(keyless.stderr).toContain('--memo needs --memo-key');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
