/**
 * Value types shared by every content schema. Figures are kept exactly as published:
 * money and percentages are strings so their published precision survives ("98.70%"
 * stays "98.70%"), and every amount carries its unit (元 or 万元).
 * No astro:* imports here: the CLI uses these schemas too.
 */
import { z } from 'astro/zod';

/** A plain decimal number as text, without thousands separators: "13203.62". */
export const DECIMAL_PATTERN = /^-?(0|[1-9]\d*)(\.\d+)?$/;
/** An amount as published: "18485.9 万元" or "320000.00 元". */
export const AMOUNT_PATTERN = /^(-?(?:0|[1-9]\d*)(?:\.\d+)?) ?(元|万元)$/;
/** A stated percentage: "98.7%", "121.29%". */
export const PERCENT_PATTERN = /^(-?(?:0|[1-9]\d*)(?:\.\d+)?)%$/;
/** A date at the precision the source gives: "2021", "2021-09" or "2021-09-30". */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** A URL-safe ASCII slug for departments and articles. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Money units as published. 万元 = 10,000 元. */
export const MONEY_UNITS = ['元', '万元'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

/** An amount of money with its published unit, e.g. "5082.95 万元". */
export const AmountSchema = z
  .string()
  .regex(AMOUNT_PATTERN)
  .meta({ format: 'amount', title: '金额', description: '金额，按原文数字与单位填写，如 "5082.95 万元" 或 "320000.00 元"；不要千分位逗号。', examples: ['5082.95 万元', '320000.00 元'] });
export type Amount = z.output<typeof AmountSchema>;

/** A percentage with its published precision, e.g. "98.7%". */
export const PercentSchema = z
  .string()
  .regex(PERCENT_PATTERN)
  .meta({ format: 'percent', title: '百分比', description: '百分比，保留原文的小数位，如 "98.7%"、"121.29%"。', examples: ['98.7%'] });
export type Percent = z.output<typeof PercentSchema>;

/** A decimal figure as text (for counts with decimals, areas, rates per person …). */
export const DecimalSchema = z
  .string()
  .regex(DECIMAL_PATTERN)
  .meta({ format: 'decimal', title: '数值', description: '数字，按原文写成字符串，不要千分位逗号，如 "7200"、"4.53"。' });

/** A score or mark as a JSON number, e.g. 94.34. */
export const ScoreValueSchema = z
  .number()
  .meta({ format: 'score', title: '分值', description: '分数，写成数字，如 94.34。' });

/** A date at the precision the source states. */
export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN)
  .meta({ format: 'partial-date', title: '日期', description: '日期，按原文精度：年 "2021"、年月 "2021-09" 或年月日 "2021-09-30"。' });

/** An ASCII slug naming a department or article file. */
export const SlugSchema = z
  .string()
  .regex(SLUG_PATTERN)
  .meta({ format: 'slug', title: '标识', description: '小写英文、数字和连字符组成的标识，如 "guangzhou-rd"。' });

/** A fiscal year (预算年度). */
export const FiscalYearSchema = z
  .int()
  .min(1990)
  .max(2100)
  .meta({ title: '预算年度', description: '公开内容所属的财政年度（不是发布年度），如 2023。' });

/**
 * A web address a page links to: http or https only. z.url() alone accepts any scheme,
 * and a "javascript:" or "data:" address in a link runs code in the reader's browser.
 */
export const WebUrlSchema = z.url({ protocol: /^https?$/ });

/** Free text as published; never empty. */
export const TextSchema = z.string().trim().min(1).meta({ title: '文字' });
