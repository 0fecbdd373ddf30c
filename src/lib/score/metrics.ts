/**
 * Derived metrics, computed exactly from the published figures: execution rate,
 * basic/project shares, year-over-year change, per-capita spending.
 */
import { divide, type Decimal, isZero, subtract, sum, toPlainString } from '../money.ts';
import { executionRate } from '../audit/execution-rate.ts';
import { amountField, inUnit, showInUnitOf, showMoney } from '../audit/fields.ts';
import type { Department } from '../../schemas/department.ts';
import type { Disclosure } from '../../schemas/disclosure.ts';
import { groupThousands } from '../format/figure.ts';
import type { DerivedMetric } from './types.ts';

const pct = (value: Decimal) => `${toPlainString(value)}%`;
const noop = () => {};

export function derivedMetrics(data: Disclosure, department: Department | undefined, previous: Disclosure | undefined): DerivedMetric[] {
  const metrics: DerivedMetric[] = [];
  const rate = executionRate(data);
  if (rate?.basis) {
    const spending = amountField(data, rate.basis.spending, noop)!;
    const budget = amountField(data, rate.basis.budget, noop)!;
    const computed = divide(inUnit(spending, spending.unit), inUnit(budget, spending.unit), 2, 'half-up', 2);
    if (computed) metrics.push({ id: 'execution-rate', title: '预算执行率（复算）', value: pct(computed), explanation: `执行数 ${showMoney(spending)} ÷ 预算数 ${showMoney(budget)} = ${pct(computed)}（保留两位小数）${rate.stated ? `；原文所述为 ${rate.display}` : ''}。` });
  }
  const basic = amountField(data, 'spending.basic', noop);
  const project = amountField(data, 'spending.project', noop);
  if (basic && project) {
    const total = amountField(data, 'spending.total', noop);
    const whole = total ? inUnit(total, basic.unit) : sum([inUnit(basic, basic.unit), inUnit(project, basic.unit)]);
    const wholeName = total ? `支出合计 ${showMoney(total)}` : `基本支出与项目支出之和 ${showInUnitOf(whole, basic.unit)}`;
    const basicShare = divide(inUnit(basic, basic.unit), whole, 2, 'half-up', 2);
    const projectShare = divide(inUnit(project, basic.unit), whole, 2, 'half-up', 2);
    if (basicShare) metrics.push({ id: 'basic-share', title: '基本支出占比', value: pct(basicShare), explanation: `基本支出 ${showMoney(basic)} ÷ ${wholeName}。` });
    if (projectShare) metrics.push({ id: 'project-share', title: '项目支出占比', value: pct(projectShare), explanation: `项目支出 ${showMoney(project)} ÷ ${wholeName}。` });
  }
  const spending = amountField(data, 'spending.total', noop);
  const before = previous && amountField(previous, 'spending.total', noop);
  if (spending && before && previous) {
    const change = subtract(inUnit(spending, spending.unit), inUnit(before, spending.unit));
    const rateOfChange = isZero(before.value) ? undefined : divide(change, inUnit(before, spending.unit), 2, 'half-up', 2);
    metrics.push({ id: 'spending-yoy', title: `支出较 ${previous.fiscalYear} 年变化`, value: `${showInUnitOf(change, spending.unit)}${rateOfChange ? `（${pct(rateOfChange)}）` : ''}`, explanation: `${data.fiscalYear} 年 ${showMoney(spending)} − ${previous.fiscalYear} 年 ${showMoney(before)}。` });
  }
  const year = department?.years?.find((y) => y.year === data.fiscalYear);
  const staff = year?.actualStaff ?? year?.staffFunded;
  if (spending && staff) {
    const perCapita = divide(inUnit(spending, '万元'), { units: BigInt(staff), scale: 0 }, 2, 'half-up');
    const staffName = year?.actualStaff ? '实有人数' : '财政供养人员数';
    if (perCapita) metrics.push({ id: 'per-capita', title: '人均支出', value: `${groupThousands(toPlainString(perCapita))} 万元/人`, explanation: `支出 ${showMoney(spending)} ÷ ${staffName} ${staff} 人（${year!.source}）。` });
  }
  return metrics;
}
