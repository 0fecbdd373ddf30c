/**
 * The MDX safety check as `npm run check` runs it, in a thread replaced every so many sources
 * (src/lib/check/mdx-safety-worker.ts): the same findings as the parser called directly, for
 * every MDX file of the fixtures and the bundled content (safe ones, each unsafe construct, a
 * syntax error), across replaced threads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { findUnsafeMdx } from '../../src/lib/check/mdx-safety.ts';
import { mdxSafetyWorker } from '../../src/lib/check/mdx-safety-worker.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const sources = [join(ROOT, 'content'), join(ROOT, 'test', 'fixtures')].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.mdx'))
    .map((path) => ({ path, text: readFileSync(join(dir, path), 'utf8'), allowFrontmatter: path.includes('articles/') })),
);
const worker = mdxSafetyWorker(3);
afterAll(() => worker.close());

test('every MDX file gets the findings it gets in this thread, across replaced threads', () => {
  expect(sources.length).toBeGreaterThan(10);
  expect(sources.some((s) => findUnsafeMdx(s.text, s).length > 0)).toBe(true);
  for (const source of sources) expect(worker.find(source.text, source), source.path).toEqual(findUnsafeMdx(source.text, source));
  expect(worker.threads).toBe(Math.ceil(sources.length / 3));
});

test('a syntax error is a finding, not a failed thread', () => {
  const findings = worker.find('正文 <div\n\n{', { allowFrontmatter: false });
  expect(findings).toEqual(findUnsafeMdx('正文 <div\n\n{', { allowFrontmatter: false }));
  expect(findings[0].code).toBe('mdx.syntax');
});
