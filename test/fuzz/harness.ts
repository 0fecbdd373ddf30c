/**
 * Runs one fuzz target with a fixed seed: every run's input goes through the predicate;
 * an exception is counted as a throw (the checkers must never throw), a false answer as a
 * failed property. The first failure is shrunk by fast-check and reported with its seed.
 */
import fc from 'fast-check';

export const SEED = 20261206;
export const RUNS = 1000;

export interface FuzzResult {
  target: string;
  runs: number;
  throws: number;
  /** fast-check's report of the first (shrunk) counter-example, if any. */
  failure?: string;
}

export function fuzz<T>(target: string, arbitrary: fc.Arbitrary<T>, predicate: (input: T) => boolean | void): FuzzResult {
  let runs = 0;
  let throws = 0;
  // Shrinking re-runs the predicate after the first failure: count the seeded runs only.
  let failed = false;
  const property = fc.property(arbitrary, (input) => {
    if (!failed) runs++;
    try {
      const ok = predicate(input) !== false;
      if (!ok) failed = true;
      return ok;
    } catch (error) {
      if (!failed) throws++;
      failed = true;
      throw error;
    }
  });
  const details = fc.check(property, { seed: SEED, numRuns: RUNS });
  return { target, runs, throws, failure: details.failed ? fc.defaultReportMessage(details) : undefined };
}

/** A problem is located when it names a file and a line and column inside that file. */
export function isLocated(problem: { file?: string; line: number; column: number; message: string }, text?: string): boolean {
  const lines = text === undefined ? Infinity : text.split('\n').length;
  return Boolean(problem.file ?? true) && Number.isInteger(problem.line) && Number.isInteger(problem.column) && problem.line >= 1 && problem.column >= 1 && problem.line <= lines + 1 && problem.message.trim().length > 0;
}
