/**
 * The JSON checker and the audit behind it (runChecks): raw text, arbitrary JSON, and the
 * valid fixture tree with one generated mutation (a field set to any JSON value, a key
 * removed or added, the text cut or a character put in). Never throws; every problem is
 * located inside the file it names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { runChecks } from '../../../src/lib/check/run-checks.ts';
import { readContentDir } from '../../../src/lib/check/read-content-dir.ts';
import { fuzz, type FuzzResult, isLocated } from '../harness.ts';

const VALID = join(import.meta.dirname, '..', '..', 'fixtures', 'valid', 'content');
const tree = readContentDir(VALID, 'content');
const texts = Object.fromEntries(tree.files.map((f) => [f, readFileSync(join(VALID, f), 'utf8')]));
const jsonFiles = tree.files.filter((f) => f.endsWith('.json'));

/** Every path to a value in a JSON value. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...at, k]))];
}

/** Odd values: huge and tiny numbers, empty and markup strings, prototype keys. */
const oddValue = fc.oneof(fc.jsonValue(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1e21, -1e21, 5e-324, 1e308, '', ' ', '1e21 万元', '100.00 万元', '98.7%', '-0', { __proto__: null }, [], {}, '<script>alert(1)</script>'));

type Mutation = { file: string; kind: 'set'; pick: number; value: unknown } | { file: string; kind: 'delete' | 'add'; pick: number; key: string } | { file: string; kind: 'cut' | 'insert'; at: number; char: string } | { file: string; kind: 'replace'; text: string };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ file: fc.constantFrom(...jsonFiles), kind: fc.constant('set' as const), pick: fc.nat(), value: oddValue }),
  fc.record({ file: fc.constantFrom(...jsonFiles), kind: fc.constantFrom('delete' as const, 'add' as const), pick: fc.nat(), key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')) }),
  fc.record({ file: fc.constantFrom(...jsonFiles), kind: fc.constantFrom('cut' as const, 'insert' as const), at: fc.nat(), char: fc.oneof(fc.string({ minLength: 1, maxLength: 3 }), fc.constantFrom(',', '"', '}', ']', '\uFEFF', '\r\n', '\u0000')) }),
  fc.record({ file: fc.constantFrom(...jsonFiles), kind: fc.constant('replace' as const), text: fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v, null, 2) ?? '')) }),
);

function apply(m: Mutation): string {
  const text = texts[m.file];
  if (m.kind === 'replace') return m.text;
  if (m.kind === 'cut') return text.slice(0, m.at % (text.length + 1));
  if (m.kind === 'insert') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.char + text.slice(at);
  }
  if (m.kind !== 'set' && m.kind !== 'delete' && m.kind !== 'add') return text;
  const data = JSON.parse(text);
  const all = paths(data);
  const path = all[m.pick % all.length];
  const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], data);
  if (m.kind === 'set') {
    if (path.length === 0) return JSON.stringify(m.value, null, 2) ?? '';
    Object.defineProperty(parent, path.at(-1)!, { value: m.value, enumerable: true, writable: true, configurable: true });
  } else if (m.kind === 'delete' && path.length > 0) {
    if (Array.isArray(parent)) parent.splice(Number(path.at(-1)), 1);
    else delete parent[path.at(-1)!];
  } else if (m.kind === 'add') {
    const target = path.reduce<any>((o, k) => o[k], data);
    if (target && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, m.key, { value: 1, enumerable: true, writable: true, configurable: true });
  }
  return JSON.stringify(data, null, 2);
}

export function fuzzJsonChecker(): FuzzResult[] {
  return [
    fuzz('JSON checker: the valid tree with one mutation', mutation, (m) => {
      const text = apply(m);
      const result = runChecks({ ...tree, read: (path) => (path === m.file ? text : texts[path]) });
      return result.problems.every((p) => isLocated(p, p.file === `content/${m.file}` ? text : texts[p.file.slice('content/'.length)]));
    }),
  ];
}
