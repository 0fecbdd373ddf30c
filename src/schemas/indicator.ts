import { z } from 'astro/zod';
import { ScoreValueSchema, TextSchema } from './primitives.ts';

/** 指标性质: how a target compares with the actual value. */
export const INDICATOR_NATURES = ['=', '≥', '≤', '>', '<', '定性'] as const;

/**
 * One row of an indicator table (绩效目标表 / 项目支出绩效自评表). Targets stay text
 * exactly as published ("≥90%", "3次", "是", "长期"); src/lib parses them into
 * operator, value and unit when it needs to compare.
 */
export const IndicatorSchema = z
  .strictObject({
    /** 一级指标: 产出指标, 效益指标, 满意度指标 … */
    level1: TextSchema.meta({ title: '一级指标' }),
    /** 二级指标: 数量指标, 质量指标 … Absent where the table merges it away. */
    level2: TextSchema.optional().meta({ title: '二级指标' }),
    /** 三级指标. Absent for a category row the source lists without an indicator. */
    level3: TextSchema.optional().meta({ title: '三级指标' }),
    /** 指标性质 where the table has that column. */
    nature: z.enum(INDICATOR_NATURES).optional().meta({ title: '指标性质', description: '=、≥、≤、>、< 或 定性。' }),
    /** 实施周期指标值 as published. */
    periodTarget: TextSchema.optional().meta({ title: '实施周期指标值', description: '按原文填写，如 "≥90%"、"3次"。' }),
    /** 年度指标值 as published. */
    annualTarget: TextSchema.optional().meta({ title: '年度指标值', description: '按原文填写，如 "≥90%"、"3次"、"是"。' }),
    /** 度量单位 where the table has that column. */
    unit: TextSchema.optional().meta({ title: '度量单位' }),
    /** 实际完成值 as published. */
    actual: TextSchema.optional().meta({ title: '实际完成值' }),
    /** 分值 / 权重. */
    maxScore: ScoreValueSchema.optional().meta({ title: '分值' }),
    /** 得分. */
    score: ScoreValueSchema.optional().meta({ title: '得分' }),
    /** 偏差原因分析及改进措施. */
    deviation: TextSchema.optional().meta({ title: '偏差原因分析及改进措施' }),
    /** Any remark printed with the row ("达到年初绩效目标"). */
    note: TextSchema.optional().meta({ title: '备注' }),
  })
  .meta({ title: '绩效指标', description: '绩效指标表中的一行。' });
export type Indicator = z.output<typeof IndicatorSchema>;
