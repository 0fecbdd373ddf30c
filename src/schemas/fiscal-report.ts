/**
 * What 部门预算 and 部门决算 share: the standard tables' figures and the explanations the
 * 操作规程 requires (财预〔2016〕143号; 预算法实施条例 第六条).
 */
import { z } from 'astro/zod';
import { BreakdownSchema } from './fact.ts';
import {
  BalanceFiguresSchema,
  DisclosureTableSchema,
  FunctionLineSchema,
  IncomeFiguresSchema,
  ProcurementSchema,
  SpendingFiguresSchema,
  ThreePublicSchema,
  YearOverYearSchema,
} from './fiscal.ts';
import { IndicatorSchema } from './indicator.ts';
import { DisclosureBaseSchema } from './publication.ts';
import { AmountSchema } from './primitives.ts';

export const FiscalReportFieldsSchema = DisclosureBaseSchema.extend({
  income: IncomeFiguresSchema.optional(),
  spending: SpendingFiguresSchema.optional(),
  balances: BalanceFiguresSchema.optional(),
  /** 支出按功能分类（到项）. */
  byFunction: z.array(FunctionLineSchema).optional().meta({ title: '按功能分类支出' }),
  threePublic: ThreePublicSchema.optional(),
  /** 机关运行经费. */
  operatingCosts: AmountSchema.optional().meta({ title: '机关运行经费' }),
  procurement: ProcurementSchema.optional(),
  yearOverYear: z.array(YearOverYearSchema).optional().meta({ title: '同比变化' }),
  /** The standard tables as published, where transcribed row by row. */
  tables: z.array(DisclosureTableSchema).optional().meta({ title: '公开表' }),
  /** 项目绩效目标 published with the budget. */
  indicators: z.array(IndicatorSchema).optional().meta({ title: '绩效指标' }),
  breakdowns: z.array(BreakdownSchema).optional().meta({ title: '合计与分项' }),
});
