/**
 * Layouts of the standard tables the generated documents do not print: codes split into
 * 类/款/项 columns, 行次 and 栏次 numbering, dashes in blank cells, a table without a unit.
 * Read from tab-separated text, as a table copied out of Word or Excel arrives.
 */
import { describe, expect, test } from 'vitest';
import { buildDraft } from '../../src/lib/import/draft.ts';
import { documentFromText } from '../../src/lib/import/from-text.ts';

const draft = (lines: string[]) => buildDraft(documentFromText('t.txt', lines.join('\n'), 'txt'), { kind: 'final-accounts', department: 'x', fiscalYear: 2023, schemaRef: 's' });

describe('a 支出决算表 with its codes in 类, 款 and 项 columns', () => {
  const { json, review } = draft([
    '一般公共预算财政拨款支出决算表',
    '单位：万元',
    '科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出',
    '类\t款\t项\t\t\t\t',
    '栏次\t\t\t\t1\t2\t3',
    '\t\t\t合计\t100.50\t80.50\t20.00',
    '201\t\t\t一般公共服务支出\t100.50\t80.50\t20.00',
    '201\t01\t\t人大事务\t100.50\t80.50\t20.00',
    '201\t01\t01\t行政运行\t80.50\t80.50\t—',
    '201\t01\t04\t人大会议\t20.00\t-\t20.00',
  ]);
  test('each row gets its whole code, the 栏次 row is left out, dashes are blank cells', () => {
    expect(review.filter((r) => r.field !== 'title')).toEqual([]);
    expect((json.tables as any[])[0].rows).toEqual([
      { item: '合计', values: { 合计: '100.50', 基本支出: '80.50', 项目支出: '20.00' } },
      { item: '一般公共服务支出', code: '201', values: { 合计: '100.50', 基本支出: '80.50', 项目支出: '20.00' } },
      { item: '人大事务', code: '20101', values: { 合计: '100.50', 基本支出: '80.50', 项目支出: '20.00' } },
      { item: '行政运行', code: '2010101', values: { 合计: '80.50', 基本支出: '80.50' } },
      { item: '人大会议', code: '2010104', values: { 合计: '20.00', 项目支出: '20.00' } },
    ]);
  });
});

describe('a 收入支出决算总表 with 行次 columns', () => {
  const { json } = draft([
    '收入支出决算总表',
    '金额单位：元',
    '收入\t\t\t支出\t\t',
    '项目\t行次\t金额\t项目\t行次\t金额',
    '一、一般公共预算财政拨款收入\t1\t5,000.00\t一、一般公共服务支出\t29\t5,000.00',
    '本年收入合计\t2\t5,000.00\t本年支出合计\t30\t5,000.00',
  ]);
  test('the 行次 numbers are structure, not figures: each side keeps its item and 金额', () => {
    expect((json.tables as any[])[0]).toEqual({
      name: '收入支出决算总表', unit: '元', columns: ['金额'],
      rows: [
        { item: '一、一般公共预算财政拨款收入', side: '收入', values: { 金额: '5000.00' } },
        { item: '一、一般公共服务支出', side: '支出', values: { 金额: '5000.00' } },
        { item: '本年收入合计', side: '收入', values: { 金额: '5000.00' } },
        { item: '本年支出合计', side: '支出', values: { 金额: '5000.00' } },
      ],
    });
    expect([(json.income as any).total, (json.spending as any).total]).toEqual(['5000.00 元', '5000.00 元']);
  });
});

test('a table without a unit is not imported, and the report says how to fix it', () => {
  const { json, review } = draft(['支出决算表', '项目\t合计\t基本支出', '合计\t10.00\t10.00']);
  expect(json.tables).toBeUndefined();
  expect(review.map((r) => r.reason)).toContain('表格没有写明金额单位（单位：万元 或 单位：元），没有导入：请按原文补上单位后重新导入，或手工填写 tables。');
});
