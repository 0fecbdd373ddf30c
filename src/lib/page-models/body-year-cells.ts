/**
 * The cells of the body-year tables: each published figure as printed, linked to its own
 * disclosure page (to its passage in the 原文 where it has a location, else to the table
 * that lists it), and the figures 明账 computes from them.
 */
import { groupThousands, formatPublishedFigure } from '../format/figure.ts';
import type { DisclosureSummary } from '../figures/corpus.ts';
import type { TableCell } from '../figures/table-model.ts';
import { locationAnchor } from '../provenance/mark-passages.ts';

/** A plain text cell. */
export const textCell = (text: string): TableCell => ({ text });

/** The figure's place on its disclosure page: "2023/x/budget/#loc-spending-total" or "…/#table-figures". */
export function figureHref(summary: DisclosureSummary, path: string, table: string): string {
  return `${summary.id}/#${summary.data.locations?.[path] ? locationAnchor(path) : `table-${table}`}`;
}

/**
 * A published amount as printed; `converted` is the same amount in the unit the row is
 * computed in, shown beside it when the document printed another unit.
 */
export function amountCell(summary: DisclosureSummary, path: string, printed: string, unit: string, converted: string, table: string): TableCell {
  const printedUnit = printed.split(' ')[1];
  return {
    text: formatPublishedFigure(printed),
    csv: printed,
    numeric: true,
    path,
    source: summary.id,
    href: figureHref(summary, path, table),
    ...(printedUnit !== unit ? { note: `折合 ${groupThousands(converted)} ${unit}` } : {}),
  };
}

/** An exact difference with its sign and unit: "+35.00 万元", "-1.50 万元", "0.00 万元". */
export function differenceCell(difference: string, unit: string): TableCell {
  const sign = /^-|^0(\.0+)?$/.test(difference) ? '' : '+';
  return { text: `${sign}${groupThousands(difference)} ${unit}`, csv: difference, numeric: true };
}

/** A computed rate, or why there is none. */
export function rateCell(rate: string | undefined): TableCell {
  return rate === undefined ? { text: '—', csv: '', numeric: true, note: '预算为零，无执行率' } : { text: `${groupThousands(rate)}%`, csv: rate, numeric: true };
}
