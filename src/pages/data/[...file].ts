/**
 * /data/…: every download (dataset CSV/JSON, datapackage.json, each disclosure's JSON and
 * table CSVs, each cross-year table and chart CSV), from src/lib/downloads/files.ts. A
 * partitioned build (scripts/build-site.ts) splits them: the site build makes the
 * corpus-wide files, each partition build its own disclosures' files. All but the
 * whole-dataset files (about four per disclosure, five per department) leave the build as
 * one archive (with each body-year page's table CSVs), unpacked to the same paths when the build is done
 * (src/lib/downloads/archive.ts says why).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../_corpus.ts';
import { DOWNLOADS_ARCHIVE_PATH, packDownloads } from '../../lib/downloads/archive.ts';
import { bodyYearDownloads, corpusDownloads, DATASET_PATHS, disclosureDownloads, type DownloadFile } from '../../lib/downloads/files.ts';
import { buildScope, buildsDisclosure } from '../../lib/build/build-scope.ts';
import { originalDownload } from '../../lib/downloads/original.ts';
import { CONTENT_DIR } from '../../lib/content-dir.ts';

/** What one route writes: a download, or the archive of this build's small downloads. */
type Props = { file: DownloadFile } | { archived: DownloadFile[] };

/** The whole-dataset files (tens of megabytes at scale) stay routes of their own; the archive holds the small ones. */
const ROUTED: ReadonlySet<string> = new Set(Object.values(DATASET_PATHS));

export const getStaticPaths = (async () => {
  const { summaries, departments } = await loadCorpus();
  const site = import.meta.env.SITE ?? '';
  const scope = buildScope();
  const corpus = scope.kind === 'partition' ? [] : corpusDownloads(summaries, departments, site);
  const routed = corpus.filter((f) => ROUTED.has(f.path));
  // The tables' and charts' CSVs of cross-year pages (~800 at 6,000 disclosures) go in the
  // archive too; the disclosures' own files are made when the archive is written.
  const archived = corpus.filter((f) => !ROUTED.has(f.path));
  const archive = archived.length > 0 || summaries.some((s) => buildsDisclosure(scope, s.id)) ? [{ params: { file: DOWNLOADS_ARCHIVE_PATH.replace(/^data\//, '') }, props: { archived } }] : [];
  return [...routed.map((file) => ({ params: { file: file.path.replace(/^data\//, '') }, props: { file } })), ...archive];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  if ('file' in props) return new Response(props.file.body, { headers: { 'Content-Type': props.file.contentType } });
  // Made here rather than in getStaticPaths, so the bodies are not held through the whole build.
  const { summaries, departments } = await loadCorpus();
  const scope = buildScope();
  const built = summaries.filter((s) => buildsDisclosure(scope, s.id));
  const files = [...props.archived, ...built.flatMap((s) => [...disclosureDownloads(s), ...originalDownload(s.id, s.data.source, CONTENT_DIR)]), ...bodyYearDownloads(built, departments)];
  return new Response(packDownloads(files), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
