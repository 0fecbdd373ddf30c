/**
 * The standard tables of a 预算/决算 (`tables`) as page tables: each as published, its
 * rows with their codes and items, its figures under their columns in the table's unit;
 * a blank cell stays blank; an empty table shows its statement ("本单位无此项收支").
 */
import type { z } from 'astro/zod';
import type { DisclosureTableSchema } from '../../schemas/fiscal.ts';
import { formatPublishedFigure } from '../format/figure.ts';
import type { TableCell, TableModel } from './table-model.ts';

type DisclosureTable = z.output<typeof DisclosureTableSchema>;

export function standardTables(id: string, tables: readonly DisclosureTable[], csvPath: (table: string) => string): TableModel[] {
  return tables.map((table, t) => {
    const columns = table.columns ?? [...new Set(table.rows.flatMap((row) => Object.keys(row.values)))];
    const hasCode = table.rows.some((row) => row.code);
    const hasSide = table.rows.some((row) => row.side);
    const rows: TableCell[][] = table.rows.map((row, r) => [
      { text: row.item },
      ...(hasCode ? [{ text: row.code ?? '' }] : []),
      ...(hasSide ? [{ text: row.side ?? '' }] : []),
      ...columns.map((column): TableCell => {
        const value = row.values[column];
        return value === undefined ? { text: '', numeric: true } : { text: formatPublishedFigure(value), csv: value, numeric: true, path: `tables.${t}.rows.${r}.values.${column}`, source: id };
      }),
    ]);
    const width = 1 + (hasCode ? 1 : 0) + (hasSide ? 1 : 0) + columns.length;
    if (!rows.length && table.statement) rows.push([{ text: table.statement }, ...Array.from({ length: width - 1 }, () => ({ text: '' }))]);
    return {
      id: `table-${t + 1}`,
      caption: `${table.code ? `${table.code} ` : ''}${table.name}（单位：${table.unit}）`,
      columns: [
        { key: 'item', label: '项目' },
        ...(hasCode ? [{ key: 'code', label: '科目编码' }] : []),
        ...(hasSide ? [{ key: 'side', label: '收支' }] : []),
        ...columns.map((column, c) => ({ key: `column-${c + 1}`, label: column.replace(/\//g, ' › '), numeric: true })),
      ],
      rows,
      csvPath: csvPath(`table-${t + 1}`),
      ...(table.statement && table.rows.length ? { footnote: table.statement } : {}),
    };
  });
}
