/**
 * A title's year and the fiscal year: "2021年部门整体支出绩效自评报告" evaluates fiscal
 * 2020. Both are kept; a title year other than the fiscal year must be declared as
 * titleYear, so the page shows both and nobody files it under the wrong year.
 */
import type { ProvenanceContext } from './context.ts';

export function checkTitleYear(ctx: ProvenanceContext): void {
  const { title, fiscalYear, titleYear } = ctx.data as { title?: unknown; fiscalYear?: unknown; titleYear?: unknown };
  if (typeof title !== 'string' || typeof fiscalYear !== 'number') return;
  const printed = title.match(/((?:19|20)\d\d)\s*年/)?.[1];
  const year = printed ? Number(printed) : undefined;
  if (year !== undefined && year !== fiscalYear && titleYear === undefined)
    ctx.report('title', 'title.year-undeclared', `title（标题）写的是 ${year} 年，但 fiscalYear（预算年度）是 ${fiscalYear}。若这份文件评价的确是 ${fiscalYear} 年度，加上 "titleYear": ${year}，页面会同时注明标题年度和预算年度；若标题年度就是预算年度，改 fiscalYear 并把文件移到 ${year}/ 下。`);
  if (typeof titleYear === 'number' && titleYear !== year)
    ctx.report('titleYear', 'title.year-mismatch', `titleYear（标题年度）是 ${titleYear}，但标题中${year === undefined ? '没有年份' : `的年份是 ${year}`}。titleYear 只在标题年份与预算年度不同时填写，须与标题一致${year === undefined ? '：删去这个字段' : `：改为 ${year}`}。`);
}
