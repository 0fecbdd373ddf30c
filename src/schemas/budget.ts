/** 部门预算: a department's approved budget. */
import { z } from 'astro/zod';
import { FiscalReportFieldsSchema } from './fiscal-report.ts';

export const BudgetSchema = FiscalReportFieldsSchema.extend({
  kind: z.literal('budget').meta({ title: '类型', description: '部门预算' }),
}).meta({ title: '部门预算' });
export type Budget = z.output<typeof BudgetSchema>;
