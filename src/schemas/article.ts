/** A work article (工作文章): content/articles/<slug>.mdx frontmatter. */
import { z } from 'astro/zod';
import { TextSchema } from './primitives.ts';

export const ArticleSchema = z
  .strictObject({
    title: TextSchema.meta({ title: '标题' }),
    authors: z.array(TextSchema).min(1).meta({ title: '作者' }),
    /** 省份 or place the byline gives, e.g. 陕西. */
    region: TextSchema.meta({ title: '地区', description: '署名所注地区，如 "陕西"。' }),
    /** The body the authors write for, where stated. */
    body: TextSchema.optional().meta({ title: '所属机关', description: '如 "山东省莒南县人大常委会"。' }),
    authorTitle: TextSchema.optional().meta({ title: '作者职务', description: '原文所注作者职务。' }),
    year: z.int().min(1990).max(2100).optional().meta({ title: '年份' }),
    source: TextSchema.optional().meta({ title: '来源' }),
  })
  .meta({ title: '工作文章' });
export type Article = z.output<typeof ArticleSchema>;
