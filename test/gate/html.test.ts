/** The HTML validator reports a real defect with its file, place and rule, and passes clean markup. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { formatProblem, validatePages } from './html.ts';
import { RULE_CHANGES } from './html-validate.config.ts';

const dir = mkdtempSync(join(tmpdir(), 'mingzhang-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const page = (body: string) => `<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>t</title></head>\n<body>${body}</body>\n</html>\n`;

test('clean markup passes; a duplicate id, a button without type and an inline style are errors with their place', async () => {
  writeFileSync(join(dir, 'good.html'), page('<main><h1>标题</h1><p>正文</p></main>'));
  writeFileSync(join(dir, 'bad.html'), page('<main><h1 id="x">a</h1><p id="x" style="color: red">b</p><button>c</button></main>'));
  expect(await validatePages(dir, ['good.html'])).toEqual([]);
  const problems = await validatePages(dir, ['bad.html']);
  expect(problems.map((p) => p.rule).sort()).toEqual(['no-dup-id', 'no-implicit-button-type', 'no-inline-style']);
  const dup = problems.find((p) => p.rule === 'no-dup-id')!;
  expect(formatProblem(dup)).toMatch(/^bad\.html:4:\d+ no-dup-id: .*"x"/);
  expect(dup.severity).toBe('error');
});

test('every rule turned off or relaxed gives its reason', () => {
  for (const [rule, { reason }] of Object.entries(RULE_CHANGES)) expect(reason.length, rule).toBeGreaterThan(40);
});

test('relaxed ids: a rule code and a heading slug that starts with a digit pass, an id with a space does not', async () => {
  writeFileSync(join(dir, 'ids.html'), page('<main><h1 id="rule-sum.vehicles">a</h1><h2 id="1坚持党的领导">b</h2></main>'));
  writeFileSync(join(dir, 'space.html'), page('<main><h1 id="a b">a</h1></main>'));
  expect(await validatePages(dir, ['ids.html'])).toEqual([]);
  expect((await validatePages(dir, ['space.html'])).map((p) => p.rule)).toContain('valid-id');
});
