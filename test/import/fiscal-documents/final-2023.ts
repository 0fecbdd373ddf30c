/**
 * A county 人大常委会办公室's 2023 部门决算, the nine tables in 元: codes run together
 * with the names in one 项目 column, the unit printed once above all tables, page
 * numbers under each page, the "三公" table by rows (预算数 and 决算数), the 政府性基金
 * table stated empty in a note and the 国有资本经营 one in a row.
 */
import { add, type Cents, figureTable, type FiscalDocument, functionTree, type Leaf, twoSidedTable, yuan } from './model.ts';

const UNIT = '元' as const;
const CLASSES: Record<string, string> = {
  '201': '一般公共服务支出', '20101': '人大事务',
  '208': '社会保障和就业支出', '20805': '行政事业单位养老支出',
  '210': '卫生健康支出', '21011': '行政事业单位医疗',
  '221': '住房保障支出', '22102': '住房改革支出',
};
/** Each 项: 基本/项目 spending, the part from 其他收入, the 年初结转 it used and the 年末结转 it left (all 财政拨款). */
const LINES: { code: string; name: string; basic?: string; project?: string; other?: string; opening?: string; closing?: string }[] = [
  { code: '2010101', name: '行政运行', basic: '3268450.12' },
  { code: '2010102', name: '一般行政管理事务', project: '412300.00' },
  { code: '2010104', name: '人大会议', project: '865000.50', opening: '150000.00' },
  { code: '2010105', name: '人大立法', project: '120000.00' },
  { code: '2010106', name: '人大监督', project: '96540.00' },
  { code: '2010107', name: '人大代表履职能力提升', project: '288760.00', closing: '80000.00' },
  { code: '2010108', name: '代表工作', project: '350000.00' },
  { code: '2010199', name: '其他人大事务支出', project: '45800.00', other: '20000.00' },
  { code: '2080501', name: '行政单位离退休', basic: '186420.35' },
  { code: '2080505', name: '机关事业单位基本养老保险缴费支出', basic: '402118.80' },
  { code: '2080506', name: '机关事业单位职业年金缴费支出', basic: '160847.52' },
  { code: '2101101', name: '行政单位医疗', basic: '175300.64' },
  { code: '2101103', name: '公务员医疗补助', basic: '62480.00' },
  { code: '2210201', name: '住房公积金', basic: '241176.00' },
  { code: '2210203', name: '购房补贴', basic: '38650.00' },
];
const c = (text?: string): Cents => (text === undefined ? undefined : yuan(text));
type Line = (typeof LINES)[number];
const total = (l: Line) => add(c(l.basic), c(l.project))!;
const fiscalSpending = (l: Line) => total(l) - (c(l.other) ?? 0);
const fiscalIncome = (l: Line) => fiscalSpending(l) - (c(l.opening) ?? 0) + (c(l.closing) ?? 0);

const spending = functionTree(LINES.map((l): Leaf => ({ code: l.code, name: l.name, values: { 本年支出合计: total(l), 基本支出: c(l.basic), 项目支出: c(l.project), 上缴上级支出: undefined, 经营支出: undefined, 对附属单位补助支出: undefined } })), CLASSES, ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
const income = functionTree(LINES.map((l): Leaf => ({ code: l.code, name: l.name, values: { 本年收入合计: add(fiscalIncome(l), c(l.other)), 财政拨款收入: fiscalIncome(l), 上级补助收入: undefined, 事业收入: undefined, 经营收入: undefined, 其他收入: c(l.other) } })), CLASSES, ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '其他收入']);
const gpLeaves = LINES.map((l): Leaf => ({ code: l.code, name: l.name, values: { 合计: fiscalSpending(l), 基本支出: c(l.basic), 项目支出: l.project ? fiscalSpending(l) : undefined } }));
const gp = functionTree(gpLeaves, CLASSES, ['合计', '基本支出', '项目支出']);

const sum = (values: Cents[]) => add(...values);
const gpIncome = sum(LINES.map(fiscalIncome))!;
const other = sum(LINES.map((l) => c(l.other)));
const opening = sum(LINES.map((l) => c(l.opening)));
const closing = sum(LINES.map((l) => c(l.closing)));
const yearIncome = add(gpIncome, other);
const yearSpending = sum(LINES.map(total));
const gpSpending = sum(LINES.map(fiscalSpending));
const classRows = spending.filter((r) => r.code?.length === 3);
const gpClasses = gp.filter((r) => r.code?.length === 3);

const basicTotal = sum(gpLeaves.map((l) => l.values.基本支出))!;
const ECONOMIC: [string, string, '人员经费' | '公用经费', string | undefined][] = [
  ['30101', '基本工资', '人员经费', '1026480.00'], ['30102', '津贴补贴', '人员经费', '884215.60'], ['30103', '奖金', '人员经费', '212400.00'],
  ['30108', '机关事业单位基本养老保险缴费', '人员经费', '402118.80'], ['30109', '职业年金缴费', '人员经费', '160847.52'], ['30110', '职工基本医疗保险缴费', '人员经费', '175300.64'],
  ['30113', '住房公积金', '人员经费', '241176.00'], ['30201', '办公费', '公用经费', '96350.20'], ['30211', '差旅费', '公用经费', '58640.00'],
  ['30217', '公务接待费', '公用经费', '18640.00'], ['30228', '工会经费', '公用经费', '45210.36'], ['30231', '公务用车运行维护费', '公用经费', '52380.40'],
  ['30239', '其他交通费用', '公用经费', '88200.00'], ['30305', '生活补助', '人员经费', '62480.00'], ['30302', '退休费', '人员经费', undefined],
];
const economic = functionTree(
  ECONOMIC.map(([code, name, part, amount], i): Leaf => {
    const value = amount === undefined ? basicTotal - ECONOMIC.slice(0, i).reduce((s, e) => s + yuan(e[3]!), 0) : yuan(amount);
    return { code, name, values: { 合计: value, 人员经费: part === '人员经费' ? value : undefined, 公用经费: part === '公用经费' ? value : undefined } };
  }),
  { '301': '工资福利支出', '302': '商品和服务支出', '303': '对个人和家庭的补助' },
  ['合计', '人员经费', '公用经费'],
);

const row = (item: string, values: Record<string, Cents>) => ({ item, values });
const amount = (v: Cents) => ({ 金额: v });
const threePublic = (item: string, budget?: string, final?: string) => row(item, { 预算数: c(budget), 决算数: c(final) });

export const FINAL_2023: FiscalDocument = {
  title: '测试县人大常委会办公室2023年度部门决算',
  preamble: ['第二部分 2023年度部门决算表', '金额单位：元'],
  rowsPerPage: 12,
  pageNumbers: true,
  splitDocxTables: true,
  tables: [
    twoSidedTable({
      code: '公开01表', title: '收入支出决算总表', unit: UNIT, income: ['金额'], spending: ['金额'],
      lines: [
        [row('一、一般公共预算财政拨款收入', amount(gpIncome)), row(`一、${classRows[0].item}`, amount(classRows[0].values.本年支出合计))],
        [row('二、政府性基金预算财政拨款收入', amount(undefined)), row(`二、${classRows[1].item}`, amount(classRows[1].values.本年支出合计))],
        [row('三、国有资本经营预算财政拨款收入', amount(undefined)), row(`三、${classRows[2].item}`, amount(classRows[2].values.本年支出合计))],
        [row('四、上级补助收入', amount(undefined)), row(`四、${classRows[3].item}`, amount(classRows[3].values.本年支出合计))],
        [row('五、事业收入', amount(undefined)), undefined],
        [row('六、经营收入', amount(undefined)), undefined],
        [row('七、附属单位上缴收入', amount(undefined)), undefined],
        [row('八、其他收入', amount(other)), undefined],
        [row('本年收入合计', amount(yearIncome)), row('本年支出合计', amount(yearSpending))],
        [row('使用非财政拨款结余', amount(undefined)), row('结余分配', amount(undefined))],
        [row('年初结转和结余', amount(opening)), row('年末结转和结余', amount(closing))],
        [row('总计', amount(add(yearIncome, opening))), row('总计', amount(add(yearSpending, closing)))],
      ],
    }),
    figureTable({ code: '公开02表', title: '收入决算表', unit: UNIT, labels: ['项目'], columns: ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '其他收入'], rows: income }),
    figureTable({ code: '公开03表', title: '支出决算表', unit: UNIT, labels: ['项目'], columns: ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'], rows: spending }),
    twoSidedTable({
      code: '公开04表', title: '财政拨款收入支出决算总表', unit: UNIT, income: ['金额'], spending: ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
      lines: [
        [row('一、一般公共预算财政拨款', amount(gpIncome)), row(`一、${gpClasses[0].item}`, { 合计: gpClasses[0].values.合计, 一般公共预算财政拨款: gpClasses[0].values.合计 })],
        [row('二、政府性基金预算财政拨款', amount(undefined)), row(`二、${gpClasses[1].item}`, { 合计: gpClasses[1].values.合计, 一般公共预算财政拨款: gpClasses[1].values.合计 })],
        [row('三、国有资本经营预算财政拨款', amount(undefined)), row(`三、${gpClasses[2].item}`, { 合计: gpClasses[2].values.合计, 一般公共预算财政拨款: gpClasses[2].values.合计 })],
        [undefined, row(`四、${gpClasses[3].item}`, { 合计: gpClasses[3].values.合计, 一般公共预算财政拨款: gpClasses[3].values.合计 })],
        [row('本年收入合计', amount(gpIncome)), row('本年支出合计', { 合计: gpSpending, 一般公共预算财政拨款: gpSpending })],
        [row('年初财政拨款结转和结余', amount(opening)), row('年末财政拨款结转和结余', { 合计: closing, 一般公共预算财政拨款: closing })],
        [row('总计', amount(add(gpIncome, opening))), row('总计', { 合计: add(gpSpending, closing), 一般公共预算财政拨款: add(gpSpending, closing) })],
      ],
    }),
    figureTable({ code: '公开05表', title: '一般公共预算财政拨款支出决算表', unit: UNIT, labels: ['项目'], columns: ['合计', '基本支出', '项目支出'], rows: gp }),
    figureTable({ code: '公开06表', title: '一般公共预算财政拨款基本支出决算表', unit: UNIT, labels: ['项目'], columns: ['合计', '人员经费', '公用经费'], rows: economic }),
    figureTable({
      code: '公开07表', title: '一般公共预算财政拨款“三公”经费支出决算表', unit: UNIT, labels: ['项目'], columns: ['预算数', '决算数'],
      rows: [
        threePublic('合计', '85000.00', '71020.40'),
        threePublic('1.因公出国（境）费'),
        threePublic('2.公务用车购置及运行费', '60000.00', '52380.40'),
        threePublic('（1）公务用车购置费'),
        threePublic('（2）公务用车运行费', '60000.00', '52380.40'),
        threePublic('3.公务接待费', '25000.00', '18640.00'),
      ],
    }),
    figureTable({ code: '公开08表', title: '政府性基金预算财政拨款收入支出决算表', unit: UNIT, labels: ['项目'], columns: ['年初结转和结余', '本年收入', '本年支出', '年末结转和结余'], rows: [], statement: { text: '注：本单位2023年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表无数据。', as: 'paragraph' } }),
    figureTable({ code: '公开09表', title: '国有资本经营预算财政拨款支出决算表', unit: UNIT, labels: ['项目'], columns: ['合计', '基本支出', '项目支出'], rows: [], statement: { text: '本单位无此项收支，本表为空表。', as: 'row' } }),
  ],
};
