import { showMoney } from '../fields.ts';
import { columnOf, comparePublished, difference, figureAt, onlyColumn, type TableFigure, tableOfKind, totalRowIndex } from '../cross-table.ts';
import type { Table } from '../table-cells.ts';
import type { Rule } from '../types.ts';

type Item = 'overseas' | 'vehiclePurchase' | 'vehicleOperation' | 'vehicles' | 'reception' | 'meetings' | 'training';
/**
 * The 经济分类 款 of 基本支出 that are "三公" spending (政府收支分类科目, 部门预算支出经济分类),
 * each with the "三公" items it belongs to, the most specific first. 30231 is 公务用车运行维护费
 * and 31013 公务用车购置; where the "三公" table does not split 公务用车购置及运行费, the 款 is
 * compared with the whole of it. 会议费 and 培训费 pair only where the table also lists them (柞水's
 * variant of 公开07表). Other 款 (差旅费, 其他交通费用 …) have no item there and are not compared.
 */
const ECONOMIC: { code: string; name: RegExp; items: Item[] }[] = [
  { code: '30212', name: /^因公出国[（(]境[)）]费用?$/, items: ['overseas'] },
  { code: '30217', name: /^公务接待费$/, items: ['reception'] },
  { code: '30231', name: /^公务用车运行维护费$/, items: ['vehicleOperation', 'vehicles'] },
  { code: '31013', name: /^公务用车购置费?$/, items: ['vehiclePurchase', 'vehicles'] },
  { code: '30215', name: /^会议费$/, items: ['meetings'] },
  { code: '30216', name: /^培训费$/, items: ['training'] },
];
const THREE_PUBLIC: Record<Item, RegExp> = {
  overseas: /^因公出国[（(]境[)）]费用?$/,
  vehiclePurchase: /^公务用车购置费$/,
  vehicleOperation: /^公务用车运行(维护)?费$/,
  vehicles: /^公务用车购置及运行(维护)?费$/,
  reception: /^(国内)?公务接待费$/,
  meetings: /^会议费$/,
  training: /^培训费$/,
};
/** "2.公务用车购置及运行费", "（1）公务用车购置费" → the name alone. */
const itemName = (text: string) => text.replace(/\s+/g, '').replace(/^([一二三四五六七八九十]+、|\d+[.．、]|[（(][\d一二三四五六七八九十]+[)）])/, '').replace(/^其中[:：]?/, '');

/** "公务用车购置及运行费/公务用车运行费" names 公务用车运行费; "公务用车购置及运行费/小计" the heading's whole. */
function columnIs(column: string, item: RegExp): boolean {
  const [leaf, ...above] = column.replace(/\s+/g, '').split('/').reverse();
  return item.test(leaf) || (/^(小计|合计)$/.test(leaf) && above.length > 0 && item.test(above[0]));
}

/** Where the "三公" table states an item: as a column of its total row (or its only row), or as a row. */
function threePublicFigure(t: { table: Table; index: number }, item: Item, kind: string): TableFigure | undefined {
  const table = t.table;
  const column = (table.columns ?? []).find((c) => columnIs(c, THREE_PUBLIC[item]));
  if (column) {
    const total = totalRowIndex(table);
    const r = total >= 0 ? total : table.rows.length === 1 ? 0 : -1;
    return r < 0 ? undefined : figureAt(t, r, column, () => {}, table.rows.length === 1 ? '' : `“${table.rows[r].item}”行`);
  }
  const r = table.rows.findIndex((row) => THREE_PUBLIC[item].test(itemName(row.item)));
  if (r < 0) return undefined;
  // By rows with 预算数 and 决算数: the 决算's own figure is its 决算数, a budget's its 预算数 (a blank 决算数 is not its 预算数).
  const columns = table.columns ?? [];
  const own = columns.filter((c) => (kind === 'final-accounts' ? /决算/ : /预算/).test(c));
  const chosen = columns.length === 1 ? columns[0] : own.length === 1 ? own[0] : undefined;
  return chosen ? figureAt(t, r, chosen, () => {}) : undefined;
}

/**
 * 基本支出表 (公开06表, by 经济分类) against the "三公" table (公开07表): each 款 of 基本支出
 * that is "三公" spending is at most its item there, which also counts 项目支出.
 */
export const tableBasicVsThreePublic: Rule = {
  id: 'table.basic-vs-three-public',
  severity: 'error',
  title: '基本支出表中的“三公”经费科目不超过“三公”经费表',
  description: '一般公共预算（财政拨款）基本支出表中，30212 因公出国（境）费用、30217 公务接待费、30231 公务用车运行维护费、31013 公务用车购置各款，分别不应超过“三公”经费支出表中的因公出国（境）费、公务接待费、公务用车运行费、公务用车购置费（“三公”经费表未分列购置费和运行费时，与公务用车购置及运行费比较）：“三公”经费含基本支出和项目支出，基本支出中的部分不会更多。“三公”经费表另列会议费、培训费时，30215 会议费、30216 培训费也照此比较。决算按“三公”表的决算数、预算按预算数比较；任一边空白时不核对；其他经济分类科目（如差旅费、其他交通费用）在“三公”经费表里没有对应项，不比较。',
  source: '《政府收支分类科目》部门预算支出经济分类（302 商品和服务支出、310 资本性支出下的款）；部门预算、决算公开表的表式（财预〔2016〕143号附表；部门决算公开06表、07表）。',
  check({ disclosure }, use) {
    const basic = tableOfKind(disclosure.data, 'basic');
    const threePublic = tableOfKind(disclosure.data, 'threePublic');
    if (!basic || !threePublic) return [];
    const totalColumn = columnOf(basic.table);
    return basic.table.rows.flatMap((row, r) => {
      const economic = ECONOMIC.find((e) => row.code === e.code || (!row.code && e.name.test(itemName(row.item))));
      const column = totalColumn ?? onlyColumn(row);
      if (!economic || !column) return [];
      const part = figureAt(basic, r, column, () => {}, `“${row.code ? `${row.code} ` : ''}${row.item}”行`);
      const whole = economic.items.map((item) => threePublicFigure(threePublic, item, disclosure.data.kind)).find((f) => f);
      if (!part || !whole) return [];
      use(part.path);
      use(whole.path);
      if (comparePublished(part.money, whole.money) <= 0) return [];
      return [{ message: `${part.name}是 ${showMoney(part.money)}，超过了${whole.name} ${showMoney(whole.money)}（多 ${difference(part.money, whole.money)}）：“三公”经费表的数含基本支出和项目支出，基本支出中的这一款不应更多。`, fields: [part.path, whole.path] }];
    });
  },
};
