/**
 * The fuzz gate: every target (test/fuzz/targets/) runs 1,000 generated inputs per
 * property with a fixed seed (harness.ts). 0 throws and 0 failed properties, every
 * problem located; the figures go to the gate report.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { writeGateReport } from '../gate/report.ts';
import { type FuzzResult, RUNS, SEED } from './harness.ts';
import { fuzzJsonChecker } from './targets/json-checker.ts';
import { fuzzMdxChecker } from './targets/mdx-checker.ts';
import { fuzzMoney } from './targets/money.ts';
import { fuzzRepair } from './targets/repair.ts';
import { fuzzSearchTokens } from './targets/search-tokens.ts';

const results: FuzzResult[] = [];
const TARGETS: [string, () => FuzzResult[]][] = [
  ['JSON checker', fuzzJsonChecker],
  ['MDX checker', fuzzMdxChecker],
  ['money', fuzzMoney],
  ['importer repairs', fuzzRepair],
  ['search tokenizer', fuzzSearchTokens],
];

describe(`fuzzing, seed ${SEED}, ${RUNS} runs per property`, () => {
  test.each(TARGETS)('%s', (_, run) => {
    const found = run();
    results.push(...found);
    for (const result of found) {
      expect(result.failure, result.target).toBeUndefined();
      expect(result.throws, result.target).toBe(0);
      expect(result.runs, result.target).toBe(RUNS);
    }
  });
});

afterAll(() => {
  const rows = results.map((r) => ({ label: r.target, figure: `${r.runs} runs, ${r.throws} throws${r.failure ? ', property failed' : ''}`, ok: !r.failure && r.throws === 0 && r.runs === RUNS }));
  console.log(rows.map((r) => `${r.label}: ${r.figure}`).join('\n'));
  writeGateReport('fuzz', rows);
});
