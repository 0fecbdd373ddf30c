/**
 * /data/…: every download (dataset CSV/JSON, datapackage.json, each disclosure's JSON and
 * table CSVs, each cross-year table and chart CSV), from src/lib/downloads/files.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../_corpus.ts';
import { downloadFiles, type DownloadFile } from '../../lib/downloads/files.ts';

export const getStaticPaths = (async () => {
  const { summaries, departments } = await loadCorpus();
  const site = import.meta.env.SITE ?? '';
  return downloadFiles(summaries, departments, site).map((file) => ({ params: { file: file.path.replace(/^data\//, '') }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DownloadFile }> = ({ props }) =>
  new Response(props.file.body, { headers: { 'Content-Type': props.file.contentType } });
