/**
 * Mutation testing of the audit: for one disclosure, every figure that takes part in an
 * identity rule is changed the way a typing slip would change it, one at a time, and
 * the audit must catch it. The report lists, per figure, the rule(s) that caught it and
 * their message, so the golden file shows exactly what staff would read.
 */
import { auditCorpus } from '../../src/lib/audit/index.ts';
import { AMOUNT_PATTERN, DECIMAL_PATTERN, PERCENT_PATTERN } from '../../src/schemas/primitives.ts';
import { loadCorpus } from './corpus.ts';

/** Changes a number's text by `steps` units of its last published digit. */
function bump(text: string, steps: number): string {
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const units = BigInt(whole + fraction) * (text.startsWith('-') ? -1n : 1n) + BigInt(steps);
  const abs = (units < 0n ? -units : units).toString().padStart(fraction.length + 1, '0');
  const body = fraction.length ? `${abs.slice(0, -fraction.length)}.${abs.slice(-fraction.length)}` : abs;
  return `${units < 0n ? '-' : ''}${body}`;
}

/** Swaps the two digits before the decimal point (1635.52 → 1653.52), a common slip. */
function transpose(text: string): string | undefined {
  const [whole, fraction] = text.split('.');
  if (whole.replace('-', '').length < 2 || whole.at(-1) === whole.at(-2)) return undefined;
  const swapped = `${whole.slice(0, -2)}${whole.at(-1)}${whole.at(-2)}`;
  return fraction === undefined ? swapped : `${swapped}.${fraction}`;
}

/**
 * The typing slips tried on a figure, in order: the last digit one up or down (two for
 * a rate, which may be either the rounded or the truncated quotient), then two digits
 * transposed (a small change in a large amount can hide inside a rate's precision).
 */
export function slips(value: unknown): unknown[] {
  const ones = (text: string, step: number) => {
    const scale = text.split('.')[1]?.length ?? 0;
    return bump(text, step * 10 ** scale);
  };
  const variants = (text: string, step: number) => [bump(text, step), bump(text, -step), transpose(text), ones(text, 1)].filter((v): v is string => v !== undefined && v !== text);
  if (typeof value === 'number') return variants(String(value), 1).map(Number);
  if (typeof value === 'string') {
    const amount = value.match(AMOUNT_PATTERN);
    if (amount) return variants(amount[1], 1).map((v) => `${v} ${amount[2]}`);
    const percent = value.match(PERCENT_PATTERN);
    if (percent) return variants(percent[1], 2).map((v) => `${v}%`);
    // A standard table's cell: a plain number in the table's unit.
    if (DECIMAL_PATTERN.test(value)) return variants(value, 1);
  }
  return [];
}

function setAt(data: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy;
}

function getAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
}

/** One line per mutated figure: "path: old → new ⇒ rule: message" (or "NOT CAUGHT"). */
export function mutationReport(dir: string, id: string): string[] {
  const corpus = loadCorpus(dir);
  const original = auditCorpus(corpus).get(id)!;
  const fields = [...new Set(original.runs.filter((r) => r.rule.severity === 'error').flatMap((r) => r.used))].sort();
  const target = corpus.disclosures.find((d) => d.id === id)!;
  return fields.flatMap((path) => {
    const before = getAt(target.data, path);
    const candidates = slips(before);
    if (candidates.length === 0) return [`${path}: ${JSON.stringify(before)} (not a figure)`];
    for (const after of candidates) {
      const mutated = { ...corpus, disclosures: corpus.disclosures.map((d) => (d.id === id ? { id, data: setAt(d.data, path, after) as typeof d.data } : d)) };
      // Caught: a new error, or an acknowledged finding whose arithmetic now reads differently.
      const caught = auditCorpus(mutated).get(id)!.findings.filter((f) => f.severity !== 'warning' && !original.findings.some((o) => o.rule === f.rule && o.message === f.message));
      if (caught.length) return [`${path}: ${JSON.stringify(before)} → ${JSON.stringify(after)} ⇒ ${caught.map((f) => `${f.rule}${f.severity === 'finding' ? '（已登记的原文不一致，算式随之改变）' : ''}: ${f.message}`).join(' | ')}`];
    }
    return [`${path}: ${JSON.stringify(before)} NOT CAUGHT`];
  });
}
