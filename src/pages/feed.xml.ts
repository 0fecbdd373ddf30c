/** /feed.xml: an RSS feed of disclosures, newest fiscal year first, built by @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCorpus } from './_corpus.ts';
import { kindName } from '../lib/disclosure-ref.ts';

export const GET: APIRoute = async (context) => {
  const { summaries } = await loadCorpus();
  return rss({
    title: '明账：新增公开文件',
    description: '各级人大常委会机关的部门预算、决算与绩效公开，按原文照录。',
    site: context.site ?? 'https://mingzhang.example',
    trailingSlash: true,
    customData: '<language>zh-cn</language>',
    items: summaries.map((s) => ({
      title: s.data.title,
      link: `/${s.id}/`,
      description: `${s.department.data.name} ${s.data.fiscalYear} 年度${kindName(s.data.kind)}`,
      categories: [kindName(s.data.kind), `${s.data.fiscalYear} 年度`, s.department.data.shortName],
      ...(s.data.publishedDate ? { pubDate: new Date(s.data.publishedDate) } : {}),
    })),
  });
};
