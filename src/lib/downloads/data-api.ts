/**
 * What the data API page (/data-api/) documents, generated — never copied by hand — from
 * the same sources as the files it describes: the paths of src/lib/downloads/files.ts, the
 * published JSON Schemas (published-schemas.ts), the fields of the zod schemas with their
 * Chinese names and units (src/lib/fields/field-list.ts), and the CSV columns of the
 * datapackage.
 */
import { DepartmentSchema } from '../../schemas/department.ts';
import { DISCLOSURE_KINDS, KIND_NAMES, SCHEMA_BY_KIND, type DisclosureKind } from '../../schemas/disclosure.ts';
import { fieldList, type FieldEntry } from '../fields/field-list.ts';
import { schemaFileName } from '../json-schema/generate.ts';
import { departmentFeedPath, provinceFeedPath } from '../page-models/feeds.ts';
import { bodyYearCsvPath } from '../page-models/body-year.ts';
import { dataPackage } from './datapackage.ts';
import { DATASET_PATHS, disclosureJsonPath } from './files.ts';
import { DATA_API_VERSION, DATASET_SCHEMA_FILE, publishedSchemaPath } from './published-schemas.ts';
import { viewCsvFamilies, type ViewCsvFamily } from './view-csvs.ts';
import { archivedCsv, TABLE_ARCHIVE_NAME } from './table-archive.ts';

/** Where a body-year's table CSVs are published (table-archive.ts). */
const TABLE_ARCHIVE = `data/<预算年度>/<部门标识>/${TABLE_ARCHIVE_NAME}`;

/**
 * One kind of file: its path (a pattern where it varies), an example path, what it holds,
 * its format and schema. A file published inside an archive has its path in the archive
 * and `archive`, the archive's path; its example is a real archive that holds one.
 */
export interface ApiFile {
  path: string;
  archive?: string;
  example?: string;
  about: string;
  format: 'JSON' | 'CSV' | 'RSS' | 'ZIP';
  schema?: string;
}

/** The fields of one published JSON record. */
export interface ApiRecord {
  id: string;
  name: string;
  schema: string;
  fields: FieldEntry[];
}

/** The columns of one CSV, as the datapackage describes them. */
export interface ApiTable {
  /** The datapackage's resource name ("key-figures"): letters, digits and "-", so it can name the table's section in HTML ids. */
  name: string;
  path: string;
  title: string;
  columns: { name: string; title: string; type: string; description?: string }[];
}

export interface DataApiModel {
  version: string;
  files: ApiFile[];
  records: ApiRecord[];
  tables: ApiTable[];
  /** The peer and national-view CSV families, column by column. */
  viewCsvs: ViewCsvFamily[];
}

/** The page CSVs documented as "the columns of the page's table", one pattern per family. */
const PAGE_CSVS: ApiFile[] = [
  { path: 'data/years/<预算年度>.csv', about: '年度页每份公开文件的主要数字，列与页面上的表相同（公开文件较多、按省份分页的年度，全年度一并下载）。', format: 'CSV' },
  { path: 'data/years/<预算年度>-provinces.csv', about: '按省份分页的年度：各省份的公开文件数，列与年度页上的表相同。', format: 'CSV' },
  { path: 'data/years/<预算年度>/<省份代码>/<表或图>.csv', about: '按省份分页的年度：某省份页面的主要数字（figures）与各图（rate、budget-spending、structure）的数据。', format: 'CSV' },
  { path: 'data/departments/<部门标识>.csv', about: '部门页各年度的主要数字，列与页面上的表相同。', format: 'CSV' },
  { path: 'data/compare/<表>.csv', about: '比较页的表（如各部门各年度执行率 rate-matrix），列与页面上的表相同；部门较多、按省份分页比较时为各省份的部门数（provinces）。', format: 'CSV' },
  { path: 'data/compare/<省份代码>/<表或图>.csv', about: '按省份分页比较时，某省份比较页的执行率表（rate-matrix）与折线图（rate-by-year）的数据。', format: 'CSV' },
  { path: 'data/kinds/<类别>.csv', about: '某类公开文件较多、按年度分页时，类别页上各年度的文件数。', format: 'CSV' },
  { path: 'data/charts/<图>.csv', about: '网站上每张图的数据，列与图下的表相同。', format: 'CSV' },
];


/** The field every published record carries that the content files do not (the download adds it). */
const idField = (title: string, description: string): FieldEntry => ({ path: 'id', depth: 0, title, description, type: '文字', group: false, required: true });

/**
 * The data API as documented; `example` names real files to show real paths: a disclosure,
 * its department and province, a body-year table CSV where the site has one, and the peer
 * and national-view CSVs that have rows (the first of each family is shown).
 */
export function dataApiModel(example?: { disclosure: string; department: string; province?: string; bodyYearCsv?: string; viewCsvs?: string[] }): DataApiModel {
  const kind = (example?.disclosure.split('/')[2] ?? 'budget') as DisclosureKind;
  const exampleArchive = example ? { example: archivedCsv(`data/${example.disclosure}/figures.csv`)!.archive } : {};
  const files: ApiFile[] = [
    { path: DATASET_PATHS.datapackage, about: '数据包说明（Frictionless Data Package，Fiscal Data Package 词汇）：列出以下每个 CSV 和 JSON 文件，CSV 的每一列有中文名、类型和说明，每个 JSON 文件注明它遵循的 JSON Schema（jsonSchema 字段）。', format: 'JSON' },
    { path: DATASET_PATHS.json, about: '全部内容：每个部门和每份公开文件的完整结构化数据，字段见下文。', format: 'JSON', schema: publishedSchemaPath(DATASET_SCHEMA_FILE) },
    { path: disclosureJsonPath('<预算年度>/<部门标识>/<类型>'), ...(example ? { example: disclosureJsonPath(example.disclosure) } : {}), about: `一份公开文件的全部数据，与它页面上“下载”一节的 JSON 相同。<类型>为 ${KIND_NAMES.join('、')} 之一，结构说明随类型不同。`, format: 'JSON', schema: publishedSchemaPath(schemaFileName(kind)) },
    { path: DATASET_PATHS.keyFigures, about: '每份公开文件一行的主要数字：预算数、支出数、执行率（原文与明账计算）、基本支出、项目支出、自评得分。', format: 'CSV' },
    { path: DATASET_PATHS.figures, about: '每个数字一行：原文数值、数字、单位、精确换算的万元金额、预算阶段和收支方向。', format: 'CSV' },
    { path: DATASET_PATHS.indicators, about: '每个绩效指标一行：目标值和实际完成值，按原文照录。', format: 'CSV' },
    { path: DATASET_PATHS.departments, about: '每个部门一行：全称、简称、层级、地区。', format: 'CSV' },
    { path: TABLE_ARCHIVE, ...exampleArchive, about: '一个部门一个年度各页面上全部表格的 CSV，打包为一个 ZIP 文件，内含下面两类 CSV。页面上每张表的“下载”链接指向它并注明表的文件名。', format: 'ZIP' },
    { path: '<类型>/<表>.csv', archive: TABLE_ARCHIVE, ...exampleArchive, about: '公开文件页面上每张表的数据，列与页面上的表相同；figures.csv 为该文件的全部数字。', format: 'CSV' },
    { path: bodyYearCsvPath('<预算年度>', '<部门标识>', '<表>').replace(/^data\/<预算年度>\/<部门标识>\//, ''), archive: TABLE_ARCHIVE, ...(example?.bodyYearCsv ? { example: archivedCsv(example.bodyYearCsv)!.archive } : {}), about: '部门年度对照页（预算与决算、绩效目标与自评）每张表的数据；没有可对照的数字时没有这个文件。', format: 'CSV' },
    ...PAGE_CSVS,
    ...viewCsvFamilies().map((f): ApiFile => {
      const shown = example?.viewCsvs?.find((path) => f.match.test(path));
      return { path: f.pattern, ...(shown ? { example: shown } : {}), about: `${f.title}：${f.about}各列见下文“同级比较与全国视图的 CSV 列”。`, format: 'CSV' };
    }),
    { path: publishedSchemaPath('<类型>.schema.json'), example: publishedSchemaPath(schemaFileName(kind)), about: `JSON 文件的结构说明（JSON Schema draft-07），${DATA_API_VERSION} 版：部门、每种公开类型和全部内容各一个。`, format: 'JSON' },
    { path: departmentFeedPath('<部门标识>'), ...(example ? { example: departmentFeedPath(example.department) } : {}), about: '一个部门的新公开、更正记录和核查提示（RSS 2.0），最新的在前。', format: 'RSS' },
    { path: provinceFeedPath('<省份代码>'), ...(example?.province ? { example: provinceFeedPath(example.province) } : {}), about: '一个省份各级人大常委会机关的新公开、更正记录和核查提示（RSS 2.0）；省份代码为 ISO 3166-2:CN 的两个字母，如广东省为 gd。', format: 'RSS' },
  ];
  const records: ApiRecord[] = [
    { id: 'department', name: '部门', schema: publishedSchemaPath('department.schema.json'), fields: [idField('部门标识', '部门的标识，也是部门页网址 /departments/<标识>/ 的一段。'), ...fieldList(DepartmentSchema, ['$schema'])] },
    ...KIND_NAMES.map((k) => ({
      id: k,
      name: DISCLOSURE_KINDS[k],
      schema: publishedSchemaPath(schemaFileName(k)),
      fields: [idField('公开文件标识', '<预算年度>/<部门标识>/<类型>，与公开文件页的网址一致。'), ...fieldList(SCHEMA_BY_KIND[k], ['$schema'])],
    })),
  ];
  const resources = (dataPackage([], '').resources as { name: string; path: string; title: string; schema?: { fields: ApiTable['columns'] } }[]).filter((r) => r.schema);
  const tables = resources.map((r) => ({ name: r.name, path: `data/${r.path}`, title: r.title, columns: r.schema!.fields }));
  return { version: DATA_API_VERSION, files, records, tables, viewCsvs: viewCsvFamilies() };
}
