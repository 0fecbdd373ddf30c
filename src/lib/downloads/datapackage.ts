/**
 * datapackage.json for the whole dataset, in the Frictionless Data Package format with the
 * Fiscal Data Package (FDP 0.3) vocabulary: each money measure names its currency (CNY),
 * factor (10000: values are in 万元), direction (expenditure / revenue) and phase
 * (approved / adjusted / executed); fiscalPeriod spans the years present. It lists every
 * file of the data API (/data-api/): the dataset CSVs, every peer and national-view CSV,
 * mingzhang.json and each disclosure's JSON.
 */
import type { DisclosureSummary } from '../figures/corpus.ts';
import { DEPARTMENTS_HEADER, FIGURES_HEADER, INDICATORS_HEADER, KEY_FIGURES_HEADER } from './dataset.ts';
import type { TableModel } from '../figures/table-model.ts';
import { DATASET_SCHEMA_FILE, DATA_API_VERSION } from './published-schemas.ts';
import { viewCsvResource } from './view-csvs.ts';

/** Titles and types of every column the CSVs use. */
const FIELDS: Record<string, { title: string; type?: 'string' | 'integer' | 'number'; description?: string }> = {
  disclosure_id: { title: '公开文件标识', description: '<预算年度>/<部门>/<类型>，与网址一致。' },
  fiscal_year: { title: '预算年度', type: 'integer' },
  department: { title: '部门标识' },
  department_name: { title: '部门简称' },
  kind: { title: '公开类型', description: 'budget, final-accounts, performance-targets, self-evaluation, project-evaluation' },
  kind_name: { title: '公开类型名称' },
  scope: { title: '范围', description: 'department（部门整体）或 project（单个项目）。' },
  title: { title: '原文标题' },
  field: { title: '字段', description: '公开文件 JSON 中的字段路径。' },
  label: { title: '项目' },
  value_published: { title: '原文数值', description: '按原文照录，含单位。' },
  number: { title: '数值', description: '原文数值的数字部分，不带千分位。' },
  unit: { title: '单位' },
  amount_wanyuan: { title: '金额（万元）', type: 'number', description: '金额精确换算为万元（1 万元 = 10,000 元）。' },
  phase: { title: '预算阶段', description: 'approved（预算）、adjusted（调整后预算）或 executed（执行数）。' },
  direction: { title: '收支方向', description: 'expenditure（支出）或 revenue（收入）。' },
  budget_published: { title: '预算数（原文）' },
  budget_wanyuan: { title: '预算数（万元）', type: 'number' },
  budget_phase: { title: '预算数的阶段' },
  spending_published: { title: '支出数（原文）' },
  spending_wanyuan: { title: '支出数（万元）', type: 'number' },
  execution_rate_published: { title: '执行率（原文）' },
  execution_rate_computed: { title: '执行率（明账计算）', description: '支出数 ÷ 预算数，精确计算后四舍五入保留 2 位小数。' },
  basic_published: { title: '基本支出（原文）' },
  basic_wanyuan: { title: '基本支出（万元）', type: 'number' },
  project_published: { title: '项目支出（原文）' },
  project_wanyuan: { title: '项目支出（万元）', type: 'number' },
  basic_project_phase: { title: '基本/项目支出的阶段' },
  score_published: { title: '自评得分（原文，不含加分）' },
  bonus_published: { title: '加分（原文）' },
  grade_published: { title: '评价等级（原文）' },
  list: { title: '所在表', description: 'indicators（绩效指标）或 targets（绩效目标完成情况）。' },
  row: { title: '行号', type: 'integer' },
  level1: { title: '一级指标' },
  level2: { title: '二级指标' },
  level3: { title: '三级指标' },
  nature: { title: '指标性质' },
  period_target: { title: '实施周期指标值' },
  annual_target: { title: '年度指标值' },
  actual: { title: '实际完成值' },
  max_score: { title: '分值', type: 'number' },
  score: { title: '得分', type: 'number' },
  deviation: { title: '偏差原因分析及改进措施' },
  note: { title: '备注' },
  name: { title: '全称' },
  short_name: { title: '简称' },
  level: { title: '层级', description: 'province, city, district-county' },
  level_name: { title: '层级名称' },
  province: { title: '省份' },
  city: { title: '市' },
  county: { title: '区县' },
  parent: { title: '上级机关' },
  parent_department: { title: '上一级部门标识' },
};

const schema = (header: string[]) => ({
  fields: header.map((name) => {
    const field = FIELDS[name];
    if (!field) throw new Error(`datapackage: no description for column "${name}"`);
    return { name, type: field.type ?? 'string', title: field.title, ...(field.description ? { description: field.description } : {}) };
  }),
});

const csvResource = (name: string, title: string, header: string[], primaryKey?: string[]) => ({
  name,
  title,
  path: `${name}.csv`,
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
  schema: { ...schema(header), ...(primaryKey ? { primaryKey } : {}) },
});

/**
 * A JSON file, with the JSON Schema it follows (data/schemas/<version>/): `jsonSchema` is
 * not a Data Package 1.0 property, so tools that do not know it ignore it.
 */
const jsonResource = (name: string, title: string, path: string, schema: string) => ({
  name,
  title,
  path,
  format: 'json',
  mediatype: 'application/json',
  encoding: 'utf-8',
  jsonSchema: `schemas/${DATA_API_VERSION}/${schema}`,
});

const measure = (source: string, direction: 'expenditure' | 'revenue', phase: 'approved' | 'adjusted' | 'executed', title: string) => ({
  source,
  title,
  currency: 'CNY',
  factor: 10000,
  direction,
  phase,
});

/**
 * The datapackage.json descriptor for the dataset built from `summaries`; `viewTables` are
 * the peer pages' and national views' tables (files.ts viewTables), each CSV a resource.
 */
export function dataPackage(summaries: DisclosureSummary[], site: string, viewTables: readonly Omit<TableModel, 'rows'>[] = []): Record<string, unknown> {
  // A fold, not Math.min(...years): 150,000 arguments overflow the call stack.
  const years = summaries.reduce<{ first: number; last: number } | undefined>((span, s) => (span ? { first: Math.min(span.first, s.data.fiscalYear), last: Math.max(span.last, s.data.fiscalYear) } : { first: s.data.fiscalYear, last: s.data.fiscalYear }), undefined);
  const fiscalPeriod = years ? { start: `${years.first}-01-01`, end: `${years.last}-12-31` } : undefined;
  return {
    profile: 'fiscal-data-package',
    name: 'mingzhang',
    title: '明账：人大常委会机关预决算与绩效公开数据',
    description: '各级人大常委会办公厅（室）公开的部门预算、决算、绩效目标与绩效自评中的数字，按原文照录并附精确换算的万元数值。原文网址与说明见各公开文件的 JSON。',
    homepage: site,
    countryCode: 'CN',
    granularity: 'aggregated',
    ...(fiscalPeriod ? { fiscalPeriod } : {}),
    resources: [
      csvResource('key-figures', '每份公开文件的主要数字', KEY_FIGURES_HEADER, ['disclosure_id']),
      csvResource('figures', '全部数字（每行一个数字）', FIGURES_HEADER),
      csvResource('indicators', '绩效指标', INDICATORS_HEADER),
      csvResource('departments', '部门', DEPARTMENTS_HEADER, ['department']),
      // The peer pages' and national views' CSVs, each with its own columns.
      ...viewTables.map(viewCsvResource),
      jsonResource('mingzhang', '全部内容（JSON）', 'mingzhang.json', DATASET_SCHEMA_FILE),
      // Each disclosure's own JSON, as its page's download offers it.
      ...summaries.map((d) => jsonResource(`disclosure-${d.id.replaceAll('/', '-')}`, d.data.title, `${d.id}.json`, `${d.data.kind}.schema.json`)),
    ],
    model: {
      measures: {
        budget: measure('budget_wanyuan', 'expenditure', 'approved', '预算数（阶段见 budget_phase）'),
        spending: measure('spending_wanyuan', 'expenditure', 'executed', '支出数'),
        basic: measure('basic_wanyuan', 'expenditure', 'executed', '基本支出（阶段见 basic_project_phase）'),
        project: measure('project_wanyuan', 'expenditure', 'executed', '项目支出（阶段见 basic_project_phase）'),
      },
      dimensions: {
        'fiscal-year': { dimensionType: 'datetime', primaryKey: ['fiscal_year'], attributes: { fiscal_year: { source: 'fiscal_year' } } },
        department: { dimensionType: 'entity', primaryKey: ['department'], attributes: { department: { source: 'department' }, department_name: { source: 'department_name' } } },
        kind: { dimensionType: 'classification', primaryKey: ['kind'], attributes: { kind: { source: 'kind' }, kind_name: { source: 'kind_name' } } },
        disclosure: { dimensionType: 'other', primaryKey: ['disclosure_id'], attributes: { disclosure_id: { source: 'disclosure_id' }, title: { source: 'title' } } },
      },
      resource: 'key-figures',
    },
  };
}
