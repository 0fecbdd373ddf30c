/**
 * /data/…: every download (dataset CSV/JSON, datapackage.json, each disclosure's JSON and
 * table CSVs, each cross-year table and chart CSV), from src/lib/downloads/files.ts. A
 * partitioned build (scripts/build-site.ts) splits them: the site build makes the
 * corpus-wide files, each partition build its own disclosures' files.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../_corpus.ts';
import { corpusDownloads, disclosureDownloads, type DownloadFile } from '../../lib/downloads/files.ts';
import { buildScope, buildsDisclosure } from '../../lib/search/build-scope.ts';

export const getStaticPaths = (async () => {
  const { summaries, departments } = await loadCorpus();
  const site = import.meta.env.SITE ?? '';
  const scope = buildScope();
  const files: DownloadFile[] = [
    ...(scope.kind === 'partition' ? [] : corpusDownloads(summaries, departments, site)),
    ...summaries.filter((s) => buildsDisclosure(scope, s.id)).flatMap(disclosureDownloads),
  ];
  return files.map((file) => ({ params: { file: file.path.replace(/^data\//, '') }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DownloadFile }> = ({ props }) =>
  new Response(props.file.body, { headers: { 'Content-Type': props.file.contentType } });
