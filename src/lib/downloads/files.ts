/**
 * Every file under /data/: per disclosure its JSON, figures CSV and the CSV of each table
 * on its page; per cross-year page the CSV of each table and chart; and the whole dataset
 * (CSV, JSON, datapackage.json). One list, so the endpoint and the tests agree on it. The
 * CSVs of a body-year's pages are listed at their paths here and published inside its
 * tables.zip (table-archive.ts, applied by the endpoint).
 */
import { disclosureTables } from '../figures/disclosure-tables.ts';
import type { TableModel } from '../figures/table-model.ts';
import type { DepartmentInput, DisclosureSummary } from '../figures/corpus.ts';
import { comparePageModel, departmentPageModel, disclosureCharts, yearFiguresTable, yearPageModel, type PageModel } from '../page-models/page-models.ts';
import { yearIsSplit, yearProvinceModel, yearProvincePages, yearProvincesModel } from '../page-models/year-provinces.ts';
import { compareProvinceModel, compareProvincePages, compareProvincesTable } from '../page-models/compare-provinces.ts';
import { kindsSplit, kindYearsTable } from '../page-models/kind-years.ts';
import { fiscalYears } from '../figures/corpus.ts';
import { bodyYearTables } from '../page-models/body-year.ts';
import { peersPageModel, peersTableHead } from '../page-models/peers.ts';
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

/**
 * Which pages a group of cross-year downloads belongs to: the site's core, a year, a
 * province's pages, a body's page or its peer comparison (the pieces of
 * src/lib/build/site-pieces.ts, which the route maps them to).
 */
export type DownloadGroup = { of: 'core' } | { of: 'year' | 'province' | 'department' | 'peers'; key: string };

/** The cross-year downloads of one group of pages, made when asked for. */
export interface GroupDownloads {
  group: DownloadGroup;
  files: () => DownloadFile[];
}

/**
 * The downloads that span the corpus but the whole dataset, by the pages that show them: the
 * published schemas, the compare page's (or its list of provinces'), the kinds' and the
 * national indexes' tables (core); each year page's tables and charts and its national
 * execution table (year); each province's national tables, pages of split years and
 * comparison (province); each body's page (department) and peer comparison (peers). A piece
 * build of the site makes only its pieces' files.
 */
export function crossYearDownloadGroups(summaries: DisclosureSummary[], departments: DepartmentInput[], site: string): GroupDownloads[] {
  const years = fiscalYears(summaries);
  const pages = nationalPages(summaries, departments);
  const levels = nationalLevelPages(summaries, departments);
  const yearProvinces = yearProvincePages(summaries, departments);
  const compareProvinces = compareProvincePages(summaries, departments);
  const compareSplit = compareProvinces.length > 0;
  const provinces = [...new Set([...[...pages, ...levels, ...yearProvinces].map((p) => p.province.code), ...compareProvinces.map((p) => p.code)])].sort();
  return [
    {
      group: { of: 'core' },
      files: () => [
        ...[...publishedSchemas(site)].map(([file, schema]) => ({ path: publishedSchemaPath(file), contentType: JSON_TYPE, body: `${JSON.stringify(schema, null, 2)}\n` })),
        ...viewTableSchemas().map((f) => ({ ...f, contentType: JSON_TYPE })),
        ...modelFiles(compareSplit ? { tables: [compareProvincesTable(summaries, departments)], charts: [] } : comparePageModel(summaries, departments)),
        ...modelFiles({ tables: [threePublicIndex(summaries, departments), executionIndex(summaries, departments), coverageIndex(summaries, departments)], charts: [] }),
        ...modelFiles({ tables: kindsSplit(summaries).map((kind) => kindYearsTable(summaries, kind)), charts: [] }),
      ],
    },
    ...years.map((year) => ({ group: { of: 'year' as const, key: String(year) }, files: () => [...modelFiles(yearPageFiles(summaries, departments, year)), ...modelFiles({ tables: [executionYear(summaries, departments, year)], charts: [] })] })),
    ...provinces.map((code) => ({
      group: { of: 'province' as const, key: code },
      files: () => [
        ...modelFiles({ tables: nationalProvinceTables(summaries, pages.filter((p) => p.province.code === code), levels.filter((p) => p.province.code === code)), charts: [] }),
        ...yearProvinces.filter((p) => p.province.code === code).flatMap(({ year, province }) => modelFiles(yearProvinceModel(summaries, province, year))),
        ...compareProvinces.filter((p) => p.code === code).flatMap((province) => modelFiles(compareProvinceModel(summaries, province))),
      ],
    })),
    ...departments.flatMap((d) => [
      { group: { of: 'department' as const, key: d.id }, files: () => modelFiles(departmentPageModel(summaries, d)) },
      { group: { of: 'peers' as const, key: d.id }, files: () => modelFiles(peersPageModel(summaries, departments, d)) },
    ]),
  ];
}

/** A year page's CSVs: its tables and charts, or a split year's provinces and the whole year's key figures. */
function yearPageFiles(summaries: DisclosureSummary[], departments: DepartmentInput[], year: number): PageModel {
  if (!yearIsSplit(summaries, year)) return yearPageModel(summaries, departments, year);
  return { tables: [...yearProvincesModel(summaries, departments, year).tables, yearFiguresTable(summaries, year)], charts: [] };
}

/** The downloads that span the corpus but the whole dataset, of the groups `builds` accepts (all by default). */
export function crossYearDownloads(summaries: DisclosureSummary[], departments: DepartmentInput[], site: string, builds: (group: DownloadGroup) => boolean = () => true): DownloadFile[] {
  return uniqueDownloads(crossYearDownloadGroups(summaries, departments, site).flatMap((g) => (builds(g.group) ? g.files() : [])));
}

/** The downloads that span the corpus: the whole dataset and each cross-year page's tables and charts. */
export function corpusDownloads(summaries: DisclosureSummary[], departments: DepartmentInput[], site: string): DownloadFile[] {
  const dataset = datasetFiles(summaries, departments, site).map(({ path, contentType, make }) => ({ path, contentType, body: make() }));
  return uniqueDownloads([...dataset, ...crossYearDownloads(summaries, departments, site)]);
}

/** The tables of the peer pages and the national views, whose CSVs the datapackage describes column by column (the peers' without their rows). */
export function viewTables(summaries: DisclosureSummary[], departments: DepartmentInput[]): Omit<TableModel, 'rows'>[] {
  return [...departments.map(peersTableHead), ...nationalTables(summaries, departments)];
}

/**
 * The first CSV with rows of each family of view tables, as /data-api/ shows them: the
 * national views' that have rows, and the peer table of the first body (in listing order)
 * that has peers to compare with, found without computing every body's.
 */
export function viewCsvExamples(summaries: DisclosureSummary[], departments: DepartmentInput[]): string[] {
  const peers = departments.values().map((d) => peersPageModel(summaries, departments, d).tables[0]).find((t) => t.rows.length > 0);
  return [...(peers ? [peers.csvPath] : []), ...nationalTables(summaries, departments).filter((t) => t.rows.length > 0).map((t) => t.csvPath)];
}

/** The tables of every national view's pages (each page's CSV). */
function nationalTables(summaries: DisclosureSummary[], departments: DepartmentInput[]): TableModel[] {
  return [
    threePublicIndex(summaries, departments),
    executionIndex(summaries, departments),
    coverageIndex(summaries, departments),
    ...fiscalYears(summaries).map((year) => executionYear(summaries, departments, year)),
    ...nationalProvinceTables(summaries, nationalPages(summaries, departments), nationalLevelPages(summaries, departments)),
  ];
}

/** The tables of the national views' province pages and their level pages. */
function nationalProvinceTables(summaries: DisclosureSummary[], pages: ReturnType<typeof nationalPages>, levels: ReturnType<typeof nationalLevelPages>): TableModel[] {
  return [
    ...pages.flatMap(({ year, province }) => [threePublicPage(summaries, province, year).table, executionProvince(summaries, province, year).table, coveragePage(summaries, province, year).table]),
    ...levels.flatMap(({ year, province, level }) => [threePublicPage(summaries, province, year, level).table, coveragePage(summaries, province, year, level).table]),
  ];
}

/** Every download the site offers. Paths are unique; a duplicate is a bug and throws. */
export function downloadFiles(summaries: DisclosureSummary[], departments: DepartmentInput[], site: string): DownloadFile[] {
  return uniqueDownloads([...corpusDownloads(summaries, departments, site), ...summaries.flatMap(disclosureDownloads), ...bodyYearDownloads(summaries, departments)]);
}

/** The files once each; the same path twice must be the same file (a duplicate with other content is a bug and throws). */
export function uniqueDownloads(files: DownloadFile[]): DownloadFile[] {
  const seen = new Map<string, DownloadFile>();
  for (const f of files) {
    const existing = seen.get(f.path);
    // The year tables appear on both the year page and the comparison page: same path, same content.
    if (existing && existing.body !== f.body) throw new Error(`two different downloads at ${f.path}`);
    seen.set(f.path, f);
  }
  return [...seen.values()];
}
