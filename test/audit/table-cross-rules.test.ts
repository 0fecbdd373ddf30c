/**
 * The identities across the standard 预算/决算 tables (domain.md §4 item 10), each rule on
 * small tables as the importer writes them: agreeing, off by 0.01, one side blank (absent
 * is absent: no check), and one table in 元 against another in 万元 (exact conversion;
 * the 元 figure agrees when it rounds or truncates to the 万元 figure's decimals).
 */
import { describe, expect, test } from 'vitest';
import { auditCorpus } from '../../src/lib/audit/index.ts';
import type { Table, TableRow } from '../../src/lib/audit/table-cells.ts';

type Unit = Table['unit'];
const values = (v: Record<string, string | undefined>) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) as Record<string, string>;
const row = (item: string, v: Record<string, string | undefined>, extra: Partial<TableRow> = {}): TableRow => ({ item, ...extra, values: values(v) });
const table = (code: string, name: string, unit: Unit, columns: string[], rows: TableRow[]): Table => ({ code, name, unit, columns, rows });

function audit(rule: string, tables: Table[], kind: 'budget' | 'final-accounts' = 'budget') {
  const data = { kind, department: 'x', fiscalYear: 2024, tables };
  const result = auditCorpus({ disclosures: [{ id: 'd', data: data as never }], departments: {} }).get('d')!;
  return { messages: result.findings.filter((f) => f.rule === rule).map((f) => `${f.severity} ${f.message}`), used: result.runs.find((r) => r.rule.id === rule)!.used };
}

describe('table.summary-vs-income: 收入总表’s 合计 = 收支总表’s 本年收入合计 (收入总计 where it has a 上年结转 column)', () => {
  const summary = (unit: Unit, year: string | undefined, grand: string) =>
    table('公开01表', '部门收支总表', unit, ['预算数'], [row('本年收入合计', { 预算数: year }, { side: '收入' }), row('上年结转', { 预算数: '30.00' }, { side: '收入' }), row('收入总计', { 预算数: grand }, { side: '收入' }), row('本年支出合计', { 预算数: grand }, { side: '支出' })]);
  const income = (unit: Unit, total: string | undefined) => table('公开02表', '部门收入总表', unit, ['本年收入合计', '财政拨款收入'], [row('合计', { 本年收入合计: total, 财政拨款收入: total })]);
  const budgetIncome = (total: string) => table('公开02表', '部门收入总表', '万元', ['合计', '上年结转', '一般公共预算拨款'], [row('合计', { 合计: total, 上年结转: '30.00', 一般公共预算拨款: '1790.86' })]);
  test('agreeing: nothing; the two figures were compared', () => {
    const { messages, used } = audit('table.summary-vs-income', [summary('万元', '1790.86', '1820.86'), income('万元', '1790.86')]);
    expect(messages).toEqual([]);
    expect(used).toEqual(['tables.1.rows.0.values.本年收入合计', 'tables.0.rows.0.values.预算数']);
  });
  test('off by 0.01: the finding shows both figures and the difference', () => {
    expect(audit('table.summary-vs-income', [summary('万元', '1790.86', '1820.86'), income('万元', '1790.87')]).messages).toEqual([
      'error 公开02表“部门收入总表”“合计”行的“本年收入合计”是 1,790.87 万元，但公开01表“部门收支总表”收入栏“本年收入合计”的“预算数”是 1,790.86 万元（相差 0.01 万元），两表的这两个数应相等。',
    ]);
  });
  test('a 收入总表 with a 上年结转 column is compared with the 收入总计, which includes it', () => {
    expect(audit('table.summary-vs-income', [summary('万元', '1790.86', '1820.86'), budgetIncome('1820.86')]).messages).toEqual([]);
    expect(audit('table.summary-vs-income', [summary('万元', '1790.86', '1820.86'), budgetIncome('1790.86')]).messages).toEqual([
      'error 公开02表“部门收入总表”“合计”行的“合计”是 1,790.86 万元，但公开01表“部门收支总表”收入栏“收入总计”的“预算数”是 1,820.86 万元（相差 30.00 万元），两表的这两个数应相等。',
    ]);
  });
  test('one side blank, or a table missing: no check', () => {
    expect(audit('table.summary-vs-income', [summary('万元', undefined, '1820.86'), income('万元', '1.00')])).toEqual({ messages: [], used: [] });
    expect(audit('table.summary-vs-income', [summary('万元', '1790.86', '1820.86'), income('万元', undefined)])).toEqual({ messages: [], used: [] });
    expect(audit('table.summary-vs-income', [income('万元', '1.00')])).toEqual({ messages: [], used: [] });
  });
  test('元 against 万元: equal after exact conversion, or rounding to the 万元 figure; 0.01 万元 apart is found', () => {
    expect(audit('table.summary-vs-income', [summary('万元', '1790.86', '1820.86'), income('元', '17908600.00')]).messages).toEqual([]);
    expect(audit('table.summary-vs-income', [summary('万元', '1790.86', '1820.86'), income('元', '17908649.99')]).messages).toEqual([]);
    expect(audit('table.summary-vs-income', [summary('万元', '1790.86', '1820.86'), income('元', '17908700.00')]).messages).toEqual([
      'error 公开02表“部门收入总表”“合计”行的“本年收入合计”是 17,908,700.00 元，但公开01表“部门收支总表”收入栏“本年收入合计”的“预算数”是 1,790.86 万元（相差 100.00 元，按 1 万元 = 10,000 元换算），两表的这两个数应相等。',
    ]);
  });
});

describe('table.summary-vs-spending: 支出总表’s 合计 = 收支总表’s 本年支出合计', () => {
  const summary = (unit: Unit, spent: string | undefined) =>
    table('公开01表', '收入支出决算总表', unit, ['金额'], [row('本年收入合计', { 金额: '100.00' }, { side: '收入' }), row('本年支出合计', { 金额: spent }, { side: '支出' }), row('年末结转和结余', { 金额: '8.00' }, { side: '支出' }), row('总计', { 金额: '108.00' }, { side: '支出' })]);
  const spending = (unit: Unit, total: string | undefined) => table('公开03表', '支出决算表', unit, ['本年支出合计', '基本支出', '项目支出'], [row('合计', { 本年支出合计: total })]);
  test('agreeing, off by 0.01, blank', () => {
    expect(audit('table.summary-vs-spending', [summary('元', '100.00'), spending('元', '100.00')], 'final-accounts').messages).toEqual([]);
    expect(audit('table.summary-vs-spending', [summary('元', '100.00'), spending('元', '100.01')], 'final-accounts').messages).toEqual([
      'error 公开03表“支出决算表”“合计”行的“本年支出合计”是 100.01 元，但公开01表“收入支出决算总表”支出栏“本年支出合计”的“金额”是 100.00 元（相差 0.01 元），两表的这两个数应相等。',
    ]);
    expect(audit('table.summary-vs-spending', [summary('元', undefined), spending('元', '100.00')], 'final-accounts')).toEqual({ messages: [], used: [] });
  });
  test('元 against 万元: a truncated 万元 figure agrees, one 0.01 万元 off does not', () => {
    expect(audit('table.summary-vs-spending', [summary('元', '1234567.89'), spending('万元', '123.45')], 'final-accounts').messages).toEqual([]);
    expect(audit('table.summary-vs-spending', [summary('元', '1234567.89'), spending('万元', '123.46')], 'final-accounts').messages).toEqual([]);
    expect(audit('table.summary-vs-spending', [summary('元', '1234567.89'), spending('万元', '123.47')], 'final-accounts').messages).toEqual([
      'error 公开03表“支出决算表”“合计”行的“本年支出合计”是 123.47 万元，但公开01表“收入支出决算总表”支出栏“本年支出合计”的“金额”是 1,234,567.89 元（相差 132.11 元，按 1 万元 = 10,000 元换算），两表的这两个数应相等。',
    ]);
  });
});

describe('table.fiscal-vs-general-public: 财政拨款收支总表’s 一般公共预算 column = 一般公共预算支出表’s 合计', () => {
  const fiscal = (unit: Unit, gp: string | undefined, columns = ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款']) =>
    table('公开04表', '财政拨款收入支出决算总表', unit, ['金额', ...columns], [row('本年收入合计', { 金额: '50.00' }, { side: '收入' }), row('本年支出合计', { 合计: '50.00', [columns[1]]: gp }, { side: '支出' })]);
  const generalPublic = (unit: Unit, total: string | undefined) => table('公开05表', '一般公共预算财政拨款支出决算表', unit, ['合计', '基本支出', '项目支出'], [row('合计', { 合计: total })]);
  test('agreeing, off by 0.01, blank, and a 总表 without a 一般公共预算 column', () => {
    expect(audit('table.fiscal-vs-general-public', [fiscal('万元', '50.00'), generalPublic('万元', '50.00')]).messages).toEqual([]);
    expect(audit('table.fiscal-vs-general-public', [fiscal('万元', '50.00'), generalPublic('万元', '49.99')]).messages).toEqual([
      'error 公开05表“一般公共预算财政拨款支出决算表”“合计”行的“合计”是 49.99 万元，但公开04表“财政拨款收入支出决算总表”支出栏“本年支出合计”的“一般公共预算财政拨款”是 50.00 万元（相差 0.01 万元），两表的这两个数应相等。',
    ]);
    expect(audit('table.fiscal-vs-general-public', [fiscal('万元', undefined), generalPublic('万元', '49.99')])).toEqual({ messages: [], used: [] });
    expect(audit('table.fiscal-vs-general-public', [fiscal('万元', '50.00', ['合计', '金额2']), generalPublic('万元', '49.99')])).toEqual({ messages: [], used: [] });
  });
  test('元 against 万元', () => {
    expect(audit('table.fiscal-vs-general-public', [fiscal('万元', '50.00'), generalPublic('元', '500000.00')]).messages).toEqual([]);
    expect(audit('table.fiscal-vs-general-public', [fiscal('万元', '50.00'), generalPublic('元', '500100.00')]).messages).toHaveLength(1);
  });
});

describe('table.general-public-vs-basic: 一般公共预算支出表’s 基本支出 = 基本支出表’s 合计', () => {
  const generalPublic = (unit: Unit, basic: string | undefined) => table('公开05表', '一般公共预算支出表', unit, ['合计', '基本支出', '项目支出'], [row('合计', { 合计: '90.00', 基本支出: basic, 项目支出: '10.00' })]);
  const basic = (unit: Unit, total: string | undefined) => table('公开06表', '一般公共预算基本支出表', unit, ['合计', '人员经费', '公用经费'], [row('合计', { 合计: total }), row('工资福利支出', { 合计: total }, { code: '301' })]);
  test('agreeing, off by 0.01, blank', () => {
    expect(audit('table.general-public-vs-basic', [generalPublic('万元', '80.00'), basic('万元', '80.00')]).messages).toEqual([]);
    expect(audit('table.general-public-vs-basic', [generalPublic('万元', '80.00'), basic('万元', '80.01')]).messages).toEqual([
      'error 公开06表“一般公共预算基本支出表”“合计”行的“合计”是 80.01 万元，但公开05表“一般公共预算支出表”“合计”行的“基本支出”是 80.00 万元（相差 0.01 万元），两表的这两个数应相等。',
    ]);
    expect(audit('table.general-public-vs-basic', [generalPublic('万元', undefined), basic('万元', '80.01')])).toEqual({ messages: [], used: [] });
  });
  test('元 against 万元', () => {
    expect(audit('table.general-public-vs-basic', [generalPublic('万元', '80.00'), basic('元', '799950.00')]).messages).toEqual([]);
    expect(audit('table.general-public-vs-basic', [generalPublic('万元', '80.00'), basic('元', '799900.00')]).messages).toEqual([
      'error 公开06表“一般公共预算基本支出表”“合计”行的“合计”是 799,900.00 元，但公开05表“一般公共预算支出表”“合计”行的“基本支出”是 80.00 万元（相差 100.00 元，按 1 万元 = 10,000 元换算），两表的这两个数应相等。',
    ]);
  });
});

describe('table.basic-vs-three-public: each “三公” 款 of 基本支出 ≤ its item in the “三公” table', () => {
  const basic = (unit: Unit, amounts: Record<string, string | undefined>) =>
    table('公开06表', '一般公共预算财政拨款基本支出决算表', unit, ['合计', '人员经费', '公用经费'], [
      row('合计', { 合计: '500.00' }),
      row('差旅费', { 合计: '300.00' }, { code: '30211' }),
      ...Object.entries(amounts).map(([code, amount]) => row({ 30212: '因公出国（境）费用', 30215: '会议费', 30216: '培训费', 30217: '公务接待费', 30231: '公务用车运行维护费', 31013: '公务用车购置' }[code]!, { 合计: amount }, { code })),
    ]);
  /** By rows, with 预算数 and 决算数, as the 决算 template prints it. */
  const byRows = (unit: Unit, final: Record<string, string | undefined>) =>
    table('公开07表', '一般公共预算财政拨款“三公”经费支出决算表', unit, ['预算数', '决算数'], [
      row('合计', { 预算数: '999.00' }),
      row('1.因公出国（境）费', { 预算数: '999.00', 决算数: final.overseas }),
      row('2.公务用车购置及运行费', { 预算数: '999.00', 决算数: final.vehicles }),
      row('（1）公务用车购置费', { 预算数: '999.00', 决算数: final.purchase }),
      row('（2）公务用车运行费', { 预算数: '999.00', 决算数: final.operation }),
      row('3.公务接待费', { 预算数: '999.00', 决算数: final.reception }),
    ]);
  test('within: nothing; only the “三公” 款 are compared (差旅费 is not “三公”), each with the 决算数', () => {
    const { messages, used } = audit('table.basic-vs-three-public', [basic('元', { 30217: '18640.00', 30231: '52380.40' }), byRows('元', { reception: '18640.00', operation: '60000.00', vehicles: '60000.00' })], 'final-accounts');
    expect(messages).toEqual([]);
    expect(used).toEqual(['tables.0.rows.2.values.合计', 'tables.1.rows.5.values.决算数', 'tables.0.rows.3.values.合计', 'tables.1.rows.4.values.决算数']);
  });
  test('0.01 over: found, with both figures and how much more', () => {
    expect(audit('table.basic-vs-three-public', [basic('元', { 30217: '18640.01' }), byRows('元', { reception: '18640.00' })], 'final-accounts').messages).toEqual([
      'error 公开06表“一般公共预算财政拨款基本支出决算表”“30217 公务接待费”行的“合计”是 18,640.01 元，超过了公开07表“一般公共预算财政拨款“三公”经费支出决算表”“3.公务接待费”行的“决算数” 18,640.00 元（多 0.01 元）：“三公”经费表的数含基本支出和项目支出，基本支出中的这一款不应更多。',
    ]);
  });
  test('a blank on either side is not compared; 31013 goes to 公务用车购置及运行费 where 购置费 is not split out', () => {
    expect(audit('table.basic-vs-three-public', [basic('元', { 30212: '5000.00', 30217: undefined }), byRows('元', { overseas: undefined, reception: '1.00' })], 'final-accounts')).toEqual({ messages: [], used: [] });
    expect(audit('table.basic-vs-three-public', [basic('元', { 31013: '250000.00' }), byRows('元', { vehicles: '240000.00' })], 'final-accounts').messages).toEqual([
      'error 公开06表“一般公共预算财政拨款基本支出决算表”“31013 公务用车购置”行的“合计”是 250,000.00 元，超过了公开07表“一般公共预算财政拨款“三公”经费支出决算表”“2.公务用车购置及运行费”行的“决算数” 240,000.00 元（多 10,000.00 元）：“三公”经费表的数含基本支出和项目支出，基本支出中的这一款不应更多。',
    ]);
  });
  test('where the “三公” table also lists 会议费 and 培训费 (a local variant), 30215 and 30216 are compared with them; else they are not', () => {
    const withMeetings = (meetings: string) =>
      table('公开07表', '一般公共预算财政拨款“三公”经费、会议费、培训费支出决算表', '元', ['决算数'], [row('1.因公出国（境）费', {}), row('4.会议费', { 决算数: meetings }), row('5.培训费', { 决算数: '9000.00' })]);
    expect(audit('table.basic-vs-three-public', [basic('元', { 30215: '12000.00', 30216: '9000.00' }), withMeetings('12000.00')], 'final-accounts').messages).toEqual([]);
    expect(audit('table.basic-vs-three-public', [basic('元', { 30215: '12000.00' }), withMeetings('11999.99')], 'final-accounts').messages).toEqual([
      'error 公开06表“一般公共预算财政拨款基本支出决算表”“30215 会议费”行的“合计”是 12,000.00 元，超过了公开07表“一般公共预算财政拨款“三公”经费、会议费、培训费支出决算表”“4.会议费”行的“决算数” 11,999.99 元（多 0.01 元）：“三公”经费表的数含基本支出和项目支出，基本支出中的这一款不应更多。',
    ]);
    expect(audit('table.basic-vs-three-public', [basic('元', { 30215: '12000.00' }), byRows('元', { reception: '1.00' })], 'final-accounts')).toEqual({ messages: [], used: [] });
  });
  test('a budget’s “三公” table by columns under a two-row header, in 万元, against 基本支出 in 元', () => {
    const threePublic = (operation: string) =>
      table('公开07表', '一般公共预算“三公”经费支出表', '万元', ['合计', '因公出国（境）费', '公务用车购置及运行费/小计', '公务用车购置及运行费/公务用车购置费', '公务用车购置及运行费/公务用车运行费', '公务接待费'], [
        row('测试局', { 合计: '11.20', '公务用车购置及运行费/小计': operation, '公务用车购置及运行费/公务用车运行费': operation, 公务接待费: '3.20' }),
      ]);
    expect(audit('table.basic-vs-three-public', [basic('元', { 30231: '80000.00', 30217: '32049.99' }), threePublic('8.00')]).messages).toEqual([]);
    expect(audit('table.basic-vs-three-public', [basic('元', { 30231: '80100.00' }), threePublic('8.00')]).messages).toEqual([
      'error 公开06表“一般公共预算财政拨款基本支出决算表”“30231 公务用车运行维护费”行的“合计”是 80,100.00 元，超过了公开07表“一般公共预算“三公”经费支出表”的“公务用车购置及运行费/公务用车运行费” 8.00 万元（多 100.00 元，按 1 万元 = 10,000 元换算）：“三公”经费表的数含基本支出和项目支出，基本支出中的这一款不应更多。',
    ]);
  });
});
