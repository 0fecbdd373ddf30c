/**
 * Where a disclosure comes from: the original as published (where, by whom, when, when we
 * took it), the archived copy kept beside the disclosure with its SHA-256, and where in
 * that original each figure stands. src/lib/provenance checks all of it.
 */
import { z } from 'astro/zod';
import { PartialDateSchema, TextSchema, WebUrlSchema } from './primitives.ts';

/** Formats an archived original can have. */
export const ORIGINAL_FORMATS = ['pdf', 'docx', 'doc', 'html', 'txt', 'xls', 'xlsx'] as const;
export type OriginalFormat = (typeof ORIGINAL_FORMATS)[number];

/** The archived original's file name: "<kind>.original.<ext>", beside the disclosure's JSON. */
export const ORIGINAL_FILE_PATTERN = /^([a-z-]+)\.original\.(pdf|docx|doc|html|txt|xls|xlsx)$/;

export const OriginalFileSchema = z
  .strictObject({
    file: z
      .string()
      .regex(ORIGINAL_FILE_PATTERN)
      .meta({ title: '原件文件名', description: '与本 JSON 同一文件夹中的原件，文件名为 "<类型>.original.<扩展名>"，如 "budget.original.pdf"。' }),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({ title: 'SHA-256', description: '原件文件的 SHA-256 校验值（64 位小写十六进制）；npm run check 会核对，不一致时给出正确值。' }),
    /** What the file is, where it is not the original file itself ("PDF 的文字层提取"). */
    description: TextSchema.optional().meta({ title: '原件说明', description: '原件是什么，如 "PDF 原件"、"从 PDF 提取的文字，原 PDF 未存档"。' }),
  })
  .meta({ title: '存档原件' });

/** Where the published document can be found, and the copy 明账 keeps. */
export const SourceSchema = z
  .strictObject({
    url: WebUrlSchema.optional().meta({ title: '原文网址', description: '原文发布的官方网址，照原样填写。' }),
    /** Why there is no URL, where there is none. */
    urlNote: TextSchema.optional().meta({ title: '网址说明', description: '没有原文网址时说明原因，如 "原文为文字提取件，原文网址未知"。' }),
    publisher: TextSchema.optional().meta({ title: '发布机关', description: '发布原文的机关或网站，如 "广州市人大常委会门户网站"。' }),
    publishedDate: PartialDateSchema.optional().meta({ title: '原文发布日期', description: '原文网页或文件注明的发布日期；未注明不填。' }),
    retrievedDate: PartialDateSchema.optional().meta({ title: '取得日期', description: '明账取得（下载）原文的日期。' }),
    format: z.enum(['pdf', 'html', 'docx', 'xls', 'txt', 'other']).optional().meta({ title: '原文格式' }),
    original: OriginalFileSchema.optional(),
    note: TextSchema.optional().meta({ title: '说明', description: '如原文是附件几、从何处取得。不要写内部工作文件名或编号。' }),
  })
  .meta({ title: '来源' });
export type Source = z.output<typeof SourceSchema>;

/** Where one figure stands in the original: its page (if it has pages) and the words around it. */
export const SourceLocationSchema = z
  .strictObject({
    page: z.int().min(1).optional().meta({ title: '页码', description: '原件有页码时填写（PDF 的第几页）。' }),
    quote: TextSchema.meta({ title: '原文引文', description: '原件中含这个数字的句子或表格单元格，一字不改地复制；空白和换行不计。' }),
  })
  .meta({ title: '原文位置' });
export type SourceLocation = z.output<typeof SourceLocationSchema>;

/** Locations keyed by the figure's field path ("spending.total", "score.tree.0.score"). */
export const LocationsSchema = z
  .record(z.string().regex(/^[A-Za-z]+(\.[^.\s]+)*$/), SourceLocationSchema)
  .meta({ title: '数字的原文位置', description: '按字段路径登记每个数字在原件中的位置，如 {"spending.total": {"quote": "2020年总支出26,138.69万元"}}；公开表的数字写成 "tables.0.rows.3.values.合计"。npm run import 和 npm run locate 会自动填写。' });
