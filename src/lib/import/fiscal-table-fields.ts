/**
 * The disclosure's own fields from its standard tables, so the audit's identities run on
 * them: income and balances from the 收支总表's rows, spending and its 功能分类 lines
 * (到项: the rows with the longest codes) from the 支出总表's 合计 row and coded rows, and
 * "三公"经费 from its table. Each figure is the table's, with the table's unit.
 */
import type { DisclosureKind } from '../../schemas/disclosure.ts';
import type { ReadTable } from './fiscal-tables.ts';
import type { Filled } from './recognized.ts';

const SUMMARY_ROWS: [RegExp, string][] = [
  [/^一般公共预算(财政)?拨款(收入)?$/, 'income.generalPublic'],
  [/^政府性基金预算(财政)?拨款(收入)?$/, 'income.governmentFund'],
  [/^国有资本经营预算(财政)?拨款(收入)?$/, 'income.stateCapital'],
  [/^财政专户管理资金(收入)?$/, 'income.specialAccount'],
  [/^事业收入$/, 'income.business'],
  [/^(事业单位)?经营收入$/, 'income.operating'],
  [/^上级补助收入$/, 'income.superiorSubsidy'],
  [/^附属单位上缴收入$/, 'income.subordinateRemittance'],
  [/^其他收入$/, 'income.other'],
  [/^(本年)?收入合计$/, 'income.total'],
  [/^使用非财政拨款结余$/, 'balances.nonFiscalBalanceUsed'],
  [/^(上年结转(和结余)?|年初结转和结余)$/, 'balances.carriedForward'],
  [/^收入总计$/, 'balances.incomeGrandTotal'],
  [/^(本年)?支出合计$/, 'spending.total'],
  [/^结余分配$/, 'balances.balanceDistribution'],
  [/^年末结转和结余$/, 'balances.closing'],
  [/^支出总计$/, 'balances.spendingGrandTotal'],
];
const SPENDING_COLUMNS: [RegExp, string][] = [
  [/^(本年支出)?合计$/, 'spending.total'],
  [/^基本支出$/, 'spending.basic'],
  [/^项目支出$/, 'spending.project'],
  [/^上缴上级支出$/, 'spending.toSuperior'],
  [/^(事业单位)?经营支出$/, 'spending.business'],
  [/^对(附属|下级)单位补助支出$/, 'spending.toSubordinate'],
];
const THREE_PUBLIC: [RegExp, string][] = [
  [/^合计$/, 'threePublic.total'],
  [/^因公出国（境）费(用)?$/, 'threePublic.overseas'],
  [/^公务用车购置及运行费(\/(小计|合计))?$/, 'threePublic.vehicles'],
  [/^(公务用车购置及运行费\/)?公务用车购置费$/, 'threePublic.vehiclePurchase'],
  [/^(公务用车购置及运行费\/)?公务用车运行(维护)?费$/, 'threePublic.vehicleOperation'],
  [/^公务接待费$/, 'threePublic.reception'],
];

/** "一、一般公共预算拨款收入" → "一般公共预算拨款收入"; "(1)公务用车购置费" → "公务用车购置费". */
export const bareItem = (item: string) =>
  item
    .replace(/\s+/g, '')
    .replace(/^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])/, '')
    .replace(/^其中[:：]/, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
const isTotalRow = (item: string) => /^(合计|总计|本年支出合计|支出合计)$/.test(bareItem(item));

/** The one column of a row that holds this kind's figure: 决算数 in 决算, 预算数 in 预算, or the only one. */
function mainColumn(keys: string[], kind: DisclosureKind): string | undefined {
  if (keys.length === 1) return keys[0];
  const wanted = keys.filter((k) => (kind === 'final-accounts' ? /决算|执行/ : /预算/).test(k) && !/年初|调整/.test(k));
  return wanted.length === 1 ? wanted[0] : undefined;
}

/** Structured fields and 功能分类 lines from the tables read. */
export function fiscalTableFields(tables: readonly ReadTable[], kind: DisclosureKind): { fields: Filled[]; byFunction: { items: Record<string, unknown>[]; where: string[] } } {
  const fields: Filled[] = [];
  const byFunction = { items: [] as Record<string, unknown>[], where: [] as string[] };
  for (const read of tables) {
    const { table } = read;
    const put = (field: string, r: number, column: string) => {
      const value = table.rows[r].values[column];
      if (value !== undefined) fields.push({ field, value: `${value} ${table.unit}`, where: read.rowWhere[r], evidence: `${read.rowText[r]}（${column}，单位：${table.unit}）` });
    };
    if (read.kind === 'summary') {
      table.rows.forEach((row, r) => {
        const bare = bareItem(row.item);
        const field = bare === '总计' ? (row.side === '支出' ? 'balances.spendingGrandTotal' : 'balances.incomeGrandTotal') : SUMMARY_ROWS.find(([re]) => re.test(bare))?.[1];
        const column = mainColumn(Object.keys(row.values), kind);
        if (field && column && (field.startsWith('spending') || field === 'balances.closing' || field === 'balances.balanceDistribution' || field === 'balances.spendingGrandTotal' ? row.side !== '收入' : row.side !== '支出')) put(field, r, column);
      });
    }
    if (read.kind === 'spending') {
      const total = table.rows.findIndex((row) => isTotalRow(row.item));
      if (total >= 0) for (const column of Object.keys(table.rows[total].values)) {
        const field = SPENDING_COLUMNS.find(([re]) => re.test(column))?.[1];
        if (field) put(field, total, column);
      }
      const codes = table.rows.map((row) => row.code).filter((c): c is string => !!c);
      const amountColumn = (table.columns ?? []).find((c) => /^(本年支出)?合计$/.test(c));
      table.rows.forEach((row, r) => {
        if (!row.code || !amountColumn || codes.some((c) => c !== row.code && c.startsWith(row.code!)) || row.values[amountColumn] === undefined) return;
        const money = (column: string) => (row.values[column] !== undefined ? `${row.values[column]} ${table.unit}` : undefined);
        byFunction.items.push({ code: row.code, name: row.item, amount: money(amountColumn), ...(money('基本支出') ? { basic: money('基本支出') } : {}), ...(money('项目支出') ? { project: money('项目支出') } : {}) });
        byFunction.where.push(read.rowWhere[r]);
      });
    }
    if (read.kind === 'threePublic') {
      const byColumns = (table.columns ?? []).some((c) => /因公出国/.test(c));
      if (byColumns) {
        const r = table.rows.length === 1 ? 0 : table.rows.findIndex((row) => isTotalRow(row.item));
        if (r < 0) continue;
        const groups = new Set(Object.keys(table.rows[r].values).filter((k) => k.includes('/') && /预算|决算/.test(k.split('/')[0])).map((k) => k.split('/')[0]));
        const group = mainColumn([...groups], kind);
        for (const column of Object.keys(table.rows[r].values)) {
          const inGroup = group ? column.startsWith(`${group}/`) : !groups.size;
          const field = THREE_PUBLIC.find(([re]) => re.test(group && inGroup ? column.slice(group.length + 1) : column))?.[1];
          if (field && inGroup) put(field, r, column);
        }
      } else {
        table.rows.forEach((row, r) => {
          const field = THREE_PUBLIC.find(([re]) => re.test(bareItem(row.item)))?.[1];
          const column = mainColumn(Object.keys(row.values), kind);
          if (field && column) put(field, r, column);
        });
      }
    }
  }
  return { fields, byFunction };
}
