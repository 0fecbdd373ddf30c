/** The 原文 marks: every located figure gets its anchor, inside its passage, and the text a reader or the index sees is unchanged. */
import { describe, expect, test } from 'vitest';
import { locationAnchor, markPassages } from '../../src/lib/provenance/mark-passages.ts';
import { extractPage } from '../../src/lib/search/extract.ts';

const page = (prose: string) => `<html lang="zh-CN"><body><article data-pagefind-body><div class="prose">${prose}</div></article></body></html>`;
const PROSE = '<p>2020年总收入27,186.92万元，年初结余和结转资金<a class="term" href="/g/">2,407.34</a>万元，可用资金共计29,594.26万元。</p><table><tbody><tr><td>完成专题调研数量</td><td>3次</td><td>3次</td></tr></tbody></table><p>A &amp; B 得分 20 分，满分 20 分。</p>';

describe('markPassages', () => {
  const marks = [
    { id: 'loc-income-total', quote: '2020年总收入27,186.92万元，年初结余和结转资金2,407.34万元', value: '27186.92 万元' },
    { id: 'loc-carried', quote: '年初结余和结转资金2,407.34万元，可用资金', value: '2407.34 万元' },
    { id: 'loc-period', quote: '完成专题调研数量\t3次\t3次', value: '3次' },
    { id: 'loc-annual', quote: '完成专题调研数量 3次 3次', value: '3次' },
    { id: 'loc-score', quote: 'A & B 得分 20 分，满分 20 分。', value: 20 },
  ];
  const { html, placed } = markPassages(PROSE, marks);
  const doc = (id: string) => {
    const open = html.indexOf(`id="${id}"`);
    return html.slice(html.indexOf('>', open) + 1, html.indexOf('</mark>', open));
  };

  test('every mark is placed, once, on the figure as printed', () => {
    expect(placed).toEqual(marks.map((m) => m.id));
    for (const m of marks) expect(html.split(`id="${m.id}"`).length - 1, m.id).toBe(1);
    expect(doc('loc-income-total')).toBe('27,186.92');
    expect(doc('loc-carried')).toBe('2,407.34');
    expect(doc('loc-score')).toBe('20');
  });

  test('two like figures in one passage take its occurrences in turn (a row\'s 实施周期 and 年度 values)', () => {
    const cells = [...html.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]);
    expect(cells[1]).toContain('id="loc-period"');
    expect(cells[2]).toContain('id="loc-annual"');
  });

  test('the text, as the search index extracts it, is unchanged', () => {
    expect(extractPage(page(html)).text).toBe(extractPage(page(PROSE)).text);
  });

  test('a quote that is not on the page places nothing and leaves the HTML as it was', () => {
    const result = markPassages(PROSE, [{ id: 'x', quote: '不在页面上的句子', value: '1' }]);
    expect(result).toEqual({ html: PROSE, placed: [] });
  });

  test('a quote on the page without the figure places nothing', () => {
    expect(markPassages(PROSE, [{ id: 'x', quote: '完成专题调研数量', value: '3次' }]).placed).toEqual([]);
  });

  test('whitespace between block tags is never wrapped: a list keeps only <li> children', () => {
    const list = '<ol>\n<li>召开会议3次。</li>\n<li>培训2期。</li>\n</ol>';
    const result = markPassages(list, [{ id: 'x', quote: '召开会议3次。培训2期。', value: '2' }]);
    expect(result.html).toMatch(/^<ol>\n<li><span class="passage">召开会议3次。<\/span><\/li>\n<li><span class="passage">培训<mark class="figure" id="x">2<\/mark>期。<\/span><\/li>\n<\/ol>$/);
  });

  test('anchors are made from field paths', () => {
    expect(locationAnchor('score.tree.0.children.1.score')).toBe('loc-score-tree-0-children-1-score');
  });
});
