/** 部门整体支出绩效自评报告: a department's self-evaluation of its overall spending. */
import { z } from 'astro/zod';
import { BreakdownSchema } from './fact.ts';
import { BalanceFiguresSchema, BudgetFiguresSchema, IncomeFiguresSchema, SpendingFiguresSchema, YearOverYearSchema } from './fiscal.ts';
import { IndicatorSchema } from './indicator.ts';
import { DisclosureBaseSchema } from './publication.ts';
import { AmountSchema, PercentSchema, ScoreValueSchema, TextSchema } from './primitives.ts';
import { ScoreNodeSchema } from './score-tree.ts';

/** The self-evaluation result: 自评分, 加分项, 合计, grades, and the indicator tree. */
export const SelfScoreSchema = z
  .strictObject({
    /** 满分 of the scheme, where stated ("指标体系设计总分为：100分"). */
    maxScore: ScoreValueSchema.optional().meta({ title: '总分（满分）' }),
    /** 自评分 before bonus. */
    selfScore: ScoreValueSchema.optional().meta({ title: '自评分', description: '加分前的自评得分。' }),
    /** 加分项 points. */
    bonus: ScoreValueSchema.optional().meta({ title: '加分', description: '加分项合计分数。' }),
    /** Titles of the bonus items, where listed. */
    bonusItems: z.array(TextSchema).optional().meta({ title: '加分项目' }),
    /** 合计 = 自评分 + 加分, where stated. */
    total: ScoreValueSchema.optional().meta({ title: '合计得分', description: '原文所列合计或综合得分。' }),
    /** 自评等级 as published (优秀 / 良好 …). */
    grade: TextSchema.optional().meta({ title: '自评等级' }),
    /** 复评等级 as published (好 …). */
    reviewGrade: TextSchema.optional().meta({ title: '财政复评等级' }),
    /** The indicator tree (一级 → 二级 → 三级). */
    tree: z.array(ScoreNodeSchema).min(1).optional().meta({ title: '评分指标体系' }),
    /** Separately scored items that are not part of 自评分 (e.g. 专项自评分). */
    supplementary: z.array(ScoreNodeSchema).min(1).optional().meta({ title: '专项评分', description: '不计入自评分的专项评分，如 "部门支出经济成本评价分析"。' }),
  })
  .meta({ title: '自评得分' });

/** Coverage of project self-evaluations and monitoring the report states. */
export const CoverageSchema = z
  .strictObject({
    label: TextSchema.meta({ title: '事项', description: '如 "项目支出绩效自评"、"绩效运行跟踪监控"。' }),
    count: z.int().min(0).optional().meta({ title: '项目数' }),
    amount: AmountSchema.optional().meta({ title: '涉及资金' }),
    coverage: PercentSchema.optional().meta({ title: '覆盖率' }),
    share: PercentSchema.optional().meta({ title: '占比', description: '涉及资金占相应支出总额的比例。' }),
  })
  .meta({ title: '覆盖情况' });

export const SelfEvaluationSchema = DisclosureBaseSchema.extend({
  kind: z.literal('self-evaluation').meta({ title: '类型', description: '部门整体支出绩效自评报告' }),
  budget: BudgetFiguresSchema.optional(),
  spending: SpendingFiguresSchema.optional(),
  income: IncomeFiguresSchema.optional(),
  balances: BalanceFiguresSchema.optional(),
  /** 预算执行率 / 支出进度 as stated. */
  executionRate: PercentSchema.optional().meta({ title: '预算执行率', description: '原文所列执行率或支出进度，如 "98.7%"。' }),
  yearOverYear: z.array(YearOverYearSchema).optional().meta({ title: '同比变化' }),
  score: SelfScoreSchema.optional(),
  /** Targets reviewed in the report with their outcome (履职效能分析). */
  targets: z.array(IndicatorSchema).optional().meta({ title: '绩效目标完成情况' }),
  coverage: z.array(CoverageSchema).optional().meta({ title: '覆盖情况' }),
  breakdowns: z.array(BreakdownSchema).optional().meta({ title: '合计与分项' }),
  problems: z.array(TextSchema).optional().meta({ title: '存在问题' }),
  measures: z.array(TextSchema).optional().meta({ title: '改进措施' }),
}).meta({ title: '部门整体支出绩效自评报告' });
export type SelfEvaluation = z.output<typeof SelfEvaluationSchema>;
