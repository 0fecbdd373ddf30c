/**
 * The injection corpus against the content check (test/fixtures/injection/corpus.ts):
 * every attack is refused with exactly the problems pinned for it, each located at a file,
 * line and column; every inert fixture passes (the browser test proves it renders as
 * text). Then `npm run check` itself over one tree holding every attack a file system can
 * hold: the same problems, and a failing exit.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatText } from '../../src/lib/check/format-problems.ts';
import { runChecks } from '../../src/lib/check/run-checks.ts';
import { fill, fixtureFiles } from '../fixtures/injection/base.ts';
import { type AttackFixture, CORPUS } from '../fixtures/injection/corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const refused = CORPUS.filter((f): f is AttackFixture & { expect: { refused: string[] } } => 'refused' in f.expect);
const inert = CORPUS.filter((f) => 'inert' in f.expect);

/** The check's errors for one fixture alone, as its department "test-rd". */
function errorsOf(fixture: AttackFixture) {
  const files = fixtureFiles(fixture, 'test-rd', 'mark0');
  return runChecks({ root: 'content', files: Object.keys(files).sort(), read: (path) => files[path] }).problems.filter((p) => p.severity === 'error');
}
const located = (line: string) => line.split('  ').slice(0, 2).join('  ');

test('the corpus has at least 40 hand-written attacks, each named once', () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  expect(new Set(CORPUS.map((f) => f.name)).size).toBe(CORPUS.length);
});

describe('each attack is refused, at its file, line and column', () => {
  test.each(refused.map((f) => [f.name, f] as const))('%s', (_, fixture) => {
    const errors = errorsOf(fixture);
    expect(errors.map((p) => located(formatText(p)))).toEqual(fixture.expect.refused.map((line) => fill(line, 'test-rd', 'mark0')));
    for (const problem of errors) {
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.column).toBeGreaterThanOrEqual(1);
      expect(problem.message).toMatch(/\p{Script=Han}/u);
      // One report line each, whatever the attack put in a name or a link.
      expect(formatText(problem)).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    }
    // A "__proto__" or "constructor" key is data, never a prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe('text the check allows passes it (and must render inert: test/e2e/injection.e2e.ts)', () => {
  test.each(inert.map((f) => [f.name, f] as const))('%s', (_, fixture) => {
    expect(errorsOf(fixture).map(formatText)).toEqual([]);
  });
});

describe('npm run check over every attack at once', () => {
  const temp = mkdtempSync(join(tmpdir(), 'mingzhang-injection-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  // Names a file system cannot hold below content/ ("../", absolute) are checked above only.
  const onDisk = refused.filter((f) => Object.keys(f.files ?? {}).every((path) => !path.startsWith('/') && !path.split('/').includes('..')));

  test('reports every pinned problem of every attack, and nothing else, and fails', () => {
    const expected: string[] = [];
    onDisk.forEach((fixture, i) => {
      const dept = `attack${i}-rd`;
      for (const [path, text] of Object.entries(fixtureFiles(fixture, dept, `mark${i}`))) {
        mkdirSync(dirname(join(temp, 'content', path)), { recursive: true });
        writeFileSync(join(temp, 'content', path), text);
      }
      expected.push(...fixture.expect.refused.map((line) => fill(line, dept, `mark${i}`)));
    });
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check.ts'), '--content', 'content', '--quiet'], { cwd: temp, encoding: 'utf8' });
    const reported = result.stdout.split('\n').filter((line) => /^content\/.*:\d+:\d+  /.test(line)).map(located);
    expect(reported.sort()).toEqual(expected.sort());
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(onDisk.length).toBeGreaterThanOrEqual(refused.length - 2);
  });
});
