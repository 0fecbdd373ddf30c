/** 部门整体支出绩效目标 (批复情况): the approved overall performance targets of a department. */
import { z } from 'astro/zod';
import { BreakdownSchema } from './fact.ts';
import { IncomeFiguresSchema, SpendingFiguresSchema } from './fiscal.ts';
import { IndicatorSchema } from './indicator.ts';
import { DisclosureBaseSchema } from './publication.ts';
import { AmountSchema, TextSchema } from './primitives.ts';

/** A key task (年度重点工作任务) or other task with its planned money. */
export const PlannedTaskSchema = z
  .strictObject({
    name: TextSchema.meta({ title: '任务名称' }),
    /** 拟投入的资金, in the unit the table states (Dongguan's table uses 元). */
    amount: AmountSchema.optional().meta({ title: '拟投入资金' }),
  })
  .meta({ title: '工作任务' });

export const PerformanceTargetsSchema = DisclosureBaseSchema.extend({
  kind: z.literal('performance-targets').meta({ title: '类型', description: '部门整体支出绩效目标' }),
  /** 部门预算支出: 基本支出 / 项目支出. */
  spending: SpendingFiguresSchema.optional(),
  /** 收入来源: 财政拨款 / 其他资金. */
  income: IncomeFiguresSchema.optional(),
  /** 事业发展性支出: 财政专项资金 / 其他事业发展性支出. */
  developmentSpending: z
    .strictObject({
      specialFunds: AmountSchema.optional().meta({ title: '财政专项资金' }),
      other: AmountSchema.optional().meta({ title: '其他事业发展性支出' }),
    })
    .optional()
    .meta({ title: '事业发展性支出' }),
  /** 按预算级次划分. */
  byLevel: z
    .strictObject({
      ownUse: AmountSchema.optional().meta({ title: '本级使用资金' }),
      transfers: AmountSchema.optional().meta({ title: '拟用于对下转移支付资金' }),
    })
    .optional()
    .meta({ title: '按预算级次划分' }),
  /** 总体绩效目标, one entry per numbered target. */
  overallTargets: z.array(TextSchema).optional().meta({ title: '总体绩效目标' }),
  keyTasks: z.array(PlannedTaskSchema).optional().meta({ title: '年度重点工作任务' }),
  otherTasks: z.array(PlannedTaskSchema).optional().meta({ title: '其他需完成的任务' }),
  indicators: z.array(IndicatorSchema).optional().meta({ title: '绩效指标' }),
  breakdowns: z.array(BreakdownSchema).optional().meta({ title: '合计与分项' }),
}).meta({ title: '部门整体支出绩效目标' });
export type PerformanceTargets = z.output<typeof PerformanceTargetsSchema>;
