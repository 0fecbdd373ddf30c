/**
 * Fields every disclosure JSON shares: what it is, whose it is, which fiscal year, and
 * the publication facts as printed. Kind schemas extend this (see disclosure.ts).
 */
import { z } from 'astro/zod';
import { FactSchema } from './fact.ts';
import { FiscalYearSchema, PartialDateSchema, SlugSchema, TextSchema, WebUrlSchema } from './primitives.ts';

/** A figure the original document gets wrong, acknowledged so it is published as a finding. */
export const AcknowledgedFindingSchema = z
  .strictObject({
    rule: TextSchema.meta({ title: '规则编号', description: '被确认的核对规则编号，如 "sum.spending"。' }),
    reason: TextSchema.meta({ title: '原因', description: '为什么确认是原文本身不一致，而不是录入错误。' }),
    field: TextSchema.optional().meta({ title: '字段', description: '涉及的字段路径，如 "spending.total"。' }),
  })
  .meta({ title: '已确认的原文不一致', description: '原文自身数字不一致时在此登记，门户会作为"数据一致性提示"公开。' });

/** One correction to a published disclosure: nothing is replaced silently. */
export const CorrectionSchema = z
  .strictObject({
    date: PartialDateSchema.meta({ title: '更正日期' }),
    field: TextSchema.meta({ title: '字段', description: '被更正的字段路径，如 "spending.total"。' }),
    old: z.union([z.string(), z.number()]).meta({ title: '原值' }),
    new: z.union([z.string(), z.number()]).meta({ title: '新值' }),
    reason: TextSchema.meta({ title: '更正原因' }),
    approvedBy: TextSchema.meta({ title: '审核人' }),
  })
  .meta({ title: '更正记录' });

/** Where the published document can be found. */
export const SourceSchema = z
  .strictObject({
    url: WebUrlSchema.optional().meta({ title: '原文网址' }),
    publisher: TextSchema.optional().meta({ title: '发布网站', description: '如 "广州市人大常委会门户网站"。' }),
    format: z.enum(['pdf', 'html', 'docx', 'xls', 'txt', 'other']).optional().meta({ title: '原文格式' }),
    note: TextSchema.optional().meta({ title: '说明', description: '如原文是附件几、从何处取得。' }),
  })
  .meta({ title: '来源' });

export const DisclosureBaseSchema = z.strictObject({
  /** JSON Schema reference for editors. */
  $schema: z.string().optional().meta({ title: 'JSON Schema', description: '编辑器用的结构说明文件路径，由 npm run new 自动填写。' }),
  /** 部门标识: the file name (without .json) under content/departments/. */
  department: SlugSchema.meta({ title: '部门', description: '部门标识，须与 content/departments/ 下的文件名一致，也须与所在文件夹一致。' }),
  /** 预算年度: the fiscal year the disclosure is about, which is also its folder. */
  fiscalYear: FiscalYearSchema,
  /** 标题 exactly as published. */
  title: TextSchema.meta({ title: '标题', description: '原文标题，一字不改。' }),
  /** 部门名称 as printed on the document, where it differs from the department's name. */
  publisherName: TextSchema.optional().meta({ title: '原文所署部门名称', description: '如 "广东省人大常委会办公厅（公章）"。' }),
  /** 发布日期 where known. */
  publishedDate: PartialDateSchema.optional().meta({ title: '发布日期' }),
  /** 填报日期 where stated. */
  filledDate: PartialDateSchema.optional().meta({ title: '填报日期' }),
  /** 填报人 where stated. */
  filledBy: TextSchema.optional().meta({ title: '填报人' }),
  /** 联系电话 where stated. */
  contactPhone: TextSchema.optional().meta({ title: '联系电话' }),
  /** Documents the disclosure cites, as free text (numbers are not validated). */
  citedDocuments: z.array(TextSchema).optional().meta({ title: '引用文件', description: '原文引用的文件名称和文号，原样照录，如 "《地方预决算公开操作规程》（财办库〔2016〕413号）"。' }),
  source: SourceSchema.optional(),
  /** Every other figure the document states. */
  facts: z.array(FactSchema).optional().meta({ title: '其他数据' }),
  acknowledged: z.array(AcknowledgedFindingSchema).optional().meta({ title: '已确认的原文不一致' }),
  corrections: z.array(CorrectionSchema).optional().meta({ title: '更正记录' }),
});
