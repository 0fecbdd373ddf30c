import { z } from 'astro/zod';
import { AmountSchema, DecimalSchema, TextSchema } from './primitives.ts';

/**
 * Any other figure the source states (counts of meetings, people, items, areas …).
 * Every figure printed in a disclosure is either in a structured field or here, so
 * nothing the source states is lost.
 */
export const FactSchema = z
  .strictObject({
    /** 指标或事项：what is counted, in the source's words. */
    label: TextSchema.meta({ title: '事项', description: '统计的事项，用原文措辞，如 "审议法规案"。' }),
    /** 数值 as published, without thousands separators. */
    value: DecimalSchema,
    /** 单位 as published: 件, 人次, 万元, %, 元/平方米 … */
    unit: z.string().meta({ title: '单位', description: '原文单位，如 "件"、"人次"、"万元"、"%"；原文无单位时写 ""。' }),
    /** 约 / 近 / 多 / 余 / 超过 …: a qualifier the source attaches to the number. */
    qualifier: TextSchema.optional().meta({ title: '限定词', description: '原文对数字的限定，如 "约"、"近"、"多"、"余"、"超过"。' }),
    /** Where in the document the figure appears (section heading). */
    section: TextSchema.optional().meta({ title: '出处', description: '数字所在的章节，如 "二、(二) 履职效能分析"。' }),
  })
  .meta({ title: '其他数据', description: '原文中出现、没有专门字段的数字。' });
export type Fact = z.output<typeof FactSchema>;

/** A stated total with its listed parts ("涉及资金 2,715.43 万元，其中：…"). */
export const BreakdownSchema = z
  .strictObject({
    label: TextSchema.meta({ title: '名称', description: '合计项的名称，如 "绩效运行跟踪监控涉及资金"。' }),
    total: AmountSchema.optional().meta({ title: '合计', description: '原文所列合计，金额带单位。' }),
    items: z
      .array(
        z.strictObject({
          label: TextSchema.meta({ title: '分项名称' }),
          amount: AmountSchema.meta({ title: '分项金额', description: '金额带单位，如 "944.43 万元"。' }),
        }),
      )
      .min(1)
      .meta({ title: '分项' }),
  })
  .meta({ title: '合计与分项' });
export type Breakdown = z.output<typeof BreakdownSchema>;
