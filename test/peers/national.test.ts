/**
 * The national views over a generated corpus whose bodies differ (test/peers/corpus.ts):
 * 三公 rows state exactly what the JSON files state (预算 and 决算 apart, parts, the change
 * recomputed), the execution-rate medians by level and province equal the JSON recomputed
 * on the common 口径, and the coverage grid marks a kind published exactly when its file exists.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fiscalYears, summarizeCorpus } from '../../src/lib/figures/corpus.ts';
import { coverageRow, YEARLY_KINDS } from '../../src/lib/peers/coverage.ts';
import { rateGroup } from '../../src/lib/peers/execution.ts';
import { bodiesByProvince } from '../../src/lib/peers/regions.ts';
import { threePublicRows } from '../../src/lib/peers/three-public.ts';
import { coveragePage, executionYear, levelsOf, nationalFilters, nationalLevelPages, threePublicPage } from '../../src/lib/page-models/national.ts';
import { LEVELS } from '../../src/schemas/department.ts';
import { tableRecords } from '../../src/lib/figures/table-model.ts';
import { loadContent } from '../lib/figures/corpus-helpers.ts';
import { writePeerCorpus } from './corpus.ts';
import { cmp, json, medianOf, micros, oracleCandidates, ratio } from './oracle.ts';

const dir = mkdtempSync(join(tmpdir(), 'mingzhang-national-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writePeerCorpus(dir, 1600);
const { departments, disclosures } = loadContent(dir);
const summaries = summarizeCorpus({ disclosures, departments });
const years = fiscalYears(summaries);
const provinces = bodiesByProvince(departments);
const cases = years.flatMap((year) => provinces.map((province) => ({ year, province })));

describe('national views of a generated corpus', () => {
  test('every body is filed under exactly one province', () => {
    expect(provinces.flatMap((p) => p.bodies.map((b) => b.id)).sort()).toEqual(departments.map((d) => d.id).sort());
  });

  test('三公: each row states the 预算 and 决算 totals and parts as the JSON does, the change recomputed', () => {
    let changes = 0;
    for (const { year, province } of cases) {
      const { rows, silent } = threePublicRows(summaries, province.bodies, year);
      for (const d of province.bodies) {
        const budget = json(dir, `${year}/${d.id}/budget`)?.threePublic;
        const final = json(dir, `${year}/${d.id}/final-accounts`)?.threePublic;
        const row = rows.find((r) => r.department.id === d.id);
        if (!budget?.total && !final?.total) {
          expect(silent).toContain(d);
          continue;
        }
        expect(row?.budget?.stated).toBe(budget?.total);
        expect(row?.final?.stated).toBe(final?.total);
        if (final) for (const part of ['overseas', 'vehicles', 'reception'] as const) expect(row!.final!.parts[part]).toBe(final[part]);
        const before = json(dir, `${year - 1}/${d.id}/final-accounts`)?.threePublic?.total;
        if (final?.total && before && micros(before) !== 0n) {
          changes++;
          expect(cmp(row!.change!.rate, ratio(micros(final.total) - micros(before), micros(before), 2, 2))).toBe(0);
        } else expect(row?.change).toBeUndefined();
      }
      // The page's CSV holds one record per row, amounts in exact 万元.
      const page = threePublicPage(summaries, province, year);
      expect(tableRecords(page.table).length - 1).toBe(rows.length);
    }
    expect(changes).toBeGreaterThan(0);
  });

  test('execution rates: each level × province median rests on the 全年预算数 rates of its bodies', () => {
    for (const year of years) {
      const table = executionYear(summaries, departments, year);
      for (const [p, province] of provinces.entries()) {
        for (const [l, level] of (['province', 'city', 'district-county'] as const).entries()) {
          const bodies = province.bodies.filter((d) => d.data.level === level);
          const rates = bodies.flatMap((d) => oracleCandidates(dir, 'execution-rate', d.id, year, {})).filter((c) => c.basis === '全年').map((c) => c.value);
          const group = rateGroup(summaries, bodies, year);
          expect(group.rated.length).toBe(rates.length);
          const expected = medianOf(rates);
          if (!expected) expect(group.median).toBeUndefined();
          else expect(cmp(group.median!, expected)).toBe(0);
          const cell = table.rows[p][1 + l];
          expect(cell.note ?? '').toBe(expected ? `${rates.length} 个部门` : '无可比数字');
        }
      }
    }
  });

  test('coverage: a kind is published exactly when its file exists; gaps are listed by name', () => {
    for (const { year, province } of cases) {
      const page = coveragePage(summaries, province, year);
      province.bodies.forEach((d, i) => {
        const row = coverageRow(summaries, d, year);
        for (const k of YEARLY_KINDS) expect(row.kinds[k] !== undefined, `${year}/${d.id}/${k}`).toBe(existsSync(join(dir, `${year}/${d.id}/${k}.json`)));
        const cells = page.table.rows[i];
        const missing = YEARLY_KINDS.filter((k) => !row.kinds[k]);
        expect(cells.at(-1)!.text).toBe(missing.length ? missing.map((k) => ({ budget: '部门预算', 'final-accounts': '部门决算', 'performance-targets': '部门整体支出绩效目标', 'self-evaluation': '部门整体支出绩效自评报告' })[k]).join('、') : '无');
      });
    }
  });

  test('level filter: a level page holds exactly the province page\'s rows of bodies of that level, and only levels a province has get a page', () => {
    const pages = nationalLevelPages(summaries, departments);
    expect(pages.length).toBe(years.length * provinces.reduce((n, p) => n + new Set(p.bodies.map((d) => d.data.level)).size, 0));
    expect(provinces.some((p) => levelsOf(p).length > 1)).toBe(true);
    for (const { year, province, level } of pages) {
      for (const make of [threePublicPage, coveragePage]) {
        const whole = make(summaries, province, year);
        const page = make(summaries, province, year, level);
        const expected = whole.table.rows.filter((_, i) => departments.find((d) => d.id === whole.table.rowKeys![i].department)!.data.level === level);
        expect(page.table.rows, `${year}/${province.code}/${level}`).toEqual(expected);
        expect(page.table.rows.every((cells) => cells[1].text === LEVELS[level])).toBe(true);
        expect(page.table.caption).toContain(`${province.name}${LEVELS[level]}`);
        expect(page.table.csvPath).toBe(whole.table.csvPath.replace(/\.csv$/, `/${level}.csv`));
        // The bodies of the level left out of the 三公 table are the province's left out of that level.
        expect(page.notes.flatMap((n) => n.bodies.map((d) => d.id))).toEqual(whole.notes.flatMap((n) => n.bodies.filter((d) => d.data.level === level).map((d) => d.id)));
      }
    }
  });

  test('level filter: every option keeps the other filters, and a province without the chosen level is offered at all levels', () => {
    const { year, province, level } = nationalLevelPages(summaries, departments).find((p) => provinces.some((q) => !levelsOf(q).includes(p.level)))!;
    const [byYear, byProvince, byLevel] = nationalFilters('coverage', years, provinces, year, province.code, level);
    expect(byYear.options.map((o) => o.href)).toEqual(years.map((y) => `national/coverage/${y}/${province.code}/${level}/`));
    for (const [i, p] of provinces.entries()) expect(byProvince.options[i].href).toBe(`national/coverage/${year}/${p.code}/${levelsOf(p).includes(level) ? `${level}/` : ''}`);
    expect(byLevel.options.map((o) => [o.label, o.current])).toEqual([['全部', false], ...levelsOf(province).map((l) => [LEVELS[l], l === level])]);
    // The execution view's province pages are not split by level.
    expect(nationalFilters('execution', years, provinces, year, province.code).map((f) => f.label)).toEqual(['年度', '省份']);
  });
});
