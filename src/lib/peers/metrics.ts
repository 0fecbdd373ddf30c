/**
 * The figures a body is compared with its peers on, each with its unit and what it means.
 * A metric's value is only ranked among values of the same 口径 (basis): the basis says
 * which document and which denominator a value comes from.
 */
import type { DisclosureKind } from '../../schemas/disclosure.ts';
import { DISCLOSURE_KINDS } from '../../schemas/disclosure.ts';

/** The unit a metric's values are compared in. */
export type MetricUnit = '%' | '万元' | '万元/人' | '分';

export type MetricId =
  | 'execution-rate'
  | 'basic-share'
  | 'three-public'
  | 'three-public-change'
  | 'spending-per-post'
  | 'spending-per-staff'
  | `quality-${DisclosureKind}`;

export interface Metric {
  id: MetricId;
  label: string;
  unit: MetricUnit;
  /** How the value is obtained, in Chinese, for the page's notes. */
  definition: string;
  /** Glossary slug, where the glossary explains the term. */
  term?: string;
}

export const FIGURE_METRICS: readonly Metric[] = [
  { id: 'execution-rate', label: '预算执行率', unit: '%', term: 'execution-rate', definition: '部门决算的支出合计 ÷ 预算数 × 100%，明账按原文数字精确计算，保留两位小数；按全年预算数与按年初预算数计算的口径不同，不放在一起排位。' },
  { id: 'basic-share', label: '基本支出占比', unit: '%', term: 'basic-spending', definition: '基本支出 ÷（基本支出 + 项目支出）× 100%，保留一位小数；优先取部门决算，其次取部门预算，决算数与预算数口径不同，不放在一起排位。' },
  { id: 'three-public', label: '“三公”经费', unit: '万元', term: 'three-public', definition: '原文所列“三公”经费合计，元与万元精确换算为万元后比较；决算数与预算数口径不同，不放在一起排位。' },
  { id: 'three-public-change', label: '“三公”经费较上年增减率', unit: '%', definition: '（本年“三公”经费 − 上一年度同类文件所列“三公”经费）÷ 上一年度数 × 100%，保留两位小数；上一年度未公开或为 0 时不计算。' },
  { id: 'spending-per-post', label: '人均支出（按编制数）', unit: '万元/人', definition: '支出合计 ÷ 该年度公开文件所述编制数，保留两位小数；只在原文写明编制数时计算。' },
  { id: 'spending-per-staff', label: '人均支出（按实有人数）', unit: '万元/人', definition: '支出合计 ÷ 该年度公开文件所述实有人数，保留两位小数；只在原文写明实有人数时计算。' },
];

/** The quality index of one kind: each kind has its own rubric, so kinds are never ranked together. */
export function qualityMetric(kind: DisclosureKind): Metric {
  return { id: `quality-${kind}`, label: `公开质量指数（${DISCLOSURE_KINDS[kind]}）`, unit: '分', definition: `明账公开质量指数（满分 100），按${DISCLOSURE_KINDS[kind]}的评分细则；评分版本不同或评分不完整的不排位。` };
}
