/**
 * For every body-year of a generated corpus (every combination of documents) and of the
 * bundled content, the body-year page model shows exactly the pairs its documents allow,
 * and its arithmetic agrees with the JSON, recomputed here with plain integers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { bodyYearModel, bodyYears } from '../../src/lib/page-models/body-year.ts';
import { figureHref } from '../../src/lib/page-models/body-year-cells.ts';
import { auditAndScore } from '../../src/lib/score/audit-and-score.ts';
import { summarizeCorpus, type DisclosureSummary } from '../../src/lib/figures/corpus.ts';
import type { TableModel } from '../../src/lib/figures/table-model.ts';
import { loadContent, SEEDS } from '../lib/figures/corpus-helpers.ts';
import { COMBINATIONS, writeBodyYearCorpus } from './corpus.ts';

const dir = mkdtempSync(join(tmpdir(), 'mingzhang-body-year-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const written = writeBodyYearCorpus(dir, 300);

function corpus(content: string): DisclosureSummary[] {
  const { departments, disclosures } = loadContent(content);
  const audit = auditAndScore({ disclosures, departments: Object.fromEntries(departments.map((d) => [d.id, d.data])) });
  return summarizeCorpus({ disclosures, departments, audit });
}
const generated = corpus(dir);

type Json = Record<string, unknown>;
const at = (data: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Json | undefined)?.[k], data);
const AMOUNT = /^(-?\d+(?:\.\d+)?) (元|万元)$/;
const BLOCKS = ['income', 'spending', 'threePublic', 'operatingCosts', 'procurement'];

/** Every amount a fiscal report states in the blocks 预算 and 决算 share, by path. */
function amountPaths(data: unknown): string[] {
  return BLOCKS.flatMap((block) => {
    const value = at(data, block);
    if (typeof value === 'string') return AMOUNT.test(value) ? [block] : [];
    return Object.entries((value ?? {}) as Json).filter(([, v]) => typeof v === 'string' && AMOUNT.test(v)).map(([k]) => `${block}.${k}`);
  });
}

/** An amount in 元 × 10^6, as an integer. */
function micros(amount: string): bigint {
  const [, number, unit] = amount.match(AMOUNT)!;
  const [whole, fraction = ''] = number.replace('-', '').split('.');
  const value = BigInt(whole + fraction.padEnd(6, '0').slice(0, 6)) * (unit === '万元' ? 10000n : 1n);
  return number.startsWith('-') ? -value : value;
}
const unitOf = (amount: string) => amount.match(AMOUNT)![2];
/** (final ÷ budget × 100), half-up to 2 places, as text; undefined for a zero budget. */
function rate(budget: bigint, final: bigint): string | undefined {
  if (budget === 0n) return undefined;
  const tenfold = (final * 100000n) / budget;
  const cents = tenfold / 10n + (tenfold % 10n >= 5n ? 1n : 0n);
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

/** The rows of a table as {column key: cell}. */
const rows = (table: TableModel) => table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c.key, row[i]])));

/** Checks one 预算 → 决算 row against both JSONs. */
function checkAmountRow(row: ReturnType<typeof rows>[number], budget: DisclosureSummary, final: DisclosureSummary, budgetPath: string, finalPath: string) {
  const b = at(budget.data, budgetPath) as string;
  const f = at(final.data, finalPath) as string;
  expect([row.budget.source, row.budget.path, row.budget.csv]).toEqual([budget.id, budgetPath, b]);
  expect([row.final.source, row.final.path, row.final.csv]).toEqual([final.id, finalPath, f]);
  expect(row.budget.href).toBe(`${budget.id}/#table-figures`);
  expect(row.final.href).toBe(`${final.id}/#table-figures`);
  const factor = unitOf(f) === '万元' ? 10000n : 1n;
  expect(micros(`${row.difference.csv} ${unitOf(f)}`), `${final.id} ${finalPath}`).toBe(micros(f) - micros(b));
  expect(row.difference.text.endsWith(` ${unitOf(f)}`)).toBe(true);
  expect(row.rate.csv || undefined, `${final.id} ${finalPath}`).toBe(rate(micros(b) / factor, micros(f) / factor));
}

const OUTCOMES = ['met', 'not-met', 'not-reported', 'undecided'] as const;
const NUMBER = /^(≥|≤|>|<|=)?[0-9]+(?:\.[0-9]+)?/;

describe('the generated corpus', () => {
  const departments = new Map(generated.map((s) => [s.department.id, s.department]));
  const all = bodyYears(generated);

  test('holds every combination of documents, and the page model sees each body-year', () => {
    expect(all.map(([y, d]) => `${y}/${d}`).sort()).toEqual(written);
    const seen = new Set(all.map(([year, dept]) => bodyYearModel(generated, departments.get(dept)!, year).documents.map((s) => s.data.kind).filter((k) => k !== 'project-evaluation').join('+')));
    for (const combination of COMBINATIONS) expect(seen, combination.join('+')).toContain(combination.join('+'));
  });

  test.each(all.map(([year, dept]) => `${year}/${dept}`))('%s: exactly the pairs its documents allow, and the arithmetic', (bodyYear) => {
    const [year, dept] = bodyYear.split('/');
    const model = bodyYearModel(generated, departments.get(dept)!, Number(year));
    const doc = (kind: string) => generated.find((s) => s.id === `${bodyYear}/${kind}`);
    const [budget, final, targets, evaluation] = (['budget', 'final-accounts', 'performance-targets', 'self-evaluation'] as const).map(doc);

    // What is missing, said plainly.
    const names = { budget: '部门预算', 'final-accounts': '部门决算', 'performance-targets': '部门整体支出绩效目标', 'self-evaluation': '部门整体支出绩效自评报告' };
    expect(model.missing.map((m) => m.sentence)).toEqual(Object.entries(names).filter(([k]) => !doc(k)).map(([, n]) => `该年度未公开${n}`));

    // 预算 → 决算: every amount both state, nothing else.
    const table = model.budgetFinal.tables.find((t) => t.id === 'budget-final');
    if (!budget || !final) {
      expect(model.budgetFinal.tables).toEqual([]);
      expect(model.budgetFinal.note).toMatch(/^该年度未公开.*无法对照预算与决算。$/);
    } else {
      const both = amountPaths(budget.data).filter((p) => amountPaths(final.data).includes(p));
      expect(both.length).toBeGreaterThan(0);
      expect(rows(table!).map((r) => r.path.text).sort()).toEqual([...both].sort());
      for (const row of rows(table!)) checkAmountRow(row, budget, final, row.path.text, row.path.text);
    }

    // 功能分类: a 决算 line pairs with the 预算 line of its code, or of its name when it has no code.
    const lines = model.budgetFinal.tables.find((t) => t.id === 'budget-final-functions');
    const finalLines = ((final?.data as { byFunction?: { code?: string; name: string }[] })?.byFunction) ?? [];
    const budgetLines = ((budget?.data as { byFunction?: { code?: string; name: string }[] })?.byFunction) ?? [];
    const expectedLines = budget && final ? finalLines.flatMap((l, i) => {
      const j = budgetLines.findIndex((b) => (l.code && b.code ? l.code === b.code : l.name === b.name));
      return j === -1 ? [] : [[i, j] as const];
    }) : [];
    expect(lines ? rows(lines).length : 0).toBe(expectedLines.length);
    expectedLines.forEach(([i, j], n) => {
      const row = rows(lines!)[n];
      checkAmountRow(row, budget!, final!, `byFunction.${j}.amount`, `byFunction.${i}.amount`);
      const code = finalLines[i].code ?? budgetLines[j].code;
      expect(row.level.text).toBe(code ? ({ 3: '类', 5: '款', 7: '项' } as Record<number, string>)[code.length] ?? '—' : '—');
    });

    // 绩效目标 → 自评: each 目标表 indicator the 自评 reports under the same three names.
    const indicators = model.indicators.tables[0];
    if (!targets || !evaluation) {
      expect(indicators).toBeUndefined();
      expect(model.indicators.note).toMatch(/^该年度未公开.*无法对照绩效目标与完成情况。$/);
    } else {
      const reported = ((evaluation.data as { targets?: { level1: string; level2?: string; level3?: string }[] }).targets ?? []).map((r) => `${r.level1}|${r.level2 ?? ''}|${r.level3 ?? ''}`);
      const rowsOfTargets = ((targets.data as { indicators?: { level1: string; level2?: string; level3?: string; annualTarget?: string; periodTarget?: string }[] }).indicators ?? []);
      const expected = rowsOfTargets.flatMap((r, k) => (r.level3 && (r.annualTarget ?? r.periodTarget) && reported.includes(`${r.level1}|${r.level2 ?? ''}|${r.level3}`) ? [{ r, k }] : []));
      expect(indicators ? indicators.rows.length : 0).toBe(expected.length);
      expected.forEach(({ r, k }, n) => {
        const row = rows(indicators!)[n];
        const target = (r.annualTarget ?? r.periodTarget)!;
        expect([row.target.text, row.target.source, row.target.path]).toEqual([target, targets.id, `indicators.${k}.${r.annualTarget ? 'annualTarget' : 'periodTarget'}`]);
        // The corpus gives row k the actual k % 4 says (test/body-year/corpus.ts).
        const status = k % 4 === 2 ? 'not-reported' : k % 4 === 3 || !NUMBER.test(target) ? 'undecided' : k % 4 === 0 ? 'met' : 'not-met';
        expect(row.status.text, `${r.level3} ${target} → ${row.actual.text}`).toBe(status);
        expect(row.rule.text.length).toBeGreaterThan(0);
        if (status === 'not-reported') expect(row.actual.path).toBeUndefined();
        else expect([row.actual.source, at(evaluation.data, row.actual.path!)]).toEqual([evaluation.id, row.actual.text]);
      });
      const counts = Object.fromEntries(OUTCOMES.map((o) => [o, rows(indicators ?? { ...model.budgetFinal.tables[0], rows: [] } as TableModel).filter((row) => row.status.text === o).length]));
      if (indicators) expect(model.indicators.counts).toEqual(counts);
    }

    // The audit's cross-document findings, each in its section and none lost.
    const cross = model.documents.flatMap((s) => (s.audit?.findings ?? []).filter((f) => f.rule.startsWith('cross.')));
    const placed = [...model.budgetFinal.findings, ...model.indicators.findings, ...model.otherFindings];
    expect(placed.map((f) => f.finding)).toEqual(expect.arrayContaining(cross));
    expect(placed.length).toBe(cross.length);
    for (const f of model.budgetFinal.findings) expect(f.finding.rule).toBe('cross.budget-vs-final');
  });

  test('some body-years pair indicators of every outcome and lines by code and by name', () => {
    const models = all.map(([year, dept]) => bodyYearModel(generated, departments.get(dept)!, year));
    const outcomes = new Set(models.flatMap((m) => m.indicators.tables.flatMap((t) => rows(t).map((r) => r.status.text))));
    expect([...outcomes].sort()).toEqual([...OUTCOMES].sort());
    expect(models.some((m) => m.budgetFinal.tables.some((t) => t.id === 'budget-final-functions' && t.rows.length === 2))).toBe(true);
    expect(models.some((m) => m.budgetFinal.findings.length > 0)).toBe(true);
  });
});

describe('the bundled content', () => {
  const seeds = corpus(SEEDS);
  test.each(bodyYears(seeds).map(([y, d]) => `${y}/${d}`))('%s says which documents it lacks and pairs nothing it cannot', (bodyYear) => {
    const [year, dept] = bodyYear.split('/');
    const model = bodyYearModel(seeds, seeds.find((s) => s.department.id === dept)!.department, Number(year));
    expect(model.documents.length).toBe(1);
    expect(model.missing).toHaveLength(3);
    expect(model.tables).toEqual([]);
    expect(`${model.budgetFinal.note}${model.indicators.note}`).toMatch(/该年度未公开/);
  });
  test('a figure with a location in the original links to its passage on its disclosure page, others to the table', () => {
    const summary = seeds.find((s) => s.id === '2023/guangzhou-rd/self-evaluation')!;
    expect(figureHref(summary, 'spending.total', 'figures')).toBe('2023/guangzhou-rd/self-evaluation/#loc-spending-total');
    expect(figureHref(summary, 'targets.0.actual', 'targets')).toBe(summary.data.locations?.['targets.0.actual'] ? '2023/guangzhou-rd/self-evaluation/#loc-targets-0-actual' : '2023/guangzhou-rd/self-evaluation/#table-targets');
    expect(figureHref(summary, 'no.such.figure', 'figures')).toBe('2023/guangzhou-rd/self-evaluation/#table-figures');
  });
});
