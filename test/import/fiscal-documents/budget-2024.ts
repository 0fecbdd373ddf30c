/**
 * A city 统计局's 2024 部门预算, the nine tables in 万元: codes in their own column, the
 * unit printed above each table on one line with the 编制单位, a two-row header over the "三公" columns, two empty
 * tables (one stated below the header, one in a row of the table).
 */
import { add, type Cents, figureTable, type FiscalDocument, functionTree, type Leaf, twoSidedTable, yuan } from './model.ts';

const UNIT = '万元' as const;
const unitLine = '单位：万元';
const compiler = '编制单位：测试市统计局';
const CLASSES: Record<string, string> = {
  '201': '一般公共服务支出', '20105': '统计信息事务',
  '208': '社会保障和就业支出', '20805': '行政事业单位养老支出',
  '210': '卫生健康支出', '21011': '行政事业单位医疗',
  '221': '住房保障支出', '22102': '住房改革支出',
};
/** Each 项: its 基本/项目 amounts and what is not 一般公共预算 (上年结转, 其他收入). */
const LINES: { code: string; name: string; basic?: string; project?: string; carried?: string; other?: string }[] = [
  { code: '2010501', name: '行政运行', basic: '812.40' },
  { code: '2010502', name: '一般行政管理事务', project: '95.00' },
  { code: '2010505', name: '专项统计业务', project: '168.30', other: '12.50' },
  { code: '2010507', name: '专项普查活动', project: '420.00', carried: '30.00' },
  { code: '2010508', name: '统计抽样调查', project: '133.25' },
  { code: '2080505', name: '机关事业单位基本养老保险缴费支出', basic: '96.12' },
  { code: '2080506', name: '机关事业单位职业年金缴费支出', basic: '38.45' },
  { code: '2101101', name: '行政单位医疗', basic: '42.18' },
  { code: '2210201', name: '住房公积金', basic: '57.66' },
];
const c = (text?: string): Cents => (text === undefined ? undefined : yuan(text));
const total = (l: (typeof LINES)[number]) => add(c(l.basic), c(l.project))!;
const generalPublic = (l: (typeof LINES)[number]) => total(l) - (c(l.carried) ?? 0) - (c(l.other) ?? 0);

const spendingLeaves: Leaf[] = LINES.map((l) => ({ code: l.code, name: l.name, values: { 合计: total(l), 基本支出: c(l.basic), 项目支出: c(l.project) } }));
const spending = functionTree(spendingLeaves, CLASSES, ['合计', '基本支出', '项目支出']);
const incomeLeaves: Leaf[] = LINES.map((l) => ({ code: l.code, name: l.name, values: { 合计: total(l), 上年结转: c(l.carried), 一般公共预算拨款: generalPublic(l), 政府性基金预算拨款: undefined, 事业收入: undefined, 其他收入: c(l.other) } }));
const income = functionTree(incomeLeaves, CLASSES, ['合计', '上年结转', '一般公共预算拨款', '政府性基金预算拨款', '事业收入', '其他收入']);
// 一般公共预算: the 项目 part funded otherwise is not in it; 基本支出 all is.
const gpLeaves: Leaf[] = LINES.map((l) => ({ code: l.code, name: l.name, values: { 合计: generalPublic(l), 基本支出: c(l.basic), 项目支出: l.project ? generalPublic(l) : undefined } }));
const gp = functionTree(gpLeaves, CLASSES, ['合计', '基本支出', '项目支出']);

const classRows = spending.filter((r) => r.code?.length === 3);
const sum = (rows: { values: Record<string, Cents> }[], column: string) => add(...rows.map((r) => r.values[column]));
const gpIncome = sum(gpLeaves, '合计');
const otherIncome = sum(incomeLeaves, '其他收入');
const carried = sum(incomeLeaves, '上年结转');
const yearIncome = add(gpIncome, otherIncome);
const yearSpending = sum(spendingLeaves, '合计');

/** 基本支出 by 经济分类: 工资福利支出 and 对个人和家庭的补助 are 人员经费, 商品和服务支出 公用经费; the last line takes what is left. */
const basicTotal = sum(gpLeaves, '基本支出')!;
const ECONOMIC: [string, string, '人员经费' | '公用经费', string | undefined][] = [
  ['30101', '基本工资', '人员经费', '301.20'], ['30102', '津贴补贴', '人员经费', '226.35'], ['30103', '奖金', '人员经费', '48.90'],
  ['30108', '机关事业单位基本养老保险缴费', '人员经费', '96.12'], ['30109', '职业年金缴费', '人员经费', '38.45'], ['30110', '职工基本医疗保险缴费', '人员经费', '42.18'],
  ['30113', '住房公积金', '人员经费', '57.66'], ['30201', '办公费', '公用经费', '18.60'], ['30207', '邮电费', '公用经费', '6.40'],
  ['30211', '差旅费', '公用经费', '15.80'], ['30217', '公务接待费', '公用经费', '3.20'], ['30228', '工会经费', '公用经费', '9.75'],
  ['30231', '公务用车运行维护费', '公用经费', '8.00'], ['30302', '退休费', '人员经费', undefined],
];
const economicLeaves: Leaf[] = ECONOMIC.map(([code, name, part, amount], i) => {
  const value = amount === undefined ? basicTotal - ECONOMIC.slice(0, i).reduce((s, e) => s + yuan(e[3]!), 0) : yuan(amount);
  return { code, name, values: { 合计: value, 人员经费: part === '人员经费' ? value : undefined, 公用经费: part === '公用经费' ? value : undefined } };
});
const economic = functionTree(economicLeaves, { '301': '工资福利支出', '302': '商品和服务支出', '303': '对个人和家庭的补助' }, ['合计', '人员经费', '公用经费']);

const row = (item: string, values: Record<string, Cents>) => ({ item, values });
const gpClasses = gp.filter((r) => r.code?.length === 3);

export const BUDGET_2024: FiscalDocument = {
  title: '测试市统计局2024年部门预算',
  preamble: ['第三部分 2024年部门预算表'],
  rowsPerPage: 14,
  pageNumbers: false,
  splitDocxTables: false,
  tables: [
    twoSidedTable({
      code: '公开01表', title: '测试市统计局2024年部门收支总表', unit: UNIT, unitLine, compiler, income: ['预算数'], spending: ['预算数'],
      lines: [
        [row('一、一般公共预算拨款收入', { 预算数: gpIncome }), row(`一、${classRows[0].item}`, { 预算数: classRows[0].values.合计 })],
        [row('二、政府性基金预算拨款收入', { 预算数: undefined }), row(`二、${classRows[1].item}`, { 预算数: classRows[1].values.合计 })],
        [row('三、国有资本经营预算拨款收入', { 预算数: undefined }), row(`三、${classRows[2].item}`, { 预算数: classRows[2].values.合计 })],
        [row('四、财政专户管理资金收入', { 预算数: undefined }), row(`四、${classRows[3].item}`, { 预算数: classRows[3].values.合计 })],
        [row('五、事业收入', { 预算数: undefined }), undefined],
        [row('六、其他收入', { 预算数: otherIncome }), undefined],
        [row('本年收入合计', { 预算数: yearIncome }), row('本年支出合计', { 预算数: yearSpending })],
        [row('上年结转', { 预算数: carried }), row('年末结转和结余', { 预算数: undefined })],
        [row('收入总计', { 预算数: add(yearIncome, carried) }), row('支出总计', { 预算数: yearSpending })],
      ],
    }),
    figureTable({ code: '公开02表', title: '测试市统计局2024年部门收入总表', unit: UNIT, unitLine, compiler, labels: ['科目编码', '科目名称'], columns: ['合计', '上年结转', '一般公共预算拨款', '政府性基金预算拨款', '事业收入', '其他收入'], rows: income }),
    figureTable({ code: '公开03表', title: '测试市统计局2024年部门支出总表', unit: UNIT, unitLine, compiler, labels: ['科目编码', '科目名称'], columns: ['合计', '基本支出', '项目支出'], rows: spending }),
    twoSidedTable({
      code: '公开04表', title: '测试市统计局2024年财政拨款收支总表', unit: UNIT, unitLine, compiler, income: ['预算数'], spending: ['合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
      lines: [
        [row('一、一般公共预算拨款', { 预算数: gpIncome }), row(`一、${gpClasses[0].item}`, { 合计: gpClasses[0].values.合计, 一般公共预算: gpClasses[0].values.合计 })],
        [row('二、政府性基金预算拨款', { 预算数: undefined }), row(`二、${gpClasses[1].item}`, { 合计: gpClasses[1].values.合计, 一般公共预算: gpClasses[1].values.合计 })],
        [row('三、国有资本经营预算拨款', { 预算数: undefined }), row(`三、${gpClasses[2].item}`, { 合计: gpClasses[2].values.合计, 一般公共预算: gpClasses[2].values.合计 })],
        [undefined, row(`四、${gpClasses[3].item}`, { 合计: gpClasses[3].values.合计, 一般公共预算: gpClasses[3].values.合计 })],
        [row('本年收入合计', { 预算数: gpIncome }), row('本年支出合计', { 合计: gpIncome, 一般公共预算: gpIncome })],
        [row('上年结转', { 预算数: undefined }), row('年末结转和结余', { 合计: undefined })],
        [row('收入总计', { 预算数: gpIncome }), row('支出总计', { 合计: gpIncome, 一般公共预算: gpIncome })],
      ],
    }),
    figureTable({ code: '公开05表', title: '测试市统计局2024年一般公共预算支出表', unit: UNIT, unitLine, compiler, labels: ['科目编码', '科目名称'], columns: ['合计', '基本支出', '项目支出'], rows: gp }),
    figureTable({ code: '公开06表', title: '测试市统计局2024年一般公共预算基本支出表', unit: UNIT, unitLine, compiler, labels: ['科目编码', '科目名称'], columns: ['合计', '人员经费', '公用经费'], rows: economic }),
    figureTable({
      code: '公开07表', title: '测试市统计局2024年一般公共预算“三公”经费支出表', unit: UNIT, unitLine, compiler, labels: ['单位名称'],
      header: [
        [{ text: '单位名称', rowspan: 2 }, { text: '合计', rowspan: 2 }, { text: '因公出国（境）费', rowspan: 2 }, { text: '公务用车购置及运行费', colspan: 3 }, { text: '公务接待费', rowspan: 2 }],
        [{ text: '小计' }, { text: '公务用车购置费' }, { text: '公务用车运行费' }],
      ],
      columns: ['合计', '因公出国（境）费', '公务用车购置及运行费/小计', '公务用车购置及运行费/公务用车购置费', '公务用车购置及运行费/公务用车运行费', '公务接待费'],
      rows: [{ item: '测试市统计局', values: { 合计: yuan('11.20'), '因公出国（境）费': undefined, '公务用车购置及运行费/小计': yuan('8.00'), '公务用车购置及运行费/公务用车购置费': undefined, '公务用车购置及运行费/公务用车运行费': yuan('8.00'), 公务接待费: yuan('3.20') } }],
    }),
    figureTable({ code: '公开08表', title: '测试市统计局2024年政府性基金预算支出表', unit: UNIT, unitLine, compiler, labels: ['科目编码', '科目名称'], columns: ['合计', '基本支出', '项目支出'], rows: [], statement: { text: '本单位2024年无政府性基金预算拨款安排的支出，本表为空表。', as: 'paragraph' } }),
    figureTable({ code: '公开09表', title: '测试市统计局2024年国有资本经营预算支出表', unit: UNIT, unitLine, compiler, labels: ['科目编码', '科目名称'], columns: ['合计', '基本支出', '项目支出'], rows: [], statement: { text: '本单位无此项收支。', as: 'row' } }),
  ],
};
