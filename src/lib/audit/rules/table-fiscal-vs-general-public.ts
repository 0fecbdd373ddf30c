import { columnOf, figureAt, mustAgree, sideRowIndex, tableOfKind, totalRowIndex } from '../cross-table.ts';
import type { Rule } from '../types.ts';

/** The 财政拨款收支总表's spending column of 一般公共预算 money ("一般公共预算", "一般公共预算财政拨款"). */
const GENERAL_PUBLIC_COLUMN = /^一般公共预算(财政)?(拨款)?(支出)?$/;

/**
 * 财政拨款收支总表 (公开04表) against 一般公共预算财政拨款支出表 (公开05表): the 一般公共预算
 * column of its 本年支出合计 equals the 05表's 合计.
 */
export const tableFiscalVsGeneralPublic: Rule = {
  id: 'table.fiscal-vs-general-public',
  severity: 'error',
  title: '财政拨款收支总表的一般公共预算支出与一般公共预算支出表一致',
  description: '财政拨款收支总表支出栏“本年支出合计”行的“一般公共预算”（一般公共预算财政拨款）栏，应等于一般公共预算（财政拨款）支出表“合计”行的合计栏。总表只列一栏金额、没有分列一般公共预算时不核对；两表单位不同时精确换算后比较。',
  source: '部门预算、决算公开表的表式（财预〔2016〕143号附表；部门决算公开04表、05表）：05表按功能分类列出04表中的一般公共预算财政拨款支出。',
  check({ disclosure }, use) {
    const fiscal = tableOfKind(disclosure.data, 'fiscal');
    const generalPublic = tableOfKind(disclosure.data, 'generalPublic');
    if (!fiscal || !generalPublic) return [];
    const s = sideRowIndex(fiscal.table, '支出', /^本年支出合计$|^支出合计$/);
    const column = columnOf(fiscal.table, GENERAL_PUBLIC_COLUMN);
    const totalColumn = columnOf(generalPublic.table);
    const r = totalRowIndex(generalPublic.table);
    if (s < 0 || !column || !totalColumn || r < 0) return [];
    const stated = figureAt(generalPublic, r, totalColumn, () => {});
    const summed = figureAt(fiscal, s, column, () => {}, `支出栏“${fiscal.table.rows[s].item}”`);
    if (!stated || !summed) return [];
    use(stated.path);
    use(summed.path);
    return mustAgree(stated, summed);
  },
};
