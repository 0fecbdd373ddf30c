/**
 * 公开质量指数 (disclosure quality index): 明账's own rubric, modelled on the Open Budget
 * Survey (availability, comprehensiveness, timeliness of key documents, answers scored
 * as shares) and the Tsinghua city fiscal-transparency rubric (presence checks of each
 * required item, converted to 100). It is data with a version; the methodology page is
 * generated from it, so the page and the code cannot disagree.
 */
import type { DisclosureKind } from '../../schemas/disclosure.ts';

export const QUALITY_RUBRIC_VERSION = '2026.1';

/** One element a kind of disclosure should contain, evidenced by its figures in the JSON. */
export interface RequiredElement {
  id: string;
  /** The section or table of the published document this stands for. */
  title: string;
  /** Field paths: all must be present ("|" separates alternatives within one entry). */
  evidence: string[];
}

export interface QualityItem {
  id: string;
  title: string;
  weight: number;
  /** Why this item has this weight. */
  rationale: string;
  /** What the item is modelled on. */
  source: string;
  /** How points are awarded, in words (shown on the methodology page). */
  method: string;
  /** Kinds the item applies to; others redistribute its weight. */
  appliesTo: DisclosureKind[];
}

const ALL: DisclosureKind[] = ['budget', 'final-accounts', 'performance-targets', 'self-evaluation', 'project-evaluation'];

export const QUALITY_ITEMS: QualityItem[] = [
  {
    id: 'completeness',
    title: '内容完整',
    weight: 30,
    rationale: '公开的首要条件是该公开的都公开了：《地方预决算公开操作规程》要求“不得少公开”。完整性是两套参照体系中权重最大的部分，故占 30 分。',
    source: '《地方预决算公开操作规程》（财预〔2016〕143号）第三条；清华大学《中国市级政府财政透明度研究报告》按公开项目逐项计分；Open Budget Survey 的 comprehensiveness 问题组。',
    method: '按公开类型列出应有的章节和表格（见下表），每项以 JSON 中对应数字是否齐全为证据；每有一项得 30 ÷ 项数 分。',
    appliesTo: ALL,
  },
  {
    id: 'quantified-targets',
    title: '绩效目标量化',
    weight: 15,
    rationale: '目标不量化就无法衡量完成情况；中央要求绩效目标“细化量化”，是绩效公开最常见的短板。',
    source: '《关于全面实施预算绩效管理的意见》（中发〔2018〕34号）；清华报告“预算绩效/项目绩效目标公开”部分。',
    method: '列出具体指标（三级指标）的行中，目标值含有数字的比例 × 15。应有绩效指标而一个也没有时得 0 分。部门决算不要求绩效指标，此项不适用。',
    appliesTo: ['budget', 'performance-targets', 'self-evaluation', 'project-evaluation'],
  },
  {
    id: 'target-actual',
    title: '目标与实际对照',
    weight: 15,
    rationale: '自评的意义在于目标与实际完成值的对照；只写“达到目标”而不列数值，读者无法核实。',
    source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）附件：自评表须列年度指标值与实际完成值；Open Budget Survey 对年终报告“实际与计划对比”的要求。',
    method: '自评类公开中，列出的具体指标有实际完成值的比例 × 15。没有列出任何指标完成情况时得 0 分。预算、决算和绩效目标表不适用。',
    appliesTo: ['self-evaluation', 'project-evaluation'],
  },
  {
    id: 'consistency',
    title: '数字内部一致',
    weight: 20,
    rationale: '数字互相矛盾的公开会误导读者；自动核对是明账独有的能力，占 20 分。原文本身不一致（已登记为“数据一致性提示”）同样扣分。',
    source: '明账核对规则（见上文“核对规则”），参照各级财政部门公开检查中的“数据准确性”要求。',
    method: '适用于这份公开的恒等式规则（加总、平衡、比率、得分）中，没有发现问题的比例 × 20。没有可核对的恒等式时此项不适用。',
    appliesTo: ALL,
  },
  {
    id: 'timeliness',
    title: '公开及时',
    weight: 10,
    rationale: '过期的信息价值大减；Open Budget Survey 对每份文件都要求在规定时间内公开。',
    source: '《预算法》第十四条（批复后二十日内公开）、第五十二条（人大批准后二十日内批复部门预算）；Open Budget Survey 的 timeliness 标准。',
    method: '注明发布日期且不晚于期限得 10 分；只注明填报日期且不晚于期限得 5 分；晚于期限或未注明日期得 0 分。期限见下表；日期只精确到月或年时按该月或该年最后一天计。',
    appliesTo: ALL,
  },
  {
    id: 'units-precision',
    title: '单位与精度',
    weight: 10,
    rationale: '金额不注单位（元还是万元）会差一万倍；执行率应能由所列数字复算。',
    source: '《地方预决算公开操作规程》第四条“形式规范”；明账的数据规范。',
    method: '全部金额注明单位得 5 分；涉及预算执行的公开列出执行率且能由执行数和预算数复算得 5 分（未列执行率得 0 分；预算和绩效目标表不涉及执行，此半项不适用）。',
    appliesTo: ALL,
  },
];

/** The elements each kind should contain (completeness). */
export const REQUIRED_ELEMENTS: Record<DisclosureKind, RequiredElement[]> = {
  budget: [
    { id: 'income', title: '收入预算', evidence: ['income.total'] },
    { id: 'spending', title: '支出预算', evidence: ['spending.total'] },
    { id: 'basic-project', title: '基本支出和项目支出', evidence: ['spending.basic', 'spending.project'] },
    { id: 'economic', title: '基本支出按经济分类（人员经费、公用经费）', evidence: ['spending.personnel', 'spending.publicOperation'] },
    { id: 'function', title: '支出按功能分类', evidence: ['byFunction'] },
    { id: 'three-public', title: '“三公”经费', evidence: ['threePublic.total', 'threePublic.overseas', 'threePublic.vehicles', 'threePublic.reception'] },
    { id: 'operating-costs', title: '机关运行经费', evidence: ['operatingCosts'] },
    { id: 'procurement', title: '政府采购', evidence: ['procurement.total'] },
    { id: 'targets', title: '项目绩效目标', evidence: ['indicators'] },
  ],
  'final-accounts': [
    { id: 'income', title: '收入决算', evidence: ['income.total'] },
    { id: 'spending', title: '支出决算', evidence: ['spending.total'] },
    { id: 'basic-project', title: '基本支出和项目支出', evidence: ['spending.basic', 'spending.project'] },
    { id: 'economic', title: '基本支出按经济分类（人员经费、公用经费）', evidence: ['spending.personnel', 'spending.publicOperation'] },
    { id: 'balances', title: '年初和年末结转结余', evidence: ['balances.carriedForward', 'balances.closing'] },
    { id: 'budget', title: '预算数（用于对比执行）', evidence: ['budget.initial|budget.adjusted|budget.total'] },
    { id: 'three-public', title: '“三公”经费', evidence: ['threePublic.total', 'threePublic.overseas', 'threePublic.vehicles', 'threePublic.reception'] },
    { id: 'operating-costs', title: '机关运行经费', evidence: ['operatingCosts'] },
    { id: 'procurement', title: '政府采购（含授予中小企业合同金额）', evidence: ['procurement.total', 'procurement.sme'] },
  ],
  'performance-targets': [
    { id: 'spending', title: '部门预算支出（基本支出、项目支出）', evidence: ['spending.basic', 'spending.project'] },
    { id: 'income', title: '收入来源', evidence: ['income.fiscalAppropriation|income.total'] },
    { id: 'overall', title: '总体绩效目标', evidence: ['overallTargets'] },
    { id: 'tasks', title: '年度重点工作任务及拟投入资金', evidence: ['keyTasks'] },
    { id: 'indicators', title: '绩效指标', evidence: ['indicators'] },
  ],
  'self-evaluation': [
    { id: 'budget', title: '预算数', evidence: ['budget.total|budget.initial|budget.adjusted'] },
    { id: 'spending', title: '实际支出', evidence: ['spending.total'] },
    { id: 'basic-project', title: '基本支出和项目支出', evidence: ['spending.basic', 'spending.project'] },
    { id: 'execution', title: '预算执行率', evidence: ['executionRate'] },
    { id: 'indicators', title: '绩效指标及完成情况', evidence: ['targets|score.tree'] },
    { id: 'score', title: '自评得分', evidence: ['score.selfScore|score.total'] },
    { id: 'problems', title: '存在问题', evidence: ['problems'] },
    { id: 'measures', title: '改进措施', evidence: ['measures'] },
  ],
  'project-evaluation': [
    { id: 'funds', title: '项目资金（预算数与执行数）', evidence: ['funds'] },
    { id: 'execution', title: '预算执行率', evidence: ['funds.0.executionRate'] },
    { id: 'overall', title: '年度总体目标与实际完成情况', evidence: ['overallTarget.expected', 'overallTarget.actual'] },
    { id: 'indicators', title: '绩效指标', evidence: ['indicators'] },
    { id: 'score', title: '总分', evidence: ['totalScore'] },
    { id: 'grade', title: '评价结论（等级）', evidence: ['grade'] },
    { id: 'problems', title: '存在问题与改进措施', evidence: ['problems', 'measures'] },
  ],
};

/** Deadlines used for timeliness, per kind, with their reasoning. */
export const DEADLINES: Record<DisclosureKind, { describe: string; monthDay: string; yearOffset: number; rationale: string }> = {
  budget: { describe: '预算年度 3 月 31 日', monthDay: '03-31', yearOffset: 0, rationale: '人代会通常在 1–2 月批准预算；财政部门在批准后 20 日内批复部门预算（《预算法》第五十二条），部门在批复后 20 日内公开（第十四条），合计约至 3 月底。' },
  'performance-targets': { describe: '预算年度 3 月 31 日', monthDay: '03-31', yearOffset: 0, rationale: '绩效目标随部门预算一并批复和公开（中发〔2018〕34号），期限同部门预算。' },
  'final-accounts': { describe: '次年 9 月 30 日', monthDay: '09-30', yearOffset: 1, rationale: '本级决算一般由人大常委会在 6–8 月批准，部门决算批复后 20 日内公开（《预算法》第十四条），合计约至次年 9 月底。' },
  'self-evaluation': { describe: '次年 12 月 31 日', monthDay: '12-31', yearOffset: 1, rationale: '法律未规定自评报告的公开期限；自评结果用于次年预算编制，明账以次年年底为期限。' },
  'project-evaluation': { describe: '次年 12 月 31 日', monthDay: '12-31', yearOffset: 1, rationale: '法律未规定项目自评的公开期限；明账以次年年底为期限，与部门整体自评相同。' },
};
