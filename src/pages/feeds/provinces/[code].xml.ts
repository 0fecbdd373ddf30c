/** /feeds/provinces/<code>.xml: every body of a province (ISO 3166-2:CN code), new disclosures, corrections and findings. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../../_corpus.ts';
import { feedProvinces, provinceFeed } from '../../../lib/page-models/feeds.ts';
import { buildScope, buildsSitePiece } from '../../../lib/build/build-scope.ts';
import { sitePiece } from '../../../lib/build/site-pieces.ts';

export const getStaticPaths = (async () => feedProvinces((await loadCorpus()).departments).filter((code) => buildsSitePiece(buildScope(), sitePiece.province(code))).map((code) => ({ params: { code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { summaries } = await loadCorpus();
  const href = (site ?? new URL('https://mingzhang.example')).href;
  return rss({ ...provinceFeed(summaries, params.code!, href), site: href, trailingSlash: true, customData: '<language>zh-cn</language>' });
};
