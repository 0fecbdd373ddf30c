import { describe, expect, test } from 'vitest';
import { findFigure, findQuote, figureNumbers } from '../../src/lib/provenance/passage-match.ts';
import { locateFigure, passagesOf } from '../../src/lib/provenance/locate.ts';
import { fillLocations } from '../../src/lib/provenance/fill-locations.ts';
import { originalPages, proseText } from '../../src/lib/provenance/original-text.ts';

describe('quotes and figures', () => {
  test('a quote matches whitespace aside, and nothing else is loosened', () => {
    expect(findQuote('全年累计 实际支出\n18,242.27 万元', '全年累计实际支出 18,242.27万元')).toHaveLength(1);
    expect(findQuote('全年累计实际支出18,242.27万元', '全年累计实际支出18242.27万元')).toHaveLength(0);
  });
  test('a figure is found as printed: commas aside, the printed decimals kept', () => {
    expect(findFigure('预算 18,485.90 万元', '18485.90 万元')).toEqual({ start: 3, end: 12 });
    expect(findFigure('预算 18,485.9 万元', '18485.90 万元')).toBeUndefined();
    expect(findFigure('2020年预算', '20 万元')).toBeUndefined();
    expect(findFigure('得分20.0分', 20)).toBeDefined();
    expect(findFigure('测评东莞市2022年十项民生实事', '10')).toBeDefined();
    expect(figureNumbers('6至8期')).toEqual(['6', '8']);
  });
  test('markup in a text original does not count as words', () => {
    expect(originalPages(new TextEncoder().encode('<p>3次</p>\t<p>3次</p>\fpage 2 &amp; more'), 'txt')).toEqual([' 3次 \t 3次 ', 'page 2 & more']);
    expect(originalPages(new Uint8Array([37, 80, 68, 70]), 'pdf')).toBeUndefined();
    expect(proseText('| 基本支出 | 5,082.95 |\n| --- | --- |\n1. **二是**完成').split('\n').map((l) => l.trim().replace(/\s+/g, ' '))).toEqual(['基本支出 5,082.95', '二是完成']);
  });
});

describe('locating figures', () => {
  const pages = ['一、收支\n2020年总收入27,186.92万元，年初结余2,407.34万元。得分20分。\n二、评分\n产出指标完成情况20分；效益指标完成情况20分。'];
  test('the passage that names the figure comes first', () => {
    const best = locateFigure(passagesOf(pages), 20, { hint: '效益指标完成情况' })[0];
    expect(best.text).toBe('效益指标完成情况20分。');
  });
  test('fillLocations fills what is missing, keeps what is there, and lists what it cannot place', () => {
    const data = { kind: 'self-evaluation', income: { total: '27186.92 万元' }, balances: { carriedForward: '2407.34 万元' }, spending: { total: '99.99 万元' }, locations: { 'income.total': { quote: '总收入27,186.92万元' } } };
    const filled = fillLocations(data, pages);
    expect(filled.locations['income.total']).toEqual({ quote: '总收入27,186.92万元' });
    expect(filled.locations['balances.carriedForward']).toEqual({ quote: '2020年总收入27,186.92万元，年初结余2,407.34万元。' });
    expect(filled.added).toEqual(['balances.carriedForward']);
    expect(filled.notFound).toEqual([{ path: 'spending.total', value: '99.99 万元' }]);
  });
  test('with the page text given, only passages it also shows are chosen', () => {
    const data = { income: { total: '27186.92 万元' } };
    expect(fillLocations(data, pages, '2020年总收入 27,186.92 万元').notFound).toEqual([{ path: 'income.total', value: '27186.92 万元' }]);
  });
});
