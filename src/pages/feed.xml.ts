/** /feed.xml: the newest disclosures (page-models/feeds.ts), built by @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCorpus } from './_corpus.ts';
import { nationalFeed } from '../lib/page-models/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const { summaries } = await loadCorpus();
  const href = (site ?? new URL('https://mingzhang.example')).href;
  return rss({ ...nationalFeed(summaries, href), site: href, trailingSlash: true, customData: '<language>zh-cn</language>' });
};
