/** /feeds/departments/<slug>.xml: one body's new disclosures, corrections and findings (src/lib/page-models/feeds.ts). */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../../_corpus.ts';
import { departmentFeed } from '../../../lib/page-models/feeds.ts';
import { buildScope, buildsSitePiece } from '../../../lib/build/build-scope.ts';
import { sitePiece } from '../../../lib/build/site-pieces.ts';

export const getStaticPaths = (async () => (await loadCorpus()).departments.filter((d) => buildsSitePiece(buildScope(), sitePiece.department(d.id))).map((d) => ({ params: { slug: d.id }, props: { id: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = async ({ props, site }) => {
  const { summaries, departments } = await loadCorpus();
  const href = (site ?? new URL('https://mingzhang.example')).href;
  const feed = departmentFeed(summaries, departments.find((d) => d.id === props.id)!, href);
  return rss({ ...feed, site: href, trailingSlash: true, customData: '<language>zh-cn</language>' });
};
