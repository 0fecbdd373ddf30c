/**
 * Scores and derived metrics of one disclosure. Every number is a decimal string (exact,
 * at a stated precision) and every point awarded or withheld carries its reason and
 * evidence. `basis` says whether a result is an official formula or 明账's own rubric.
 */

export type ScoreBasis = 'official' | 'rubric' | 'reported';

/** One item of the disclosure quality index (公开质量指数). */
export interface QualityItemResult {
  id: string;
  title: string;
  /** Weight of the item in the rubric (points out of 100 before re-weighting). */
  weight: number;
  /** False when the item does not apply to this kind; its weight is redistributed. */
  applicable: boolean;
  /** Points awarded, on the item's weight scale, as a decimal string ("12.5"). */
  awarded: string;
  /** Each reason for points awarded or withheld, with the field or section as evidence. */
  reasons: { text: string; evidence: string; points: string; awarded: boolean }[];
}

export interface QualityIndex {
  /** Rubric version, e.g. "2026.1". */
  version: string;
  /** 0–100 with one decimal, after redistributing non-applicable weights. */
  total: string;
  items: QualityItemResult[];
  /**
   * Set when the form was left unfilled: pages show `label` (未填写/不完整) instead of
   * `total`, and rankings leave the disclosure out, so it is never scored 0 or 100.
   */
  incomplete?: { label: string; reasons: string[] };
}

/** The self-evaluation score recomputed from its indicator tree, beside the reported one. */
export interface RecomputedScore {
  /** What the document reports (自评分 / 合计), if it does. */
  reported?: string;
  /** Sum of the tree's first-level scores (or leaves where parents are not stated). */
  recomputed?: string;
  /** Reported bonus (加分), if any. */
  bonus?: string;
  /** Whether recomputed equals reported (undefined when either is missing). */
  matches?: boolean;
  explanation: string;
}

/** An official formula applied to the disclosure's figures (e.g. 预算执行率得分). */
export interface OfficialResult {
  id: string;
  title: string;
  /** The formula in words, e.g. "预算执行率 × 10，最高 10 分". */
  formula: string;
  /** Citation of the document that sets the formula. */
  source: string;
  value: string;
  /** What the disclosure reports for the same quantity, if it does. */
  reported?: string;
}

export interface DerivedMetric {
  id: string;
  title: string;
  /** The value as displayed (with % or unit), computed exactly. */
  value: string;
  /** How it was computed, with the figures. */
  explanation: string;
}

export interface DisclosureScores {
  selfScore?: RecomputedScore;
  quality: QualityIndex;
  official: OfficialResult[];
  metrics: DerivedMetric[];
}
