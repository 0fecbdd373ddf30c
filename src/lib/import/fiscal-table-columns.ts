/**
 * A standard table's columns from its header rows: each column is named by its header
 * cells from the top down ("公务用车购置及运行费/小计"), a 上栏 that spans several columns
 * naming each column under it. The row-naming columns (项目, 科目编码, 科目名称 …) split a
 * two-sided table (收支总表: 收入 on the left, 支出 on the right) into its sides.
 */
import { type FiscalTableKind, isLabelHeader, isLineNumberHeader } from './fiscal-table-names.ts';

/** One side of a table: the columns that name its rows and those that hold its figures. */
export interface Segment {
  labels: number[];
  values: number[];
  /** Column index → the figure's key in the row's values. */
  keys: Record<number, string>;
  side?: '收入' | '支出';
}

const clean = (text: string) => text.replace(/\s+/g, '').replace(/\./g, '．');

/** Each column's name, top to bottom, "/"-joined. */
export function columnNames(header: readonly (readonly string[])[]): string[] {
  const width = Math.max(0, ...header.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    header.forEach((row, r) => {
      const own = clean(row[c] ?? '');
      if (own) return void parts.push(own);
      // An empty upper cell over a named lower one is covered by the 上栏 to its left.
      if (!header.slice(r + 1).some((lower) => clean(lower[c] ?? ''))) return;
      for (let k = c - 1; k >= 0; k--) {
        const left = clean(row[k] ?? '');
        if (left) return void parts.push(left);
      }
    });
    return parts.filter((p, i) => p !== parts[i - 1]).join('/');
  });
}

/** The table's sides: one, or 收入 and 支出 where the row-naming columns appear twice. */
export function sidesOf(names: readonly string[], kind: FiscalTableKind): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  names.forEach((name, c) => {
    if (!name) return;
    const label = isLabelHeader(name) || isLineNumberHeader(name);
    if (label && (!current || current.values.length)) segments.push((current = { labels: [], values: [], keys: {} }));
    if (!current) return;
    if (label) current.labels.push(c);
    else current.values.push(c);
  });
  if (segments.length < 2 || !['summary', 'fiscal'].includes(kind)) {
    for (const s of segments) for (const c of s.values) s.keys[c] = names[c];
    return segments;
  }
  return segments.slice(0, 2).map((segment, i) => {
    const top = names[segment.labels[0]].split('/')[0];
    const side: Segment['side'] = /支出/.test(top) ? '支出' : /收入/.test(top) ? '收入' : i === 0 ? '收入' : '支出';
    for (const c of segment.values) {
      const parts = names[c].split('/');
      segment.keys[c] = (parts.length > 1 && /^(收入|支出)/.test(parts[0]) ? parts.slice(1) : parts).join('/');
    }
    return { ...segment, side };
  });
}
