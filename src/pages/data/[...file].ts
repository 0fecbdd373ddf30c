/**
 * /data/…: every download (dataset CSV/JSON, datapackage.json, each disclosure's JSON and
 * table CSVs, each cross-year table and chart CSV), from src/lib/downloads/files.ts. A
 * partitioned build (scripts/build-site.ts) splits them: the site build makes the
 * corpus-wide files, each partition build its own disclosures' files, and the four
 * whole-dataset files made of year × province slices are joined when the output is
 * assembled (src/lib/downloads/dataset-slices.ts). All but the
 * whole-dataset files (about four per disclosure, five per department) leave the build as
 * archives (the disclosures' with each body-year page's table CSVs; the cross-year CSVs in
 * parts), unpacked to the same paths when the build is done
 * (src/lib/downloads/archive.ts says why); a body-year's table CSVs are published in its
 * tables.zip (src/lib/downloads/table-archive.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../_corpus.ts';
import { DOWNLOADS_ARCHIVE_PATH, downloadsPartPath, GROUPS_PER_PART, packDownloads } from '../../lib/downloads/archive.ts';
import { bodyYearDownloads, crossYearDownloadGroups, datasetFiles, disclosureDownloads, uniqueDownloads, type GroupDownloads } from '../../lib/downloads/files.ts';
import { buildScope, buildsDisclosure, buildsSitePiece } from '../../lib/build/build-scope.ts';
import { pieceOfGroup } from '../../lib/build/site-pieces.ts';
import { originalDownload } from '../../lib/downloads/original.ts';
import { archiveTables } from '../../lib/downloads/table-archive.ts';
import { CONTENT_DIR } from '../../lib/content-dir.ts';

/**
 * What one route writes: a whole-dataset file, the archive of this build's disclosures'
 * small downloads, or a part of its cross-year downloads; each made as it is written.
 */
type Props = { dataset: string } | { disclosures: true } | { groups: GroupDownloads[] };

export const getStaticPaths = (async () => {
  const { summaries, departments } = await loadCorpus();
  const site = import.meta.env.SITE ?? '';
  const scope = buildScope();
  // The site build of a partitioned build leaves the sliced files to the assembly (dataset-slices.ts).
  const dataset = scope.kind === 'partition' ? [] : datasetFiles(summaries, departments, site, { sliced: scope.kind === 'all' });
  // The tables' and charts' CSVs of cross-year pages go in parts of a few groups each, the
  // disclosures' own files in the archive; none is made before its route is written.
  // A piece build of the site makes only its pieces' CSVs (src/lib/build/site-pieces.ts).
  const groups = scope.kind === 'partition' ? [] : crossYearDownloadGroups(summaries, departments, site).filter((g) => buildsSitePiece(scope, pieceOfGroup(g.group)));
  const parts = Array.from({ length: Math.ceil(groups.length / GROUPS_PER_PART) }, (_, n) => ({ params: { file: downloadsPartPath(n).replace(/^data\//, '') }, props: { groups: groups.slice(n * GROUPS_PER_PART, (n + 1) * GROUPS_PER_PART) } }));
  const archive = summaries.some((s) => buildsDisclosure(scope, s.id)) ? [{ params: { file: DOWNLOADS_ARCHIVE_PATH.replace(/^data\//, '') }, props: { disclosures: true as const } }] : [];
  return [...dataset.map((file) => ({ params: { file: file.path.replace(/^data\//, '') }, props: { dataset: file.path } })), ...archive, ...parts];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  if ('dataset' in props) {
    const { summaries, departments } = await loadCorpus();
    const file = datasetFiles(summaries, departments, import.meta.env.SITE ?? '', { sliced: buildScope().kind === 'all' }).find((f) => f.path === props.dataset)!;
    return new Response(file.make(), { headers: { 'Content-Type': file.contentType } });
  }
  // Made here rather than in getStaticPaths, so the bodies are not held through the whole build.
  if ('groups' in props) return new Response(packDownloads(uniqueDownloads(props.groups.flatMap((g) => g.files()))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  const { summaries, departments } = await loadCorpus();
  const scope = buildScope();
  const built = summaries.filter((s) => buildsDisclosure(scope, s.id));
  const files = [...built.flatMap((s) => [...disclosureDownloads(s), ...originalDownload(s.id, s.data.source, CONTENT_DIR)]), ...bodyYearDownloads(built, departments)];
  return new Response(packDownloads(archiveTables(files)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
