/**
 * A generated corpus (scripts/bench/generate-corpus.ts) reworked so that its body-years
 * hold every combination the body-year page must handle: documents left out (one to
 * three of the four), a 决算 that lists 功能分类 lines matching the 预算's by code and by
 * name, and a 自评 that reports the 绩效目标's own indicators — met, not met, left blank,
 * or not comparable. The generator alone gives neither: its templates share no indicator
 * and its 决算 template lists no lines. Written to a temporary folder, never content/.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from '../../scripts/bench/generate-corpus.ts';

type Json = Record<string, any>;

/** Which documents each body-year keeps, by its place in id order (cycled). */
export const COMBINATIONS: readonly (readonly string[])[] = [
  ['budget', 'final-accounts', 'performance-targets', 'self-evaluation'],
  ['budget'],
  ['final-accounts', 'self-evaluation'],
  ['budget', 'final-accounts'],
  ['performance-targets', 'self-evaluation'],
  ['self-evaluation'],
  ['budget', 'performance-targets'],
];

const NUMBER = /^(≥|≤|>|<|=)?([0-9]+(?:\.[0-9]+)?)(.*)$/;

/** The actual a row is given, by its place k: at the target, short of it, left blank, or text. */
export function actualFor(target: string, k: number): string | undefined {
  const m = target.match(NUMBER);
  if (k % 4 === 2) return undefined;
  if (!m || k % 4 === 3) return '已完成';
  const [, op, value, unit] = m;
  if (k % 4 === 0) return `${value}${unit}`;
  const n = Number(value);
  return `${op === '≤' || op === '<' ? n + 1 : n - 1}${unit}`;
}

const read = (file: string): Json => JSON.parse(readFileSync(file, 'utf8'));
const write = (file: string, json: Json) => writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);

/** Writes the corpus to `out`; returns its body-years as "<year>/<dept>". */
export function writeBodyYearCorpus(out: string, size: number): string[] {
  writeCorpus(size, out);
  const bodyYears = readdirSync(out).filter((y) => /^\d{4}$/.test(y)).flatMap((y) => readdirSync(join(out, y)).map((d) => `${y}/${d}`)).sort();
  bodyYears.forEach((bodyYear, i) => {
    const dir = join(out, bodyYear);
    const keep = COMBINATIONS[i % COMBINATIONS.length];
    for (const file of readdirSync(dir)) {
      const kind = file.replace(/\.(json|mdx)$/, '');
      if (kind !== 'project-evaluation' && !keep.includes(kind)) rmSync(join(dir, file));
    }
    const has = (kind: string) => readdirSync(dir).includes(`${kind}.json`);
    // Every other full body-year: the 决算 lists lines, one matched by code, one by name only.
    if (has('budget') && has('final-accounts') && i % 2 === 0) {
      const budget = read(join(dir, 'budget.json'));
      const final = read(join(dir, 'final-accounts.json'));
      const [first, second] = budget.byFunction ?? [];
      if (first?.code && second && final.spending?.basic && final.spending?.project) {
        final.byFunction = [
          { code: first.code, name: first.name, amount: final.spending.basic, basic: final.spending.basic },
          { name: second.name, amount: final.spending.project, project: final.spending.project },
        ];
        write(join(dir, 'final-accounts.json'), final);
      }
    }
    if (has('performance-targets') && has('self-evaluation')) {
      const targets = read(join(dir, 'performance-targets.json'));
      const evaluation = read(join(dir, 'self-evaluation.json'));
      const rows = (targets.indicators ?? []) as Json[];
      evaluation.targets = [
        ...rows.map((row, k) => {
          const { annualTarget, periodTarget, ...names } = row;
          const actual = annualTarget ?? periodTarget ? actualFor(annualTarget ?? periodTarget, k) : undefined;
          return { ...names, ...(actual === undefined ? {} : { actual }) };
        }),
        // One the 目标表 does not list: never a pair.
        { level1: '自评另列', level3: '目标表未列的指标', actual: '1次' },
      ];
      write(join(dir, 'self-evaluation.json'), evaluation);
    }
  });
  const kept = bodyYears.filter((b) => readdirSync(join(out, b)).some((f) => f.endsWith('.json')));
  for (const b of bodyYears) if (!kept.includes(b)) rmSync(join(out, b), { recursive: true });
  return kept;
}
