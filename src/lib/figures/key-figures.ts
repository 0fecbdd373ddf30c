/**
 * The few figures that let a reader compare disclosures side by side: budget, spending,
 * the basic/project split, the execution rate and the reported score. Each stated figure
 * keeps its JSON path and its published text; each computed one says how it was computed.
 * Reads the JSON figures only (never the MDX text), so cross-year pages can be built from
 * the data alone.
 */
import type { Disclosure, DisclosureKind } from '../../schemas/disclosure.ts';
import { add, divide, isZero, parseAmount, parsePercent, toWanYuan, toPlainString, type Decimal } from '../money.ts';
import { formatComputedPercent } from '../format/computed.ts';
import { formatPublishedFigure } from '../format/figure.ts';

/**
 * Budget phase in the Fiscal Data Package vocabulary: approved (年初/批复预算),
 * adjusted (调整后预算), executed (决算/实际支出).
 */
export type Phase = 'approved' | 'adjusted' | 'executed';

/** Chinese names of the phases, for column notes. */
export const PHASE_NAMES: Record<Phase, string> = { approved: '预算', adjusted: '调整后预算', executed: '执行数' };

/** A figure as published: its JSON path, the published value and its display text. */
export interface StatedFigure {
  /** English JSON path, e.g. "spending.total" or "funds.0.executed". */
  path: string;
  /** Exactly as published: "18242.27 万元", "98.7%", 94.34. */
  value: string | number;
  /** Display text: thousands separators added, nothing else. */
  display: string;
}

/** An amount as published, with the phase it belongs to. */
export interface StatedAmount extends StatedFigure {
  value: string;
  phase: Phase;
}

/** A figure 明账 computes from published ones, with how. */
export interface ComputedFigure {
  /** Exact result at its display precision. */
  decimal: Decimal;
  /** Display text, e.g. "98.68%". */
  display: string;
  /** How it was computed, in Chinese, with the figures used. */
  explanation: string;
  /** JSON paths of the inputs. */
  inputs: string[];
}

/** Whether the figures describe the whole body or one project (项目支出绩效自评). */
export type Scope = 'department' | 'project';

/** The comparable figures of one disclosure. Absent means the disclosure does not state it. */
export interface KeyFigures {
  budget?: StatedAmount;
  spending?: StatedAmount;
  basic?: StatedAmount;
  project?: StatedAmount;
  /** 预算执行率 as the disclosure states it. */
  statedRate?: StatedFigure;
  /** spending ÷ budget, computed exactly, 2 decimals, half-up. */
  computedRate?: ComputedFigure;
  /** basic ÷ (basic + project), computed exactly, 1 decimal, half-up. */
  basicShare?: ComputedFigure;
  /** Reported score before bonus (自评分 / 总得分). */
  score?: StatedFigure;
  /** Reported bonus points (加分), shown beside the score, never added to it here. */
  bonus?: StatedFigure;
  /** Full mark of the scheme, where stated. */
  maxScore?: StatedFigure;
  /** Grade as published (优秀, 良 …). */
  grade?: StatedFigure;
  scope: Scope;
}

/** Decimals of computed rates: two, the precision disclosures most often publish. */
export const RATE_PLACES = 2;
/** Decimals of computed shares: one is enough to read a split. */
export const SHARE_PLACES = 1;

const stated = (path: string, value: string | number): StatedFigure => ({ path, value, display: formatPublishedFigure(value) });
const amount = (path: string, value: string | undefined, phase: Phase): StatedAmount | undefined =>
  value === undefined ? undefined : { path, value, phase, display: formatPublishedFigure(value) };

/** Kinds whose spending figures are planned (budget phase) rather than executed. */
const PLANNED_KINDS: ReadonlySet<DisclosureKind> = new Set(['budget', 'performance-targets']);

/** Extracts the key figures of one disclosure from its JSON. */
export function keyFigures(data: Disclosure): KeyFigures {
  if (data.kind === 'project-evaluation') {
    const row = data.funds?.[0];
    const budget = row?.adjustedBudget !== undefined ? amount('funds.0.adjustedBudget', row.adjustedBudget, 'adjusted') : amount('funds.0.initialBudget', row?.initialBudget, 'approved');
    const figures: KeyFigures = {
      scope: 'project',
      budget,
      spending: amount('funds.0.executed', row?.executed, 'executed'),
      statedRate: row?.executionRate !== undefined ? stated('funds.0.executionRate', row.executionRate) : undefined,
      score: data.totalScore !== undefined ? stated('totalScore', data.totalScore) : undefined,
      maxScore: data.maxScore !== undefined ? stated('maxScore', data.maxScore) : undefined,
      grade: data.grade !== undefined ? stated('grade', data.grade) : undefined,
    };
    return withComputed(figures);
  }
  const planned = PLANNED_KINDS.has(data.kind);
  const phase: Phase = planned ? 'approved' : 'executed';
  const spending = data.spending;
  const figures: KeyFigures = {
    scope: 'department',
    basic: amount('spending.basic', spending?.basic, phase),
    project: amount('spending.project', spending?.project, phase),
  };
  if (planned) {
    figures.budget = amount('spending.total', spending?.total, 'approved');
  } else {
    figures.spending = amount('spending.total', spending?.total, 'executed');
    const budget = 'budget' in data ? data.budget : undefined;
    figures.budget =
      amount('budget.total', budget?.total, 'approved') ?? amount('budget.adjusted', budget?.adjusted, 'adjusted') ?? amount('budget.initial', budget?.initial, 'approved');
  }
  if ('executionRate' in data && data.executionRate !== undefined) figures.statedRate = stated('executionRate', data.executionRate);
  if (data.kind === 'self-evaluation' && data.score) {
    const s = data.score;
    if (s.selfScore !== undefined) figures.score = stated('score.selfScore', s.selfScore);
    else if (s.total !== undefined) figures.score = stated('score.total', s.total);
    if (s.bonus !== undefined) figures.bonus = stated('score.bonus', s.bonus);
    if (s.maxScore !== undefined) figures.maxScore = stated('score.maxScore', s.maxScore);
    if (s.grade !== undefined) figures.grade = stated('score.grade', s.grade);
  }
  return withComputed(figures);
}

/** Adds the computed rate and share where their inputs are stated. */
function withComputed(figures: KeyFigures): KeyFigures {
  const { budget, spending, basic, project } = figures;
  if (budget && spending) figures.computedRate = computedRate(spending, budget);
  if (basic && project) figures.basicShare = computedShare(basic, project);
  return figures;
}

/** spending ÷ budget × 100%, both in 万元, exactly; undefined when the budget is zero. */
export function computedRate(spending: StatedAmount, budget: StatedAmount): ComputedFigure | undefined {
  const numerator = toWanYuan(parseAmount(spending.value));
  const denominator = toWanYuan(parseAmount(budget.value));
  const rate = divide(numerator, denominator, RATE_PLACES, 'half-up', 2);
  if (!rate) return undefined;
  return {
    decimal: rate,
    display: formatComputedPercent(rate, RATE_PLACES, !isZero(numerator)),
    explanation: `${spending.display} ÷ ${budget.display} × 100%，四舍五入保留 ${RATE_PLACES} 位小数`,
    inputs: [spending.path, budget.path],
  };
}

/** basic ÷ (basic + project) × 100%, exactly; undefined when both are zero. */
export function computedShare(basic: StatedAmount, project: StatedAmount): ComputedFigure | undefined {
  const b = toWanYuan(parseAmount(basic.value));
  const total = add(b, toWanYuan(parseAmount(project.value)));
  const share = divide(b, total, SHARE_PLACES, 'half-up', 2);
  if (!share) return undefined;
  return {
    decimal: share,
    display: formatComputedPercent(share, SHARE_PLACES, !isZero(b)),
    explanation: `${basic.display} ÷（${basic.display} + ${project.display}）× 100%，四舍五入保留 ${SHARE_PLACES} 位小数`,
    inputs: [basic.path, project.path],
  };
}

/** An amount in 万元 as exact plain text ("1168.87"), for charts and spreadsheets. */
export function wanYuanText(value: string): string {
  return toPlainString(toWanYuan(parseAmount(value)));
}

/** A published percentage's number ("98.7%" → "98.7"), for charts and spreadsheets. */
export function percentText(value: string): string {
  return toPlainString(parsePercent(value).value);
}
