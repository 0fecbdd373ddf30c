/**
 * The words recognize() trusts: labels of the standard tables' cells, header lines, the
 * national indicator vocabulary and the prose labels, with the number format they take.
 */
import type { DisclosureKind } from '../../schemas/disclosure.ts';

export type Unit = '元' | '万元';
export const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** "5,082.95" → "5082.95"; undefined when it is not a well-formed number. */
export function plainNumber(text: string): string | undefined {
  const t = text.trim().replace(/^[-－](?=\d)/, '-');
  return NUMBER.test(t) ? t.replace(/,/g, '') : undefined;
}
export const unitIn = (text: string): Unit | undefined => {
  const m = text.match(/[(（]\s*(万元|元)\s*[)）]|单位\s*[:：]\s*(万元|元)/);
  return (m?.[1] ?? m?.[2]) as Unit | undefined;
};
export const norm = (text: string) => text.replace(/\s+/g, '').replace(/^其中[:：]?/, '').replace(/[（(](万元|元)[)）]$/, '');

/** Labelled cells of the standard tables → field, by kind. The label must be the whole cell. */
export const CELL_LABELS: Record<string, { field: string; kinds?: DisclosureKind[] }> = {
  基本支出: { field: 'spending.basic' },
  项目支出: { field: 'spending.project' },
  人员经费: { field: 'spending.personnel' },
  公用经费: { field: 'spending.publicOperation' },
  财政拨款: { field: 'income.fiscalAppropriation', kinds: ['performance-targets'] },
  其他资金: { field: 'income.other', kinds: ['performance-targets'] },
  财政专项资金: { field: 'developmentSpending.specialFunds', kinds: ['performance-targets'] },
  其他事业发展性支出: { field: 'developmentSpending.other', kinds: ['performance-targets'] },
  市本级使用资金: { field: 'byLevel.ownUse', kinds: ['performance-targets'] },
  本级使用资金: { field: 'byLevel.ownUse', kinds: ['performance-targets'] },
  拟用于对下转移支付资金: { field: 'byLevel.transfers', kinds: ['performance-targets'] },
  一般公共预算财政拨款收入: { field: 'income.generalPublic' },
  一般公共预算拨款收入: { field: 'income.generalPublic' },
  政府性基金预算财政拨款收入: { field: 'income.governmentFund' },
  政府性基金预算拨款收入: { field: 'income.governmentFund' },
  国有资本经营预算财政拨款收入: { field: 'income.stateCapital' },
  上级补助收入: { field: 'income.superiorSubsidy' },
  事业收入: { field: 'income.business' },
  经营收入: { field: 'income.operating' },
  附属单位上缴收入: { field: 'income.subordinateRemittance' },
  其他收入: { field: 'income.other' },
  本年收入合计: { field: 'income.total' },
  使用非财政拨款结余: { field: 'balances.nonFiscalBalanceUsed' },
  年初结转和结余: { field: 'balances.carriedForward' },
  收入总计: { field: 'balances.incomeGrandTotal' },
  本年支出合计: { field: 'spending.total' },
  结余分配: { field: 'balances.balanceDistribution' },
  年末结转和结余: { field: 'balances.closing' },
  支出总计: { field: 'balances.spendingGrandTotal' },
  '因公出国（境）费': { field: 'threePublic.overseas' },
  公务用车购置及运行费: { field: 'threePublic.vehicles' },
  公务用车购置费: { field: 'threePublic.vehiclePurchase' },
  公务用车运行费: { field: 'threePublic.vehicleOperation' },
  公务接待费: { field: 'threePublic.reception' },
  机关运行经费: { field: 'operatingCosts', kinds: ['budget', 'final-accounts'] },
};
/** Counts about the body, for the department file. */
export const DEPARTMENT_LABELS: Record<string, string> = { 财政供养人员数: 'staffFunded', 下属二级单位数: 'subordinateUnits', 预算单位数量: 'budgetUnits' };

/** Header lines at the top of a report ("填报人：邵慷"). */
export const HEADER_LABELS: Record<string, string> = { 部门名称: 'publisherName', 填报人: 'filledBy', 联系电话: 'contactPhone', 填报日期: 'filledDate' };

/** Standard indicator vocabulary (财预〔2020〕10号 and the 绩效目标表 templates). */
export const LEVEL1 = ['产出指标', '效益指标', '满意度指标', '服务对象满意度指标', '成本指标'];
export const LEVEL2 = ['数量指标', '质量指标', '时效指标', '成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标', '经济效益', '社会效益', '生态效益'];

/** Prose labels: the label, then optionally 为/是/共计/：, then the number and unit. */
export interface ProseLabel {
  field: string;
  labels: string[];
  unit: 'amount' | 'percent' | 'score';
  kinds: DisclosureKind[];
}
export const EVALUATION: DisclosureKind[] = ['self-evaluation'];
export const PROSE: ProseLabel[] = [
  { field: 'budget.total', labels: ['年度预算', '全年预算数', '全年预算'], unit: 'amount', kinds: EVALUATION },
  { field: 'budget.generalPublic', labels: ['一般公共预算财政预算'], unit: 'amount', kinds: EVALUATION },
  { field: 'budget.governmentFund', labels: ['政府性基金预算'], unit: 'amount', kinds: EVALUATION },
  { field: 'budget.stateCapital', labels: ['国有资本经营预算'], unit: 'amount', kinds: EVALUATION },
  { field: 'spending.total', labels: ['实际支出', '总支出', '执行数'], unit: 'amount', kinds: EVALUATION },
  { field: 'spending.basic', labels: ['基本支出'], unit: 'amount', kinds: EVALUATION },
  { field: 'spending.project', labels: ['项目支出'], unit: 'amount', kinds: EVALUATION },
  { field: 'income.total', labels: ['总收入'], unit: 'amount', kinds: EVALUATION },
  { field: 'balances.carriedForward', labels: ['年初结余和结转资金', '年初结转和结余'], unit: 'amount', kinds: EVALUATION },
  { field: 'balances.available', labels: ['可用资金共计', '可用资金'], unit: 'amount', kinds: EVALUATION },
  { field: 'balances.closing', labels: ['年末结余', '年末结转和结余'], unit: 'amount', kinds: EVALUATION },
  { field: 'executionRate', labels: ['支出进度', '预算执行率', '完成预算的'], unit: 'percent', kinds: EVALUATION },
  { field: 'score.selfScore', labels: ['自评分'], unit: 'score', kinds: EVALUATION },
  { field: 'score.bonus', labels: ['加分项加'], unit: 'score', kinds: EVALUATION },
  { field: 'score.total', labels: ['合计', '综合得分为'], unit: 'score', kinds: EVALUATION },
];
/** Before a prose label: start, punctuation or space, or one of these words ("其中基本支出", "累计实际支出", "2020年总收入"). */
export const LEFT_OK = /(^|[\s，,。；;：:、（(）)]|年|其中|累计|全年|共)$/;
/** Labels short or common enough to occur inside other terms ("情况自评分", "一般公共预算基本支出"): they must stand on their own. */
export const STRICT_LEFT = new Set(['自评分', '合计', '执行数', '基本支出', '项目支出', '总收入', '总支出', '年末结余', '年度预算', '全年预算']);
export const UNIT_RE: Record<ProseLabel['unit'], string> = { amount: '(万元|元)', percent: '(%|％)', score: '(分)' };
