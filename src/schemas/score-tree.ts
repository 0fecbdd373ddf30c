import { z } from 'astro/zod';
import { ScoreValueSchema, TextSchema } from './primitives.ts';

/**
 * One node of a performance score tree (一级 / 二级 / 三级指标). Trees are data, not
 * an enum: each jurisdiction and year publishes its own (Guangdong 2020 puts 支出率
 * under 履职效能, Guangzhou 2023 under 预算执行). A node states only what the source
 * states: a name always; full mark and score where printed.
 */
export interface ScoreNode {
  name: string;
  maxScore?: number;
  score?: number;
  rule?: string;
  note?: string;
  children?: ScoreNode[];
}

export const ScoreNodeSchema: z.ZodType<ScoreNode> = z
  .strictObject({
    /** 指标名称 as published. */
    name: TextSchema.meta({ title: '指标名称' }),
    /** 分值 (full mark) where the source states it. */
    maxScore: ScoreValueSchema.optional().meta({ title: '分值（满分）', description: '原文所列满分；原文未列则不填。' }),
    /** 得分 where the source states it. */
    score: ScoreValueSchema.optional().meta({ title: '得分', description: '原文所列得分；原文未列则不填。' }),
    /** 评分规则 text, where published. */
    rule: TextSchema.optional().meta({ title: '评分规则', description: '原文的评分标准文字。' }),
    note: TextSchema.optional().meta({ title: '说明' }),
    get children() {
      return z.array(ScoreNodeSchema).min(1).optional().meta({ title: '下级指标' });
    },
  })
  .meta({ title: '评分指标', description: '评分表中的一个指标（一级、二级或三级）。' });
