/**
 * Series styles that never rely on colour alone: each series has a colour from the
 * Okabe–Ito colour-blind-safe set (darkened where needed to reach 3:1 against white,
 * WCAG 1.4.11), plus a line dash, a point shape and a bar fill pattern of its own.
 */

/** How one series is drawn. */
export interface SeriesStyle {
  colour: string;
  /** Canvas line dash for lines ([] = solid). */
  dash: number[];
  /** Chart.js point style. */
  point: 'circle' | 'rectRot' | 'triangle' | 'rect' | 'star' | 'crossRot';
  /** Fill pattern for bars. */
  pattern: 'solid' | 'stripes' | 'dots' | 'crosshatch' | 'backstripes' | 'grid';
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: '#0072B2', dash: [], point: 'circle', pattern: 'solid' },
  { colour: '#B84F00', dash: [8, 4], point: 'rectRot', pattern: 'stripes' },
  { colour: '#007A5A', dash: [2, 3], point: 'triangle', pattern: 'dots' },
  { colour: '#A3467F', dash: [10, 3, 2, 3], point: 'rect', pattern: 'crosshatch' },
  { colour: '#333333', dash: [4, 2], point: 'star', pattern: 'backstripes' },
  { colour: '#8A6100', dash: [12, 6], point: 'crossRot', pattern: 'grid' },
];

/** The style of the n-th series; styles repeat after the last one. */
export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length];
}
