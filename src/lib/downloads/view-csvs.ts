/**
 * The CSVs of the national views and the peer pages as part of the data API: each family's
 * path pattern and, per column, its Chinese name (the CSV header), type, unit and meaning.
 * The columns come from the page models themselves; a column with no entry here throws, so
 * a view cannot publish a column (or a CSV family) that /data-api/ and datapackage.json do
 * not describe.
 */
import { LEVELS } from '../../schemas/department.ts';
import { kindName } from '../disclosure-ref.ts';
import type { TableColumn, TableModel } from '../figures/table-model.ts';
import { YEARLY_KINDS } from '../peers/coverage.ts';
import { THREE_PUBLIC_PARTS } from '../peers/three-public.ts';
import { coverageIndex, coveragePage, executionIndex, executionProvince, executionYear, threePublicIndex, threePublicPage } from '../page-models/national.ts';
import { PEERS_CSV_COLUMNS } from '../page-models/peers.ts';
import { DATA_API_VERSION } from './published-schemas.ts';

type FieldType = 'string' | 'number' | 'integer';
/** What a column holds; its Chinese name is the CSV header itself. */
interface ColumnDoc { type: FieldType; unit?: string; description: string }
/** One column as the datapackage and /data-api/ describe it. */
export interface ViewCsvColumn { name: string; title: string; type: FieldType; unit?: string; description: string }

export interface ViewCsvFamily {
  /** Letters, digits and "-": names the family's section on /data-api/ and its resources in the datapackage. */
  name: string;
  /** The path, with the parts that vary in angle brackets. */
  pattern: string;
  /** Matches the site-relative paths of the family's files. */
  match: RegExp;
  title: string;
  about: string;
  /** The columns as documented (a year column as "<预算年度> 年度"). */
  columns: ViewCsvColumn[];
}

const DEPARTMENT: ColumnDoc = { type: 'string', description: '部门简称；网页上链接到部门页。' };
const LEVEL: ColumnDoc = { type: 'string', description: `部门层级：${Object.values(LEVELS).join('、')}。` };
const PROVINCE: ColumnDoc = { type: 'string', description: '省份名称；不在 31 个省级行政区之列的为“其他地区”。' };
const wan = (description: string): ColumnDoc => ({ type: 'number', unit: '万元', description: `${description}，按原文精确换算为万元；原文未列时为空。` });
const median = (level: string): ColumnDoc => ({ type: 'number', unit: '%', description: `${level}部门按全年预算数计算的执行率的中位数，保留两位小数；没有可比数字时为空。` });
const levelMedians = Object.fromEntries(Object.entries(LEVELS).map(([key, name]) => [key, median(name)]));
const LEVEL_SLUGS = Object.entries(LEVELS).map(([slug, name]) => `${slug}（${name}）`).join('、');
const LEVEL_PAGE = (view: string) => new RegExp(`^data/national/${view}/\\d{4}/[a-z]+/(?:${Object.keys(LEVELS).join('|')})\\.csv$`);
/** Year columns of the index tables ("y2023"), documented once. */
const YEAR_KEY = /^y\d{4}$/;
const YEAR_COLUMN: TableColumn = { key: 'y<预算年度>', label: '<预算年度> 年度' };

const THREE_PUBLIC_PAGE: Record<string, ColumnDoc> = {
  department: DEPARTMENT, level: LEVEL,
  budget: wan('部门预算所列“三公”经费合计'), final: wan('部门决算所列“三公”经费合计'),
  ...Object.fromEntries(THREE_PUBLIC_PARTS.map(([key, label]) => [key, wan(`部门决算所列${label}`)])),
  change: { type: 'number', unit: '%', description: '（本年决算数 − 上年决算数）÷ 上年决算数 × 100，明账精确计算，保留两位小数；上年未列时为空。' },
};
const COVERAGE_PAGE: Record<string, ColumnDoc> = {
  department: DEPARTMENT, level: LEVEL,
  ...Object.fromEntries(YEARLY_KINDS.map((k) => [k, { type: 'integer', description: `该年度是否已公开${kindName(k)}：1 为已公开，0 为未公开。` }])),
  projects: { type: 'integer', unit: '份', description: '该年度公开的项目支出绩效自评报告份数。' },
  missing: { type: 'string', description: '未公开的年度文件类型，以“、”分隔；都已公开时为“无”。' },
};

/** The families, each with the model that makes its tables (called on an empty corpus for its columns) and its column docs. */
const FAMILIES: { family: Omit<ViewCsvFamily, 'columns'>; sample: () => TableColumn[]; docs: Record<string, ColumnDoc>; yearDoc?: ColumnDoc }[] = [
  {
    family: { name: 'national-three-public', pattern: 'data/national/three-public.csv', match: /^data\/national\/three-public\.csv$/, title: '“三公”经费：各省份各年度', about: '每个省份一行，各年度列出“三公”经费（预算或决算）的部门数。' },
    sample: () => [...threePublicIndex([], []).columns, YEAR_COLUMN],
    docs: { province: PROVINCE },
    yearDoc: { type: 'integer', unit: '个部门', description: '该年度部门预算或部门决算列出“三公”经费合计的部门数。' },
  },
  {
    family: { name: 'national-three-public-page', pattern: 'data/national/three-public/<预算年度>/<省份代码>.csv', match: /^data\/national\/three-public\/\d{4}\/[a-z]+\.csv$/, title: '“三公”经费：一个省份一个年度的各部门', about: '每个部门一行：部门预算和部门决算所列“三公”经费合计、决算的三项和较上年增减率。' },
    sample: () => threePublicPage([], { code: 'gd', name: '', bodies: [] }, 2000).table.columns,
    docs: THREE_PUBLIC_PAGE,
  },
  {
    family: { name: 'national-three-public-level', pattern: 'data/national/three-public/<预算年度>/<省份代码>/<层级>.csv', match: LEVEL_PAGE('three-public'), title: '“三公”经费：一个省份一个年度一个层级的各部门', about: `列与上一类相同，只含该层级的部门；<层级>为 ${LEVEL_SLUGS}。` },
    sample: () => threePublicPage([], { code: 'gd', name: '', bodies: [] }, 2000, 'city').table.columns,
    docs: THREE_PUBLIC_PAGE,
  },
  {
    family: { name: 'national-execution', pattern: 'data/national/execution.csv', match: /^data\/national\/execution\.csv$/, title: '预算执行率：各年度各层级（全国）', about: '每个年度一行，各层级执行率的中位数。' },
    sample: () => executionIndex([], []).columns,
    docs: { year: { type: 'string', description: '预算年度，如“2023 年度”。' }, ...levelMedians },
  },
  {
    family: { name: 'national-execution-year', pattern: 'data/national/execution/<预算年度>.csv', match: /^data\/national\/execution\/\d{4}\.csv$/, title: '预算执行率：一个年度的各省份各层级', about: '每个省份一行（最后一行为全国），各层级执行率的中位数和未计入的部门数。' },
    sample: () => executionYear([], [], 2000).columns,
    docs: {
      province: { ...PROVINCE, description: `${PROVINCE.description}最后一行“全国”为全部部门。` }, ...levelMedians,
      'other-basis': { type: 'integer', unit: '个部门', description: '执行率按年初预算数计算、口径不同而未计入中位数的部门数。' },
      absent: { type: 'integer', unit: '个部门', description: '该年度没有执行率（未公开部门决算或未列预算数、支出数）的部门数。' },
    },
  },
  {
    family: { name: 'national-execution-page', pattern: 'data/national/execution/<预算年度>/<省份代码>.csv', match: /^data\/national\/execution\/\d{4}\/[a-z]+\.csv$/, title: '预算执行率：一个省份一个年度的各部门', about: '每个有执行率的部门一行：执行率和它的口径。' },
    sample: () => executionProvince([], { code: 'gd', name: '', bodies: [] }, 2000).table.columns,
    docs: {
      department: DEPARTMENT, level: LEVEL,
      rate: { type: 'number', unit: '%', description: '决算支出合计 ÷ 预算数 × 100，明账精确计算，保留两位小数。' },
      basis: { type: 'string', description: '执行率的口径：按全年预算数或按年初预算数计算。' },
      peers: { type: 'string', description: '网页上链接到该部门的同级比较页（/departments/<部门标识>/peers/）；CSV 中为链接文字。' },
    },
  },
  {
    family: { name: 'national-coverage', pattern: 'data/national/coverage.csv', match: /^data\/national\/coverage\.csv$/, title: '公开情况：各省份各年度', about: '每个省份一行，各年度已公开的年度文件数。' },
    sample: () => [...coverageIndex([], []).columns, YEAR_COLUMN],
    docs: { province: PROVINCE },
    yearDoc: { type: 'integer', unit: '份', description: '该年度已公开的年度文件数；应公开数为收录部门数 × 4 类。' },
  },
  {
    family: { name: 'national-coverage-page', pattern: 'data/national/coverage/<预算年度>/<省份代码>.csv', match: /^data\/national\/coverage\/\d{4}\/[a-z]+\.csv$/, title: '公开情况：一个省份一个年度的各部门', about: '每个部门一行：四类年度文件是否已公开，项目支出绩效自评的份数，未公开的类型。' },
    sample: () => coveragePage([], { code: 'gd', name: '', bodies: [] }, 2000).table.columns,
    docs: COVERAGE_PAGE,
  },
  {
    family: { name: 'national-coverage-level', pattern: 'data/national/coverage/<预算年度>/<省份代码>/<层级>.csv', match: LEVEL_PAGE('coverage'), title: '公开情况：一个省份一个年度一个层级的各部门', about: `列与上一类相同，只含该层级的部门；<层级>为 ${LEVEL_SLUGS}。` },
    sample: () => coveragePage([], { code: 'gd', name: '', bodies: [] }, 2000, 'city').table.columns,
    docs: COVERAGE_PAGE,
  },
  {
    family: { name: 'peers', pattern: 'data/departments/<部门标识>/peers.csv', match: /^data\/departments\/[^/]+\/peers\.csv$/, title: '同级比较：一个部门各年度', about: '每个年度每项指标一行：本部门的数字、口径、在同级部门中的位次和比例、同级中位数和参与比较的部门数。' },
    sample: () => PEERS_CSV_COLUMNS,
    docs: {
      year: { type: 'integer', description: '预算年度。' },
      group: { type: 'string', description: '与哪些部门比较（同级、同省或全国）及其数目。' },
      metric: { type: 'string', description: '比较的指标，如预算执行率、基本支出占比、“三公”经费、人均支出、公开质量指数。' },
      value: { type: 'number', unit: '随指标：%、万元、万元/人或分', description: '本部门的数字；没有这个数字时为空，原因见“说明”。' },
      basis: { type: 'string', description: '数字的口径；只有口径相同的部门放在一起排位。' },
      rank: { type: 'integer', unit: '位', description: '在口径相同的同级部门中由高到低的位次，并列的位次相同；不排位时为空。' },
      percentile: { type: 'number', unit: '%', description: '数字高于它的同级部门占参与比较部门的比例。' },
      median: { type: 'number', unit: '随指标，与“本部门”相同', description: '参与比较的同级部门的中位数。' },
      compared: { type: 'integer', unit: '个部门', description: '参与比较的部门数（含本部门）。' },
      'left-out': { type: 'integer', unit: '个部门', description: '同级部门中因没有数字或口径不同而未参与比较的部门数；网页上列出它们和原因。' },
      note: { type: 'string', description: '没有数字或不排位的原因。' },
    },
  },
];

function columnDoc(entry: (typeof FAMILIES)[number], column: TableColumn): ViewCsvColumn {
  const doc = YEAR_KEY.test(column.key) || column.key === YEAR_COLUMN.key ? entry.yearDoc : entry.docs[column.key];
  if (!doc) throw new Error(`${entry.family.pattern}: 列“${column.label}”（${column.key}）没有说明；请在 src/lib/downloads/view-csvs.ts 中补上它的类型、单位和含义。`);
  return { name: column.label, title: column.label, ...doc };
}

/** Every national and peer CSV family, with its documented columns. */
export function viewCsvFamilies(): ViewCsvFamily[] {
  return FAMILIES.map((entry) => ({ ...entry.family, columns: entry.sample().map((c) => columnDoc(entry, c)) }));
}

/** The family a CSV path belongs to, if it is a national or peer CSV. */
const entryOf = (path: string) => FAMILIES.find((e) => e.family.match.test(path));
export const viewCsvFamilyOf = (path: string): ViewCsvFamily | undefined => viewCsvFamilies().find((f) => f.match.test(path));

/** Where a fixed-column family's Table Schema is published, relative to /data/ (as the datapackage names it). */
const tableSchemaPath = (family: string) => `schemas/${DATA_API_VERSION}/tables/${family}.json`;

const field = (entry: (typeof FAMILIES)[number], column: TableColumn) => {
  const { unit, description, ...rest } = columnDoc(entry, column);
  return { ...rest, description: unit ? `${description}单位：${unit}。` : description };
};

/**
 * The Table Schema of every family whose columns do not vary (all but the indexes, whose
 * columns are the corpus's years): published once and named by each resource, so the
 * datapackage does not repeat it for each of the ~2,000 files (3.1 MB instead of 7.1 MB at
 * 6,000 disclosures).
 */
export function viewTableSchemas(): { path: string; body: string }[] {
  return FAMILIES.filter((e) => !e.yearDoc).map((e) => ({ path: `data/${tableSchemaPath(e.family.name)}`, body: `${JSON.stringify({ fields: e.sample().map((c) => field(e, c)) }, null, 2)}\n` }));
}

/**
 * The datapackage resource of one national or peer table's CSV, each column with its
 * Chinese name, type and unit: its family's published Table Schema, or for an index its
 * own columns (the corpus's years).
 */
export function viewCsvResource(table: Omit<TableModel, 'rows'>) {
  const entry = entryOf(table.csvPath);
  if (!entry) throw new Error(`${table.csvPath}: 不属于任何已说明的 CSV 类别；请在 src/lib/downloads/view-csvs.ts 中说明它。`);
  const fields = table.columns.map((c) => field(entry, c));
  const path = table.csvPath.replace(/^data\//, '');
  return {
    name: path.replace(/\.csv$/, '').replaceAll('/', '-'),
    title: table.caption,
    path,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
    schema: entry.yearDoc ? { fields } : tableSchemaPath(entry.family.name),
  };
}
