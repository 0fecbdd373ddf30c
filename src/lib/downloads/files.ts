/**
 * Every file under /data/: per disclosure its JSON, figures CSV and the CSV of each table
 * on its page; per cross-year page the CSV of each table and chart; and the whole dataset
 * (CSV, JSON, datapackage.json). One list, so the endpoint and the tests agree on it.
 */
import { disclosureTables } from '../figures/disclosure-tables.ts';
import type { TableModel } from '../figures/table-model.ts';
import type { DepartmentInput, DisclosureSummary } from '../figures/corpus.ts';
import { comparePageModel, departmentPageModel, disclosureCharts, yearPageModel, type PageModel } from '../page-models/page-models.ts';
import { fiscalYears } from '../figures/corpus.ts';
import { bodyYearTables } from '../page-models/body-year.ts';
import { peersPageModel } from '../page-models/peers.ts';
import { coverageIndex, coveragePage, executionIndex, executionProvince, executionYear, nationalLevelPages, nationalPages, threePublicIndex, threePublicPage } from '../page-models/national.ts';
import { tableCsv, toCsv } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { viewTableSchemas } from './view-csvs.ts';
import { publishedSchemaPath, publishedSchemas } from './published-schemas.ts';
import { departmentRecords, disclosureJson } from './dataset.ts';
import { SLICED_FILES, wholeDataset } from './dataset-slices.ts';

/** One downloadable file: path under the site root, its media type and content. */
export interface DownloadFile {
  path: string;
  contentType: string;
  body: string;
  /** "base64" when the body is binary (an archived original), written back as bytes. */
  encoding?: 'base64';
}

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/** Where the whole dataset lives. */
export const DATASET_PATHS = {
  keyFigures: 'data/key-figures.csv',
  figures: 'data/figures.csv',
  indicators: 'data/indicators.csv',
  departments: 'data/departments.csv',
  json: 'data/mingzhang.json',
  datapackage: 'data/datapackage.json',
} as const;

/** The JSON download of one disclosure. */
export const disclosureJsonPath = (id: string): string => `data/${id}.json`;

const modelFiles = (model: PageModel): DownloadFile[] => [
  ...model.tables.map((t) => ({ path: t.csvPath, contentType: CSV, body: tableCsv(t) })),
  ...model.charts.map((c) => ({ path: c.table.csvPath, contentType: CSV, body: tableCsv(c.table) })),
];

/**
 * One disclosure's downloads: its JSON, its figures CSV and the CSV of each table and chart
 * on its page. They depend on that disclosure alone (and its audit), so a partitioned build
 * makes them with the disclosure's page, not with the cross-year pages.
 */
export function disclosureDownloads(summary: DisclosureSummary): DownloadFile[] {
  return [{ path: disclosureJsonPath(summary.id), contentType: JSON_TYPE, body: disclosureJson(summary) }, ...modelFiles({ tables: disclosureTables(summary.id, summary.data), charts: disclosureCharts(summary) })];
}

/**
 * The CSV of each body-year page's tables (/<year>/<dept>/), for the body-years of
 * `summaries`: like a disclosure's own files they read only that body-year's disclosures,
 * so a partition build makes them with its pages.
 */
export function bodyYearDownloads(summaries: readonly DisclosureSummary[], departments: readonly DepartmentInput[]): DownloadFile[] {
  return modelFiles({ tables: bodyYearTables(summaries, departments), charts: [] });
}

/** A whole-dataset file, made only when asked for. */
export interface DatasetFile {
  path: string;
  contentType: string;
  make: () => string;
}

/**
 * The whole dataset (CSV, JSON, datapackage.json): hundreds of megabytes at 30,000
 * disclosures (mingzhang.json 248 MB, figures.csv 149 MB), so each body is made when its
 * route is written and dropped after, instead of all being held through the build. With
 * `sliced: false` the four files made of slices (dataset-slices.ts) are left out: a
 * partitioned build joins them from its slices when it assembles the output.
 */
export function datasetFiles(summaries: DisclosureSummary[], departments: DepartmentInput[], site: string, options: { sliced?: boolean } = {}): DatasetFile[] {
  const sliced: DatasetFile[] = SLICED_FILES.map((file) => ({ path: `data/${file}`, contentType: file.endsWith('.json') ? JSON_TYPE : CSV, make: () => wholeDataset(file, summaries, departments) }));
  return [
    ...(options.sliced === false ? [] : sliced),
    { path: DATASET_PATHS.departments, contentType: CSV, make: () => toCsv(departmentRecords(departments)) },
    { path: DATASET_PATHS.datapackage, contentType: JSON_TYPE, make: () => `${JSON.stringify(dataPackage(summaries, site, viewTables(summaries, departments)), null, 2)}\n` },
  ];
}

/** The downloads that span the corpus but the whole dataset: the published schemas and each cross-year page's tables and charts. */
export function crossYearDownloads(summaries: DisclosureSummary[], departments: DepartmentInput[], site: string): DownloadFile[] {
  const files: DownloadFile[] = [
    ...[...publishedSchemas(site)].map(([file, schema]) => ({ path: publishedSchemaPath(file), contentType: JSON_TYPE, body: `${JSON.stringify(schema, null, 2)}\n` })),
    ...viewTableSchemas().map((f) => ({ ...f, contentType: JSON_TYPE })),
  ];
  for (const year of fiscalYears(summaries)) files.push(...modelFiles(yearPageModel(summaries, departments, year)));
  for (const d of departments) files.push(...modelFiles(departmentPageModel(summaries, d)));
  files.push(...modelFiles(comparePageModel(summaries, departments)));
  for (const d of departments) files.push(...modelFiles(peersPageModel(summaries, departments, d)));
  files.push(...modelFiles({ tables: nationalTables(summaries, departments), charts: [] }));
  return unique(files);
}

/** The downloads that span the corpus: the whole dataset and each cross-year page's tables and charts. */
export function corpusDownloads(summaries: DisclosureSummary[], departments: DepartmentInput[], site: string): DownloadFile[] {
  const dataset = datasetFiles(summaries, departments, site).map(({ path, contentType, make }) => ({ path, contentType, body: make() }));
  return unique([...dataset, ...crossYearDownloads(summaries, departments, site)]);
}

/** The tables of the peer pages and the national views, whose CSVs the datapackage describes column by column. */
export function viewTables(summaries: DisclosureSummary[], departments: DepartmentInput[]): TableModel[] {
  return [...departments.flatMap((d) => peersPageModel(summaries, departments, d).tables), ...nationalTables(summaries, departments)];
}

/** The tables of every national view's pages (each page's CSV). */
function nationalTables(summaries: DisclosureSummary[], departments: DepartmentInput[]): TableModel[] {
  return [
    threePublicIndex(summaries, departments),
    executionIndex(summaries, departments),
    coverageIndex(summaries, departments),
    ...fiscalYears(summaries).map((year) => executionYear(summaries, departments, year)),
    ...nationalPages(summaries, departments).flatMap(({ year, province }) => [
      threePublicPage(summaries, province, year).table,
      executionProvince(summaries, province, year).table,
      coveragePage(summaries, province, year).table,
    ]),
    ...nationalLevelPages(summaries, departments).flatMap(({ year, province, level }) => [threePublicPage(summaries, province, year, level).table, coveragePage(summaries, province, year, level).table]),
  ];
}

/** Every download the site offers. Paths are unique; a duplicate is a bug and throws. */
export function downloadFiles(summaries: DisclosureSummary[], departments: DepartmentInput[], site: string): DownloadFile[] {
  return unique([...corpusDownloads(summaries, departments, site), ...summaries.flatMap(disclosureDownloads), ...bodyYearDownloads(summaries, departments)]);
}

function unique(files: DownloadFile[]): DownloadFile[] {
  const seen = new Map<string, DownloadFile>();
  for (const f of files) {
    const existing = seen.get(f.path);
    // The year tables appear on both the year page and the comparison page: same path, same content.
    if (existing && existing.body !== f.body) throw new Error(`two different downloads at ${f.path}`);
    seen.set(f.path, f);
  }
  return [...seen.values()];
}
