import { columnOf, figureAt, mustAgree, tableOfKind, totalRowIndex } from '../cross-table.ts';
import type { Rule } from '../types.ts';

/**
 * 一般公共预算财政拨款支出表 (公开05表) against its 基本支出表 (公开06表, by 经济分类):
 * the 05表's 基本支出 equals the 06表's 合计.
 */
export const tableGeneralPublicVsBasic: Rule = {
  id: 'table.general-public-vs-basic',
  severity: 'error',
  title: '一般公共预算支出表的基本支出与基本支出表一致',
  description: '一般公共预算（财政拨款）支出表“合计”行的“基本支出”栏，应等于一般公共预算（财政拨款）基本支出表（按经济分类）“合计”行的合计栏。两表单位不同时精确换算后比较；任一边空白时不核对。',
  source: '部门预算、决算公开表的表式（财预〔2016〕143号附表；部门决算公开05表、06表）；《预算法实施条例》第六条：基本支出按经济性质分类公开到款。',
  check({ disclosure }, use) {
    const generalPublic = tableOfKind(disclosure.data, 'generalPublic');
    const basic = tableOfKind(disclosure.data, 'basic');
    if (!generalPublic || !basic) return [];
    const basicColumn = columnOf(generalPublic.table, /^基本支出(\/(合计|小计))?$/);
    const r = totalRowIndex(generalPublic.table);
    const totalColumn = columnOf(basic.table);
    const b = totalRowIndex(basic.table);
    if (!basicColumn || r < 0 || !totalColumn || b < 0) return [];
    const stated = figureAt(basic, b, totalColumn, () => {});
    const summed = figureAt(generalPublic, r, basicColumn, () => {});
    if (!stated || !summed) return [];
    use(stated.path);
    use(summed.path);
    return mustAgree(stated, summed);
  },
};
