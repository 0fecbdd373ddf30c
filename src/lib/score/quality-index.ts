/**
 * Applies the quality rubric to one disclosure. Every point awarded or withheld carries
 * its reason and the evidence (a field path), so the page can show the working.
 */
import { add, decimal, type Decimal, divide, multiplyByPowerOfTen, sum, toPlainString } from '../money.ts';
import type { RuleRun } from '../audit/audit-disclosure.ts';
import { executionRate } from '../audit/execution-rate.ts';
import { valueAt } from '../audit/fields.ts';
import { indicatorRows } from '../audit/indicators.ts';
import type { Disclosure } from '../../schemas/disclosure.ts';
import { AMOUNT_PATTERN } from '../../schemas/primitives.ts';
import { DEADLINES, QUALITY_ITEMS, QUALITY_RUBRIC_VERSION, REQUIRED_ELEMENTS } from './quality-rubric.ts';
import { parseTarget } from '../standards/target.ts';
import type { QualityIndex, QualityItemResult } from './types.ts';
import { INCOMPLETE_LABEL, unfilledReasons } from './unfilled.ts';

type Reason = QualityItemResult['reasons'][number];
const ZERO: Decimal = { units: 0n, scale: 0 };
/** points × share, exactly, at two decimals. */
const share = (points: number, part: number, whole: number): Decimal => divide(decimal(points * part), decimal(whole), 2, 'half-up') ?? ZERO;
const show = (d: Decimal) => toPlainString(trim(d));
function trim(d: Decimal): Decimal {
  let { units, scale } = d;
  while (scale > 0 && units % 10n === 0n) { units /= 10n; scale--; }
  return { units, scale };
}

/** True when a field (or one of its "|" alternatives) holds a value (non-empty for lists). */
export function hasEvidence(data: unknown, evidence: string): boolean {
  return evidence.split('|').some((path) => {
    const value = valueAt(data, path);
    return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null && value !== '';
  });
}

function completeness(data: Disclosure): { awarded: Decimal; reasons: Reason[] } {
  const elements = REQUIRED_ELEMENTS[data.kind];
  const each = divide(decimal(30), decimal(elements.length), 4, 'half-up')!;
  const reasons = elements.map((element): Reason => {
    const missing = element.evidence.filter((e) => !hasEvidence(data, e));
    const ok = missing.length === 0;
    const evidence = (ok ? element.evidence : missing).join('、').replaceAll('|', ' 或 ');
    return { text: ok ? `公开了${element.title}` : `未公开${element.title}`, evidence, points: show(divide(each, decimal(1), 2, 'half-up')!), awarded: ok };
  });
  const count = reasons.filter((r) => r.awarded).length;
  return { awarded: share(30, count, elements.length), reasons };
}

function quantifiedTargets(data: Disclosure): { awarded: Decimal; reasons: Reason[] } {
  const rows = indicatorRows(data).filter(({ row }) => row.level3);
  if (rows.length === 0) return { awarded: ZERO, reasons: [{ text: '没有列出具体的绩效指标，无法判断目标是否量化', evidence: 'indicators / targets', points: '15', awarded: false }] };
  const quantified = rows.filter(({ row }) => {
    const target = row.annualTarget ?? row.periodTarget;
    return target !== undefined && parseTarget(target, row.unit).quantified;
  });
  const awarded = share(15, quantified.length, rows.length);
  const withheld = rows.filter((r) => !quantified.includes(r));
  return {
    awarded,
    reasons: [
      { text: `${rows.length} 个具体指标中 ${quantified.length} 个的目标值有数字`, evidence: quantified.map((r) => r.path).join('、') || '—', points: show(awarded), awarded: quantified.length > 0 },
      ...(withheld.length ? [{ text: `${withheld.length} 个指标的目标值没有数字或未列出：${withheld.map((r) => `“${r.row.level3}”（${r.row.annualTarget ?? r.row.periodTarget ?? '未列'}）`).join('、')}`, evidence: withheld.map((r) => r.path).join('、'), points: show(add(decimal(15), { units: -awarded.units, scale: awarded.scale })), awarded: false }] : []),
    ],
  };
}

function targetActual(data: Disclosure): { awarded: Decimal; reasons: Reason[] } {
  const rows = indicatorRows(data).filter(({ row }) => row.level3);
  if (rows.length === 0) return { awarded: ZERO, reasons: [{ text: '没有列出指标的完成情况', evidence: 'indicators / targets', points: '15', awarded: false }] };
  const withActual = rows.filter(({ row }) => row.actual !== undefined);
  const awarded = share(15, withActual.length, rows.length);
  const missing = rows.filter((r) => !withActual.includes(r));
  return {
    awarded,
    reasons: [
      { text: `${rows.length} 个指标中 ${withActual.length} 个列出了实际完成值`, evidence: withActual.map((r) => r.path).join('、') || '—', points: show(awarded), awarded: withActual.length > 0 },
      ...(missing.length ? [{ text: `未列实际完成值：${missing.map((r) => `“${r.row.level3}”`).join('、')}`, evidence: missing.map((r) => r.path).join('、'), points: show(add(decimal(15), { units: -awarded.units, scale: awarded.scale })), awarded: false }] : []),
    ],
  };
}

function consistency(runs: RuleRun[]): { awarded: Decimal; reasons: Reason[] } | undefined {
  const applicable = runs.filter((r) => r.rule.severity === 'error' && r.used.length > 0);
  if (applicable.length === 0) return undefined;
  const failed = applicable.filter((r) => r.findings.length > 0);
  const awarded = share(20, applicable.length - failed.length, applicable.length);
  return {
    awarded,
    reasons: [
      { text: `${applicable.length} 条适用的核对规则中 ${applicable.length - failed.length} 条没有发现问题`, evidence: applicable.filter((r) => !failed.includes(r)).map((r) => r.rule.id).join('、') || '—', points: show(awarded), awarded: failed.length < applicable.length },
      ...failed.map((r) => ({ text: `${r.rule.title}：${r.findings.map((f) => f.message).join(' ')}`, evidence: r.rule.id, points: show(share(20, 1, applicable.length)), awarded: false })),
    ],
  };
}

/** The last day a partial date can mean ("2021-09" → "2021-09-30"). */
function latestDay(date: string): string {
  const [y, m, d] = date.split('-');
  if (d) return date;
  if (m) return `${y}-${m}-${String(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate()).padStart(2, '0')}`;
  return `${y}-12-31`;
}

function timeliness(data: Disclosure): { awarded: Decimal; reasons: Reason[] } {
  const rule = DEADLINES[data.kind];
  const deadline = `${data.fiscalYear + rule.yearOffset}-${rule.monthDay}`;
  if (data.publishedDate) {
    const onTime = latestDay(data.publishedDate) <= deadline;
    return { awarded: onTime ? decimal(10) : ZERO, reasons: [{ text: onTime ? `发布日期 ${data.publishedDate} 不晚于期限 ${deadline}（${rule.describe}）` : `发布日期 ${data.publishedDate} 晚于期限 ${deadline}（${rule.describe}）`, evidence: 'publishedDate', points: '10', awarded: onTime }] };
  }
  if (data.filledDate) {
    const onTime = latestDay(data.filledDate) <= deadline;
    return { awarded: onTime ? decimal(5) : ZERO, reasons: [
      { text: onTime ? `未注明发布日期；填报日期 ${data.filledDate} 不晚于期限 ${deadline}，得一半分` : `未注明发布日期；填报日期 ${data.filledDate} 已晚于期限 ${deadline}`, evidence: 'filledDate', points: '5', awarded: onTime },
      { text: '未注明发布日期', evidence: 'publishedDate', points: '5', awarded: false },
    ] };
  }
  return { awarded: ZERO, reasons: [{ text: `未注明发布日期或填报日期，无法判断是否在期限 ${deadline}（${rule.describe}）前公开`, evidence: 'publishedDate / filledDate', points: '10', awarded: false }] };
}

function countAmounts(value: unknown): number {
  if (typeof value === 'string') return AMOUNT_PATTERN.test(value) ? 1 : 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countAmounts(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + countAmounts(v), 0);
  return 0;
}

function unitsPrecision(data: Disclosure, runs: RuleRun[]): { awarded: Decimal; reasons: Reason[]; weight: number } {
  const reasons: Reason[] = [];
  let awarded = ZERO;
  let weight = 0;
  const amounts = countAmounts(data);
  if (amounts > 0) {
    weight += 5;
    awarded = add(awarded, decimal(5));
    reasons.push({ text: `全部 ${amounts} 个金额都注明了单位（元或万元）`, evidence: '所有金额字段', points: '5', awarded: true });
  }
  if (['self-evaluation', 'final-accounts', 'project-evaluation'].includes(data.kind)) {
    weight += 5;
    const rate = executionRate(data);
    const rateRuns = runs.filter((r) => (r.rule.id === 'rate.execution' || r.rule.id === 'rate.project-execution') && r.used.length > 0);
    if (!rate?.stated) reasons.push({ text: '没有列出预算执行率', evidence: data.kind === 'project-evaluation' ? 'funds.0.executionRate' : 'executionRate', points: '5', awarded: false });
    else if (rateRuns.length === 0) reasons.push({ text: `列出了执行率 ${rate.display}，但没有同时列出执行数和预算数，无法复算`, evidence: rate.fields.join('、'), points: '5', awarded: false });
    else if (rateRuns.some((r) => r.findings.length > 0)) reasons.push({ text: `执行率 ${rate.display} 与执行数、预算数不符`, evidence: rate.fields.join('、'), points: '5', awarded: false });
    else {
      awarded = add(awarded, decimal(5));
      reasons.push({ text: `执行率 ${rate.display} 可由执行数和预算数复算`, evidence: rate.fields.join('、'), points: '5', awarded: true });
    }
  }
  return { awarded, reasons, weight };
}

/** Scores one disclosure on the quality rubric. */
export function qualityIndex(data: Disclosure, runs: RuleRun[]): QualityIndex {
  const items: QualityItemResult[] = QUALITY_ITEMS.map((item) => {
    const base = { id: item.id, title: item.title, weight: item.weight };
    if (!item.appliesTo.includes(data.kind)) return { ...base, applicable: false, awarded: '0', reasons: [{ text: `${item.title}不适用于这类公开，权重按比例分给其他各项`, evidence: '—', points: '0', awarded: false }] };
    const result =
      item.id === 'completeness' ? completeness(data)
      : item.id === 'quantified-targets' ? quantifiedTargets(data)
      : item.id === 'target-actual' ? targetActual(data)
      : item.id === 'consistency' ? consistency(runs)
      : item.id === 'timeliness' ? timeliness(data)
      : unitsPrecision(data, runs);
    if (!result) return { ...base, applicable: false, awarded: '0', reasons: [{ text: '这份公开没有可核对的恒等式，此项不适用', evidence: '—', points: '0', awarded: false }] };
    const weight = 'weight' in result && typeof result.weight === 'number' ? result.weight : item.weight;
    if (weight === 0) return { ...base, applicable: false, awarded: '0', reasons: [{ text: '没有可评的内容，此项不适用', evidence: '—', points: '0', awarded: false }] };
    return { ...base, weight, applicable: true, awarded: show(result.awarded), reasons: result.reasons };
  });
  const applicable = items.filter((i) => i.applicable);
  const awarded = sum(applicable.map((i) => decimal(i.awarded)));
  const possible = applicable.reduce((n, i) => n + i.weight, 0);
  const total = possible === 0 ? ZERO : divide(multiplyByPowerOfTen(awarded, 2), decimal(possible), 1, 'half-up')!;
  const unfilled = unfilledReasons(runs);
  return { version: QUALITY_RUBRIC_VERSION, total: toPlainString(total), items, ...(unfilled && { incomplete: { label: INCOMPLETE_LABEL, reasons: unfilled } }) };
}
