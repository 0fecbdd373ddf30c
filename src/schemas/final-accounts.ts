/** 部门决算: a department's final accounts for the year. */
import { z } from 'astro/zod';
import { BudgetFiguresSchema } from './fiscal.ts';
import { FiscalReportFieldsSchema } from './fiscal-report.ts';
import { PercentSchema } from './primitives.ts';

export const FinalAccountsSchema = FiscalReportFieldsSchema.extend({
  kind: z.literal('final-accounts').meta({ title: '类型', description: '部门决算' }),
  /** The budget the accounts are compared against (年初预算 / 调整预算). */
  budget: BudgetFiguresSchema.optional(),
  /** 决算数占预算数的比例, as stated. */
  executionRate: PercentSchema.optional().meta({ title: '预算执行率' }),
}).meta({ title: '部门决算' });
export type FinalAccounts = z.output<typeof FinalAccountsSchema>;
