/**
 * 项目支出绩效自评表 (财预〔2020〕10号 layout): one project's self-evaluation form.
 * Weights are usually 预算执行率 10 + 产出 50 + 效益 30 + 满意度 10, but the form is data.
 */
import { z } from 'astro/zod';
import { IndicatorSchema } from './indicator.ts';
import { DisclosureBaseSchema } from './publication.ts';
import { AmountSchema, PercentSchema, ScoreValueSchema, TextSchema } from './primitives.ts';

/** One row of 项目资金: 年度资金总额 / 其中：本年财政拨款 / 上年结转资金 / 其他资金. */
export const ProjectFundsRowSchema = z
  .strictObject({
    label: TextSchema.meta({ title: '资金项目', description: '如 "年度资金总额"、"本年财政拨款"。' }),
    initialBudget: AmountSchema.optional().meta({ title: '年初预算数' }),
    adjustedBudget: AmountSchema.optional().meta({ title: '全年预算数（调整后）' }),
    executed: AmountSchema.optional().meta({ title: '全年执行数' }),
    maxScore: ScoreValueSchema.optional().meta({ title: '分值' }),
    executionRate: PercentSchema.optional().meta({ title: '执行率' }),
    score: ScoreValueSchema.optional().meta({ title: '得分' }),
  })
  .meta({ title: '项目资金' });

export const ProjectEvaluationSchema = DisclosureBaseSchema.extend({
  kind: z.literal('project-evaluation').meta({ title: '类型', description: '项目支出绩效自评' }),
  projectName: TextSchema.meta({ title: '项目名称' }),
  competentDepartment: TextSchema.optional().meta({ title: '主管部门' }),
  implementingUnit: TextSchema.optional().meta({ title: '实施单位' }),
  /** 项目资金 table; the first row is normally 年度资金总额. */
  funds: z.array(ProjectFundsRowSchema).min(1).optional().meta({ title: '项目资金' }),
  overallTarget: z
    .strictObject({
      expected: TextSchema.optional().meta({ title: '预期目标' }),
      actual: TextSchema.optional().meta({ title: '实际完成情况' }),
    })
    .optional()
    .meta({ title: '年度总体目标' }),
  indicators: z.array(IndicatorSchema).optional().meta({ title: '绩效指标' }),
  maxScore: ScoreValueSchema.optional().meta({ title: '总分（满分）' }),
  totalScore: ScoreValueSchema.optional().meta({ title: '总得分' }),
  grade: TextSchema.optional().meta({ title: '评价结论', description: '如 "优"、"良"。' }),
  problems: z.array(TextSchema).optional().meta({ title: '存在问题' }),
  measures: z.array(TextSchema).optional().meta({ title: '改进措施' }),
  projectLead: TextSchema.optional().meta({ title: '项目负责人' }),
  financeLead: TextSchema.optional().meta({ title: '财务负责人' }),
}).meta({ title: '项目支出绩效自评表' });
export type ProjectEvaluation = z.output<typeof ProjectEvaluationSchema>;
