/**
 * The standard forms' vocabulary, as the templates print it (docs: /work/shared/design/domain.md
 * 1.2 and 2A): the forms' titles, each section's header sequence, the labels of its rows,
 * and what the cells of each column look like. form-rebuild.ts uses it to put a form back
 * together from text that lost its table (one cell per line, or a row run together on one line).
 */
import { LEVEL1, LEVEL2 } from './labels.ts';

/** 项目支出绩效自评表, 部门（单位）整体支出绩效自评表, 部门整体支出绩效目标表 (东莞: 部门整体预算绩效目标表). */
export const FORM_TITLE = /(项目支出绩效自评表|整体支出绩效自评表|绩效目标表)$/;

const squeeze = (text: string) => text.replace(/\s+/g, '');
/** A header word as printed may carry a unit or a note: "全年预算数（调整后预算数）", "分值(10分)", "预算金额(万元)". */
const bare = (text: string) => squeeze(text).replace(/[（(][^）)]*[)）]/g, '').replace(/^其中[:：]?/, '');

/** One column of a rebuilt section: the words that head it and what its cells look like. */
export interface Column {
  key: string;
  words: string[];
  type: 'text' | 'value' | 'number' | 'percent' | 'nature' | 'unit';
}

export interface GridSection {
  /** The section's first header cell ("项目资金（万元）", "绩效指标"), optional where the template may leave it out. */
  lead: string[];
  leadOptional?: boolean;
  columns: Column[];
}

/** 项目资金 / 年度预算资金: the money rows of both self-evaluation forms. */
export const FUNDS: GridSection = {
  lead: ['项目资金', '年度预算资金', '预算资金', '年度资金'],
  columns: [
    { key: 'initialBudget', words: ['年初预算数'], type: 'number' },
    { key: 'adjustedBudget', words: ['全年预算数', '调整后预算数'], type: 'number' },
    { key: 'executed', words: ['全年执行数'], type: 'number' },
    { key: 'maxScore', words: ['分值'], type: 'number' },
    { key: 'executionRate', words: ['执行率'], type: 'percent' },
    { key: 'score', words: ['得分'], type: 'number' },
  ],
};
/** Rows of the money grid; a 其中 row scores nothing (only 年度资金总额 has 分值 and 得分). */
export const FUND_ROWS = ['年度资金总额', '本年财政拨款', '上年结转资金', '其他资金', '财政资金', '财政专户管理资金', '单位资金', '财政拨款', '基本支出', '项目支出'];

/** 绩效指标: 一级 / 二级 / 三级 and the value columns a template has. */
export const INDICATORS: GridSection = {
  lead: ['绩效指标'],
  leadOptional: true,
  columns: [
    { key: 'level1', words: ['一级指标'], type: 'text' },
    { key: 'level2', words: ['二级指标'], type: 'text' },
    { key: 'level3', words: ['三级指标'], type: 'text' },
    { key: 'nature', words: ['指标性质'], type: 'nature' },
    { key: 'periodTarget', words: ['实施周期指标值'], type: 'value' },
    { key: 'annualTarget', words: ['年度指标值', '年度目标值'], type: 'value' },
    { key: 'unit', words: ['度量单位', '计量单位'], type: 'unit' },
    { key: 'actual', words: ['实际完成值', '全年实际值'], type: 'value' },
    { key: 'maxScore', words: ['分值', '权重'], type: 'number' },
    { key: 'score', words: ['得分'], type: 'number' },
    { key: 'deviation', words: ['偏差原因分析及改进措施', '偏差原因'], type: 'text' },
  ],
};

/** 年度重点工作任务 of the 绩效目标表. */
export const TASKS: GridSection = {
  lead: ['年度重点工作任务'],
  columns: [
    { key: 'name', words: ['名称'], type: 'text' },
    { key: 'content', words: ['主要实施内容'], type: 'text' },
    { key: 'amount', words: ['拟投入的资金'], type: 'number' },
    { key: 'goal', words: ['期望达到的目标'], type: 'text' },
  ],
};

/** 年度总体目标: 预期目标 | 实际完成情况. */
export const OVERALL: GridSection = {
  lead: ['年度总体目标'],
  columns: [
    { key: 'expected', words: ['预期目标'], type: 'text' },
    { key: 'actual', words: ['实际完成情况'], type: 'text' },
  ],
};

/** 绩效目标表 budget block: pairs of a label and its amount under "…｜预算金额(万元)" headers. */
export const PAIR_HEADERS = ['部门预算支出', '收入来源', '事业发展性支出', '按预算级次划分'];
export const PAIR_ROWS = ['基本支出', '项目支出', '财政拨款', '其他资金', '财政专项资金', '其他事业发展性支出', '市本级使用资金', '本级使用资金', '拟用于对下转移支付资金', '财政供养人员数', '下属二级单位数'];
/** The left-hand group cells the 绩效目标表 merges over several rows. */
export const GROUP_CELLS = ['预算整体情况', '基本信息'];

/** Labels whose value is the next cell(s): "项目名称 | 人大代表履职保障经费". */
export const PAIR_LABELS = ['项目名称', '主管部门', '实施单位', '部门（单位）名称', '部门名称', '单位名称', '总体绩效目标', '其他需完成的任务', '评价结论', '自评等级', '存在问题', '改进措施', '项目负责人', '财务负责人', '填表人', '联系电话'];
/** The last row before the free-text rows: "总分 | 100 | 91.5". */
export const TOTAL_LABEL = '总分';

const has = (list: readonly string[], text: string) => list.includes(bare(text));
export const isPairLabel = (text: string) => has(PAIR_LABELS, text);
export const isFundRow = (text: string) => has(FUND_ROWS, text);
export const isPairRow = (text: string) => has(PAIR_ROWS, text);
export const isLevel = (text: string) => LEVEL1.includes(squeeze(text)) || LEVEL2.includes(squeeze(text));
export const isGroupCell = (text: string) => has(GROUP_CELLS, text);

/** The column a header cell names, or undefined. */
export function columnOf(section: GridSection, cell: string): Column | undefined {
  const word = bare(cell);
  return section.columns.find((c) => c.words.some((w) => word === w || word.startsWith(w)));
}
export const isLead = (section: GridSection, cell: string) => section.lead.some((w) => bare(cell).startsWith(w));
/** A header cell of any grid: where a section's rows stop. */
export const isHeaderWord = (cell: string) =>
  [FUNDS, INDICATORS, TASKS, OVERALL].some((s) => isLead(s, cell) || columnOf(s, cell) !== undefined) || PAIR_HEADERS.some((w) => bare(cell).startsWith(w));
/** Any cell that starts something (a header, a row label, a pair label, 总分): the end of the cell before it. */
export const isAnchor = (cell: string) => isHeaderWord(cell) || isPairLabel(cell) || isFundRow(cell) || isPairRow(cell) || isGroupCell(cell) || bare(cell) === TOTAL_LABEL;

/** An empty cell the template marks: "—", "/", "-". */
export const isBlankMark = (cell: string) => /^[—–\-－/／\\、]+$/.test(squeeze(cell));
export const isNumber = (cell: string) => /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(squeeze(cell));
export const isPercent = (cell: string) => /^-?\d+(?:\.\d+)?[%％]$/.test(squeeze(cell));
export const isNature = (cell: string) => /^(=|≥|≤|>|<|＝|定性|定量)$/.test(squeeze(cell));
/**
 * A target or actual value: a number, a sign, a percentage, or one of the words the forms
 * use for a qualitative target or result ("是", "长期", "达到", "良好", "按时完成" …).
 */
const QUALITATIVE = /^(是|否|有|无|长期|中长期|持续|达到|达标|已完成|完成|基本完成|全部完成|按时|及时|合格|符合|规范|优|优秀|良|良好|中|差|好|较好|显著|明显|有效|提升|提高|逐步|稳步|满意|正常)/;
export const isValue = (cell: string) => {
  const t = squeeze(cell);
  return /\d/.test(t) || /^[≥≤><=＞＜＝]/.test(t) || (t.length <= 12 && QUALITATIVE.test(t));
};
