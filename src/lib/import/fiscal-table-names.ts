/**
 * The standard tables of 部门预算 and 部门决算 (财预〔2016〕143号 and the 公开01–09表 of
 * the 决算 template), as the finance bureaus' templates title them, and the words of
 * their header cells. Titles vary by place and year ("部门收支总表", "收入支出决算总表",
 * "部门财务收支预算总表"); their kinds are patterns in standards/fiscal-table-kinds.ts.
 */

import { type FiscalTableKind, fiscalTableKind } from '../standards/fiscal-table-kinds.ts';

export type { FiscalTableKind };

/** A table's number as printed before or in its title: "公开01表", "附表3", "表一". */
const TABLE_CODE = /^(公开\s*\d+\s*表|附表\s*\d+|表\s*[一二三四五六七八九十\d]+)[：:\s]*/;

export interface TableTitle {
  kind: FiscalTableKind;
  /** The title as printed, without its number. */
  name: string;
  code?: string;
}

/** The standard table a title line names, or undefined for any other line. */
export function tableTitle(text: string): TableTitle | undefined {
  const line = text.replace(/\s+/g, ' ').trim();
  const code = line.match(TABLE_CODE)?.[1]?.replace(/\s+/g, '');
  const name = line.replace(TABLE_CODE, '').replace(/\s+/g, '').replace(/[（(]续[表)）]*$/, '');
  // A title is short and ends with 表; a sentence that mentions a table does not.
  if (name.length > 60 || !/表$/.test(name) || /[。，,；;：:]/.test(name) || /^(详)?见/.test(name)) return undefined;
  const kind = fiscalTableKind(name);
  return kind ? { kind, name, ...(code ? { code } : {}) } : undefined;
}

/** A line that states who compiled the table and its unit ("编制单位：某某局  单位：万元"), not a header. */
export const isUnitLine = (cells: readonly string[]): boolean => cells.every((c) => /[(（]\s*(万元|元)\s*[)）]|单位\s*[:：]\s*(万元|元)/.test(c) || /^(编制|填报|报送)?(单位|部门)(名称)?[：:]/.test(c.trim()));

/** A line that is only the table's number ("公开02表"), printed above the title. */
export const isTableCode = (text: string): boolean => /^(公开\s*\d+\s*表|附表\s*\d+|表\s*[一二三四五六七八九十\d]+)$/.test(text.trim());

/** Header cells that name a row (its item or code), not a column of figures. */
export function isLabelHeader(name: string): boolean {
  const leaf = name.split('/').at(-1)!.replace(/\s+/g, '');
  return /^(项目|单位名称|单位|科目|科目编码|科目名称|编码|名称|类|款|项|功能分类科目编码|功能分类科目名称|经济分类科目编码|经济分类科目名称|科目编码及名称|(支出)?(功能|经济)分类(科目)?(编码|名称)?|项目[（(](按功能分类|按经济分类)[)）])$/.test(leaf);
}

/** Header cells of structural numbers (行次, 栏次), which are not figures of the table. */
export const isLineNumberHeader = (name: string): boolean => /^(行次|栏次|序号)$/.test(name.split('/').at(-1)!.replace(/\s+/g, ''));

/** What an empty table says instead of rows ("本单位无此项收支", "故本表为空表", "本表无数据"). */
export const isEmptyStatement = (text: string): boolean => /无此项|为空表|本表无数据|本表无内容|没有.{0,30}(收入|支出|经费|收支)/.test(text.replace(/\s+/g, '')) && text.length <= 200;

/** Page furniture between the parts of a table split across pages: page numbers, "续表". */
export const isPageFurniture = (text: string): boolean => /^(第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|[-—–]\s*\d+\s*[-—–]|\d+|续表|（续表）|\(续表\))$/.test(text.trim());
