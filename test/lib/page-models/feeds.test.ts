/**
 * The department and province feeds, as the XML @astrojs/rss writes from them: a new
 * disclosure, each correction and the audit's findings are items, each with its own link
 * (and so guid), newest first.
 */
import { getRssString } from '@astrojs/rss';
import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../../../scripts/bench/generate-corpus.ts';
import { departmentFeed, feedProvinces, FEED_LIMIT, nationalFeed, provinceFeed } from '../../../src/lib/page-models/feeds.ts';
import { auditAndScore } from '../../../src/lib/score/audit-and-score.ts';
import { summarizeCorpus, type DisclosureInput } from '../../../src/lib/figures/corpus.ts';
import { loadAuditedSummaries, loadContent, SEEDS } from '../figures/corpus-helpers.ts';

const SITE = 'https://mingzhang.example/';
const { departments, disclosures } = loadContent(SEEDS);

/** The seeds, with Conghua's 2022 report published on a date and corrected twice. */
function corpus(extra: (d: DisclosureInput) => DisclosureInput = (d) => d) {
  const changed = disclosures.map(extra);
  const audit = auditAndScore({ disclosures: changed, departments: Object.fromEntries(departments.map((d) => [d.id, d.data])) });
  return summarizeCorpus({ disclosures: changed, departments, audit });
}
const corrected = corpus((d) => d.id !== '2022/conghua-rd/self-evaluation' ? d : {
  ...d,
  data: {
    ...d.data,
    publishedDate: '2023-06',
    corrections: [
      { date: '2023-07-02', field: 'spending.total', old: '1938.82 万元', new: '1983.82 万元', reason: '录入时两位数字颠倒，按原件更正。', approvedBy: '数据组' },
      { date: '2024', field: 'budget.total', old: '1635.50 万元', new: '1635.52 万元', reason: '按原件更正。', approvedBy: '数据组' },
    ],
  } as DisclosureInput['data'],
});

interface Item { title: string; link: string; guid: string; description: string; pubDate?: string; categories: string[] }
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** The <item>s of a feed's XML, their fields read back from the text. */
function items(xml: string): Item[] {
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => {
    const field = (name: string) => item.match(new RegExp(`<${name}(?: [^>]*)?>([\\s\\S]*?)</${name}>`))?.[1];
    return {
      title: decode(field('title')!), link: decode(field('link')!), guid: decode(field('guid')!), description: decode(field('description') ?? ''),
      ...(field('pubDate') ? { pubDate: field('pubDate') } : {}),
      categories: [...item.matchAll(/<category>([\s\S]*?)<\/category>/g)].map((m) => decode(m[1])),
    };
  });
}
const xml = (feed: ReturnType<typeof departmentFeed>) => getRssString({ ...feed, site: SITE, trailingSlash: true, customData: '<language>zh-cn</language>' });

describe('a department feed', () => {
  const conghua = departments.find((d) => d.id === 'conghua-rd')!;

  test('lists the new disclosure and the audit’s findings with their arithmetic, linked to their places', async () => {
    const text = await xml(departmentFeed(corpus(), conghua, SITE));
    expect(text).toContain('<language>zh-cn</language>');
    expect(text).toContain('<title>明账：从化区人大常委会办公室的新公开、更正与核查提示</title>');
    const [disclosure, findings, ...rest] = items(text);
    expect(rest).toEqual([]);
    expect(disclosure).toMatchObject({ title: '新公开：2022年广州市从化区人民代表大会常务委员会办公室部门整体支出绩效自评报告', link: `${SITE}2022/conghua-rd/self-evaluation/`, guid: `${SITE}2022/conghua-rd/self-evaluation/` });
    expect(disclosure.categories).toEqual(['新公开', '部门整体支出绩效自评报告', '2022 年度', '从化区人大常委会办公室']);
    // The seeds state no publication date: the feed invents none.
    expect(disclosure.pubDate).toBeUndefined();
    expect(findings.link).toBe(`${SITE}2022/conghua-rd/self-evaluation/#review`);
    expect(findings.title).toMatch(/^核查提示：从化区人大常委会办公室 2022 年度部门整体支出绩效自评报告（\d+ 条）$/);
    expect(findings.description).toContain('121.29%');
  });

  test('lists each correction with its old and new value, newest first, each with its own guid', async () => {
    const list = items(await xml(departmentFeed(corrected, conghua, SITE)));
    expect(list.map((i) => [i.title.split('：')[0], i.link.replace(SITE, ''), i.pubDate])).toEqual([
      ['更正', '2022/conghua-rd/self-evaluation/#correction-2', 'Mon, 01 Jan 2024 00:00:00 GMT'],
      ['更正', '2022/conghua-rd/self-evaluation/#correction-1', 'Sun, 02 Jul 2023 00:00:00 GMT'],
      ['新公开', '2022/conghua-rd/self-evaluation/', 'Thu, 01 Jun 2023 00:00:00 GMT'],
      ['核查提示', '2022/conghua-rd/self-evaluation/#review', 'Thu, 01 Jun 2023 00:00:00 GMT'],
    ]);
    expect(list[1].description).toBe('spending.total 由 1,938.82 万元 更正为 1,983.82 万元。原因：录入时两位数字颠倒，按原件更正。（审核：数据组）');
    expect(new Set(list.map((i) => i.guid)).size).toBe(list.length);
  });
});

describe('a province feed', () => {
  test('holds every department of the province and no other', async () => {
    expect(feedProvinces(departments)).toEqual(['gd']);
    const list = items(await xml(provinceFeed(corrected, 'gd', SITE)));
    const bodies = new Set(list.map((i) => i.link.replace(SITE, '').split('/')[1]));
    expect([...bodies].sort()).toEqual(disclosures.map((d) => d.data.department).sort());
    expect(list.filter((i) => i.title.startsWith('新公开')).length).toBe(disclosures.length);
    expect(list.length).toBeLessThanOrEqual(FEED_LIMIT);
    expect(items(await xml(provinceFeed(corrected, 'bj', SITE)))).toEqual([]);
  });
});

describe('the site feed', () => {
  test('lists each disclosure once, as it states itself', async () => {
    const list = items(await xml(nationalFeed(corpus(), SITE)));
    expect(list.map((i) => i.link)).toEqual(corpus().map((s) => `${SITE}${s.id}/`));
    expect(list[0]).toMatchObject({ title: disclosures.find((d) => `${SITE}${d.id}/` === list[0].link)!.data.title });
    expect(list[0].categories).toHaveLength(3);
  });

  test('at national scale holds only the newest disclosures, newest first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mingzhang-feed-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    writeCorpus(240, dir);
    const { summaries } = loadAuditedSummaries(dir);
    const list = items(await xml(nationalFeed(summaries, SITE)));
    expect(list).toHaveLength(FEED_LIMIT);
    expect(new Set(list.map((i) => i.link)).size).toBe(FEED_LIMIT);
    const times = list.map((i) => (i.pubDate ? Date.parse(i.pubDate) : -Infinity));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // No disclosure left out is newer than the oldest one listed.
    const listed = new Set(list.map((i) => i.link));
    const date = (s: (typeof summaries)[number]) => s.data.publishedDate ?? s.data.source?.publishedDate ?? s.data.source?.retrievedDate;
    const left = summaries.filter((s) => !listed.has(`${SITE}${s.id}/`) && date(s)).map((s) => Date.parse(`${date(s)!.padEnd(7, '-01').padEnd(10, '-01')}T00:00:00Z`));
    expect(times.every(Number.isFinite)).toBe(true);
    expect(left.length).toBeGreaterThan(0);
    expect(Math.max(...left)).toBeLessThanOrEqual(Math.min(...times));
  });
});
