/**
 * The fixture suite: one invalid content tree per rule, each with the exact output it
 * must produce (code, position and message) pinned in expected.txt; and one valid tree
 * with every kind that must produce nothing. Expected files are reviewed by hand and
 * never regenerated in CI.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { runChecks } from '../../src/lib/check/run-checks.ts';
import { formatText } from '../../src/lib/check/format-problems.ts';
import { readContentDir } from '../../src/lib/check/read-content-dir.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const run = (dir: string) => runChecks(readContentDir(join(dir, 'content'), 'content'));

describe('valid content', () => {
  test('a tree with a budget, final accounts, project evaluation and article has no problems', () => {
    const result = run(join(fixtures, 'valid'));
    expect(result.problems.map(formatText)).toEqual([]);
    expect(result.counts).toEqual({ departments: 1, disclosures: 3, articles: 1 });
  });
  test('the bundled content has no problems', () => {
    const result = checkContent(readContentDir(join(import.meta.dirname, '..', '..', 'content'), 'content'));
    expect(result.problems.map(formatText)).toEqual([]);
    expect(result.counts.disclosures).toBeGreaterThanOrEqual(4);
  });
});

describe('invalid content: each rule reports its own error', () => {
  const cases = readdirSync(join(fixtures, 'invalid')).sort();
  test('there is a case for every rule the foundation issue names', () => {
    const required = ['json.syntax', 'field.required', 'field.unknown', 'field.type', 'department.unknown', 'path.year-mismatch', 'path.kind-mismatch', 'pair.mdx-missing', 'pair.json-missing', 'disclosure.duplicate', 'kind.unknown', 'mdx.import', 'mdx.export', 'mdx.expression', 'mdx.script', 'mdx.event-handler', 'mdx.unsafe-url', 'mdx.component', 'mdx.html'];
    for (const code of required) expect(cases.some((c) => c === code || c.startsWith(`${code}-`)), code).toBe(true);
  });
  test.each(cases)('%s', (name) => {
    const dir = join(fixtures, 'invalid', name);
    const expectedFile = join(dir, 'expected.txt');
    expect(existsSync(expectedFile), `${name}/expected.txt`).toBe(true);
    const expected = readFileSync(expectedFile, 'utf8').trimEnd().split('\n');
    const actual = run(dir).problems.map(formatText);
    expect(actual).toEqual(expected);
    // Each case is named after the code it proves ("mdx.unsafe-url-entity" proves mdx.unsafe-url).
    const parts = name.split('-');
    const codes = parts.map((_, i) => parts.slice(0, i + 1).join('-'));
    expect(actual.some((line) => codes.some((code) => line.includes(`  ${code}  `))), `${name} reports its code`).toBe(true);
  });
});
