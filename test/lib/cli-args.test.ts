/**
 * A mistyped option of a staff command is a one-line Chinese error with the valid options,
 * never Node's stack trace; `--help` lists the options.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describe, expect, test } from 'vitest';
import { optionError, optionList } from '../../src/lib/cli-args.ts';

const root = join(import.meta.dirname, '..', '..');
const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(root, 'scripts', `${script}.ts`), ...args], { cwd: root, encoding: 'utf8' });

/** The error node:util's parseArgs throws for these arguments. */
function thrown(args: string[], allowPositionals = false): unknown {
  try {
    parseArgs({ args, allowPositionals, options: { content: { type: 'string' }, quiet: { type: 'boolean' } } });
  } catch (error) {
    return error;
  }
  throw new Error(`parseArgs accepted ${args.join(' ')}`);
}

describe('optionError', () => {
  test('names the option and says what is wrong, for each error parseArgs throws', () => {
    expect(optionError(thrown(['--contnet', 'x']))).toBe('未知的选项 --contnet（unknown option）');
    expect(optionError(thrown(['--content']))).toBe('选项 --content 需要一个值（missing value），写成 --content <值>');
    expect(optionError(thrown(['--quiet=yes']))).toBe('选项 --quiet 不带值（takes no value），只写 --quiet');
    expect(optionError(thrown(['stray']))).toBe('多余的参数 stray（unexpected argument）：此命令只接受以 -- 开头的选项');
  });

  test('leaves other errors alone', () => {
    expect(optionError(new Error('disk full'))).toBeUndefined();
    expect(optionError(undefined)).toBeUndefined();
  });

  test('lists options with their values and defaults', () => {
    expect(optionList({ content: { type: 'string', default: 'content' }, quiet: { type: 'boolean', default: false }, memo: { type: 'string' } })).toBe('  --content <值>（默认 content）\n  --quiet\n  --memo <值>');
  });
});

describe('the staff commands', () => {
  test.each(['check', 'import', 'new', 'locate', 'build-site'])('%s: a mistyped option is a located error, not a stack trace', (script) => {
    const result = run(script, '--contnet', 'content');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('未知的选项 --contnet（unknown option）');
    expect(result.stderr).toContain('--content <值>');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toContain('ERR_PARSE_ARGS');
  });

  test('--help gives the usage and the options, and exits 0', () => {
    const result = run('import', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('用法（usage）：npm run import -- <原文文件> --department <slug>');
    expect(result.stdout).toContain('可用的选项（options）：');
    expect(result.stdout).toContain('  --department <值>');
  });

  test('the internal scripts: a missing or malformed value is a message, not a stack trace', () => {
    const index = run('index-search', '--scope', 'site');
    expect(index.status).toBe(2);
    expect(index.stderr).toContain('缺少选项 --site 或 --out（missing option）');
    const bench = run('bench/run', '--size', 'abc');
    expect(bench.status).toBe(2);
    expect(bench.stderr).toContain('选项 --size 需要一个正整数（positive integer），现在是 "abc"');
    for (const result of [index, bench]) expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
