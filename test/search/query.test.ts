import { describe, expect, test } from 'vitest';
import { buildExcerpt } from '../../src/lib/search/excerpt.ts';
import { bundlesFor, combineHits, pagefindFilters, planQuery } from '../../src/lib/search/query.ts';
import { queryPhrases } from '../../src/lib/search/tokens.ts';

describe('query plan', () => {
  test('searches a run of characters as one phrase, and its bigrams one by one for partial matches', () => {
    expect(planQuery('三公经费')).toMatchObject({ exact: ['"三公 公经 经费"'], loose: ['"三公"', '"公经"', '"经费"'] });
  });

  test('searches a lone character by prefix and a lone number as a whole word', () => {
    expect(planQuery('莞')).toMatchObject({ exact: ['莞'], loose: [] });
    expect(planQuery('2023')).toMatchObject({ exact: ['"2023"'], loose: [] });
  });

  test('treats words separated by spaces or punctuation as phrases that must all be present', () => {
    expect(planQuery('流溪河 2022')?.exact).toEqual(['"流溪 溪河"', '"2022"']);
    expect(planQuery('“三公”经费')?.exact).toEqual(['"三公 公经 经费"']);
  });

  test('has nothing to search in punctuation alone', () => {
    expect(planQuery('，。 ')).toBeUndefined();
  });
});

describe('combining results', () => {
  const h = (id: string, score = 1) => ({ id, score });
  test('never ranks a page without the phrase above a page with it', () => {
    const { exact, loose } = combineHits([[h('a', 1)]], [[h('b', 9), h('a', 1)], [h('a', 1), h('b', 9)]]);
    expect(exact.map((x) => x.id)).toEqual(['a']);
    expect(loose.map((x) => x.id)).toEqual(['b']);
  });

  test('keeps only pages that have every phrase', () => {
    expect(combineHits([[h('a'), h('b')], [h('b'), h('c')]], []).exact.map((x) => x.id)).toEqual(['b']);
  });

  test('ranks by summed score, and ties the same way whatever order Pagefind returned them in', () => {
    // Code-unit order, not a collator's ('zz_B' before 'zz_a'; localeCompare puts it after).
    const lists = [[h('zz_b', 2), h('zz_a', 2), h('zz_B', 2), h('zz_c', 1)], [h('zz_c', 5), h('zz_a', 1), h('zz_b', 1), h('zz_B', 1)]];
    expect(combineHits(lists, []).exact.map((x) => x.id)).toEqual(['zz_c', 'zz_B', 'zz_a', 'zz_b']);
    expect(combineHits(lists.map((l) => [...l].reverse()), []).exact.map((x) => x.id)).toEqual(['zz_c', 'zz_B', 'zz_a', 'zz_b']);
  });

  test('requires every bigram for a partial match', () => {
    expect(combineHits([[]], [[h('a'), h('b')], [h('b')]]).loose.map((x) => x.id)).toEqual(['b']);
  });
});

describe('facets and partitions', () => {
  test('asks Pagefind for any chosen value within a facet', () => {
    expect(pagefindFilters({ year: ['2023', '2022'], kind: [] })).toEqual({ year: { any: ['2023', '2022'] } });
  });

  test('loads only the chosen years’ partitions, and the site bundle', () => {
    const bundles = [{ id: 'site', path: 'site/', size: 0 }, { id: '2023', path: '2023/', size: 9, year: 2023 }, { id: '2022', path: '2022/', size: 9, year: 2022 }];
    expect(bundlesFor(bundles, ['2023']).map((b) => b.id)).toEqual(['site', '2023']);
    expect(bundlesFor(bundles, undefined)).toHaveLength(3);
  });
});

describe('excerpts', () => {
  test('marks the whole phrase where it stands, with the text as printed around it', () => {
    const parts = buildExcerpt('前文。严格控制“三公”经费支出，后文。', queryPhrases('三公经费'));
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['三公”经费']);
    expect(parts.map((p) => p.text).join('')).toBe('前文。严格控制“三公”经费支出，后文。');
  });

  test('marks a lone number only where it stands whole', () => {
    const parts = buildExcerpt('共20230人。截至2023年底，合计5,082.95万元。', [...queryPhrases('2023'), ...queryPhrases('5082.95')]);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['2023', '5,082.95']);
  });

  test('marks the characters of a partial match when the phrase is not there', () => {
    const parts = buildExcerpt('三公支出，会议经费', queryPhrases('三公经费'));
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['三公', '经费']);
  });
});
