import { describe, expect, test } from 'vitest';
import { rateLines, spendingStructure, yearRateBars } from '../../../src/lib/charts/specs.ts';
import { SERIES_STYLES } from '../../../src/lib/charts/palette.ts';
import { comparePageModel, departmentPageModel, yearPageModel } from '../../../src/lib/page-models/page-models.ts';
import { loadSummaries, SEEDS } from '../figures/corpus-helpers.ts';

const { summaries, departments } = loadSummaries(SEEDS);

describe('chart specs', () => {
  test('a chart and its table carry the same numbers', () => {
    const models = [comparePageModel(summaries, departments), ...departments.map((d) => departmentPageModel(summaries, d)), yearPageModel(summaries, departments, 2023)];
    const charts = models.flatMap((m) => m.charts);
    expect(charts.length).toBeGreaterThan(5);
    for (const chart of charts) {
      chart.categories.forEach((category, i) => {
        expect(chart.table.rows[i][0].text).toBe(category);
        chart.series.forEach((s, j) => {
          const csv = chart.table.rows[i][j + 1].csv;
          expect(s.values[i]).toBe(csv === '' ? null : Number(csv));
        });
      });
    }
  });
  test('the table shows figures as published while the chart draws 万元 numbers', () => {
    const chart = spendingStructure(summaries.filter((s) => s.data.department === 'guangzhou-rd'), 'g', 't')!;
    expect(chart.table.rows[0].slice(1).map((c) => c.text)).toEqual(['13,203.62 万元', '5,038.65 万元']);
    expect(chart.series.map((s) => s.values[0])).toEqual([13203.62, 5038.65]);
  });
  test('a year with no stated rate draws no rate chart rather than an empty one', () => {
    expect(yearRateBars(summaries, departments, 2020)).toBeUndefined();
    const chart = yearPageModel(summaries, departments, 2022).charts.find((c) => c.id === 'rate-2022')!;
    expect(chart.categories).toEqual(['从化区人大常委会办公室']);
    expect(chart.series[0].values).toEqual([121.29]);
  });
  test('rate lines have one series per body, keyed by its slug', () => {
    const chart = rateLines(summaries, departments, [2020, 2022, 2023])!;
    expect(chart.series.map((s) => s.key)).toEqual(departments.map((d) => d.id));
    expect(chart.series.find((s) => s.key === 'guangzhou-rd')!.values).toEqual([null, null, 98.7]);
  });
});

describe('series styles', () => {
  test('no two series share a colour, dash, point shape or pattern', () => {
    for (const key of ['colour', 'point', 'pattern'] as const) expect(new Set(SERIES_STYLES.map((s) => s[key])).size).toBe(SERIES_STYLES.length);
    expect(new Set(SERIES_STYLES.map((s) => s.dash.join(','))).size).toBe(SERIES_STYLES.length);
  });
  test('every colour has at least 3:1 contrast against white (WCAG 1.4.11)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const s of SERIES_STYLES) expect(1.05 / (luminance(s.colour) + 0.05)).toBeGreaterThanOrEqual(3);
  });
});
