/**
 * The grid sections of a lost form table: a header (its words one per line, or run
 * together on one line) and then its rows, each read from the cells that follow and
 * placed in the header's columns (form-cells.ts). Rows come out as cell lists in the
 * header's shape; a row that fits in no single way is passed on as read, for review.
 */
import type { Cursor, Token } from './form-cursor.ts';
import { indicatorRules, placeCells, type Placed } from './form-cells.ts';
import { type Column, columnOf, FUNDS, type GridSection, INDICATORS, isAnchor, isBlankMark, isFundRow, isLead, isLevel, isNature, isNumber, isValue, OVERALL, TASKS } from './form-vocabulary.ts';
import { LEVEL1, LEVEL2 } from './labels.ts';

export interface Emit {
  /** A row placed in the header's columns. */
  row(cells: string[], where: string): void;
  /** Cells that fit the header in no single way: kept as read and listed for a person. */
  unplaced(tokens: Token[], header: string[]): void;
}

interface Header {
  cells: string[];
  columns: Column[];
  lead: boolean;
}

const squeeze = (t: string) => t.replace(/\s+/g, '');

/** Reads the header at the cursor, then the section's rows; false when no column word follows the header's first cell. */
export function readGrid(section: GridSection, cursor: Cursor, emit: Emit): boolean {
  const first = cursor.take()!;
  const header: Header = { cells: [first.text], columns: [], lead: isLead(section, first.text) };
  const add = (text: string) => {
    const column = columnOf(section, text);
    if (column && !header.columns.includes(column)) header.columns.push(column);
  };
  add(first.text);
  // Run together: the rest of the header is on the same line.
  const sameLine = !first.alone;
  // Set before the next line is read: a header run together means rows run together too.
  cursor.rowMode = sameLine;
  cursor.unitColumn = false;
  while (true) {
    const t = cursor.peek();
    const column = t && columnOf(section, t.text);
    if (!t || !column || header.columns.includes(column) || (sameLine && t.line !== first.line) || (!sameLine && !t.alone)) break;
    header.cells.push(cursor.take()!.text);
    add(t.text);
  }
  cursor.unitColumn = header.columns.some((c) => c.type === 'unit');
  if (header.columns.length < (header.lead ? 1 : 2)) {
    cursor.rowMode = false;
    return false;
  }
  emit.row(header.cells, first.where);
  if (section === FUNDS) fundRows(cursor, header, emit);
  else if (section === INDICATORS) indicatorRows(cursor, header, emit);
  else if (section === TASKS) taskRows(cursor, header, emit);
  else if (section === OVERALL) overallRows(cursor, header, emit);
  cursor.rowMode = false;
  return true;
}

/** The cells of one row: the rest of its line when run together, else the cells up to the next anchor. */
function rowCells(cursor: Cursor, stop: (t: Token) => boolean): Token[] {
  if (cursor.rowMode) return cursor.takeLine();
  const out: Token[] = [];
  for (let t = cursor.peek(); t && !stop(t); t = cursor.peek()) out.push(cursor.take()!);
  return out;
}

const place = (header: Header, placed: Placed, leadCell: string, levels: string[] = []) => [
  ...(header.lead ? [leadCell] : []),
  ...levels,
  ...header.columns.filter((c) => !c.key.startsWith('level')).map((c) => placed[c.key] ?? ''),
];

/** 年度资金总额 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, then its 其中 rows. */
function fundRows(cursor: Cursor, header: Header, emit: Emit): void {
  for (let t = cursor.peek(); t && (isFundRow(t.text) || /^其中[:：]?$/.test(squeeze(t.text))); t = cursor.peek()) {
    const label = cursor.take()!;
    if (/^其中[:：]?$/.test(squeeze(label.text)) && cursor.peek()) label.text += cursor.take()!.text;
    const values = cursor.rowMode ? cursor.takeLine() : rowCells(cursor, (v) => isAnchor(v.text) || isFundRow(v.text));
    // Only 年度资金总额 is scored; a 其中 row holds money (and a rate) only.
    const total = /年度资金总额/.test(label.text);
    const placed = placeCells(values.map((v) => v.text), header.columns, (p) => total || (!p.maxScore && !p.score));
    if (placed) emit.row([label.text, ...header.columns.map((c) => placed[c.key] ?? '')], label.where);
    else emit.unplaced([label, ...values], header.cells);
  }
}

/** 年度总体目标 | 预期目标 | 实际完成情况, then the two texts. */
function overallRows(cursor: Cursor, header: Header, emit: Emit): void {
  const cells = rowCells(cursor, (t) => isAnchor(t.text));
  if (cells.length === 0) return;
  if (cells.length === header.columns.length) emit.row(['', ...cells.map((c) => c.text)], cells[0].where);
  else emit.unplaced(cells, header.cells);
}

/** 名称 | 主要实施内容 | 拟投入的资金(元) | 期望达到的目标: one per line, each task's money is its anchor. */
function taskRows(cursor: Cursor, header: Header, emit: Emit): void {
  if (cursor.rowMode) {
    for (let t = cursor.peek(); t && !isAnchor(t.text); t = cursor.peek()) {
      const cells = cursor.takeLine();
      const placed = placeCells(cells.map((c) => c.text), header.columns);
      if (placed) emit.row(place(header, placed, ''), cells[0].where);
      else emit.unplaced(cells, header.cells);
    }
    return;
  }
  const cells = rowCells(cursor, (t) => isAnchor(t.text));
  const amounts = cells.flatMap((c, i) => (isNumber(c.text) ? [i] : []));
  const width = header.columns.length;
  const amountAt = header.columns.findIndex((c) => c.key === 'amount');
  // Every task has the same cells: those before its money, then those after it.
  const before = amountAt;
  const after = width - amountAt - 1;
  const regular = amounts.length > 0 && amounts.every((a, k) => a === before + k * width) && cells.length === amounts.length * width;
  if (!regular) {
    if (cells.length) emit.unplaced(cells, header.cells);
    return;
  }
  for (let k = 0; k < amounts.length; k++) {
    const row = cells.slice(amounts[k] - before, amounts[k] + after + 1);
    emit.row(['', ...row.map((c) => c.text)], row[0].where);
  }
}

/** Levels of one row: 一级 then 二级, as the indicator table reader tells them apart. */
function levelsOf(tokens: string[], current: { level1?: string }): { level1?: string; level2?: string } {
  const out: { level1?: string; level2?: string } = {};
  for (const text of tokens) {
    const t = squeeze(text);
    if (LEVEL1.includes(t) && !out.level1 && !(LEVEL2.includes(t) && current.level1 && t !== current.level1 && !/满意度/.test(t))) out.level1 = t;
    else out.level2 = t;
  }
  if (out.level1) current.level1 = out.level1;
  return out;
}

/** 一级指标 | 二级指标 | 三级指标 | values …: levels carried down where the table merged them. */
function indicatorRows(cursor: Cursor, header: Header, emit: Emit): void {
  const levelColumns = header.columns.filter((c) => c.key.startsWith('level')).length;
  const valueColumns = header.columns.filter((c) => !c.key.startsWith('level') && c.key !== 'deviation');
  const deviation = header.columns.find((c) => c.key === 'deviation');
  const current: { level1?: string } = {};
  const isCell = (t: string) => isValue(t) || isBlankMark(t) || isNature(t) || (cursor.unitColumn && t.trim().length <= 4);
  const ends = (t: Token) => (isAnchor(t.text) && !isLevel(t.text)) || /。$/.test(t.text) || t.text.length > 60;
  for (let t = cursor.peek(); t && !ends(t); t = cursor.peek()) {
    const first = t;
    const tokens: Token[] = [];
    if (cursor.rowMode) tokens.push(...cursor.takeLine());
    else if (levelColumns < 2) tokens.push(cursor.take()!);
    else {
      while (cursor.peek() && isLevel(cursor.peek()!.text) && tokens.length < levelColumns - 1) tokens.push(cursor.take()!);
      const name = cursor.peek();
      if (name && !isLevel(name.text) && !ends(name)) {
        tokens.push(cursor.take()!);
        while (cursor.peek() && isCell(cursor.peek()!.text) && !isLevel(cursor.peek()!.text) && tokens.length < levelColumns + valueColumns.length + 1) tokens.push(cursor.take()!);
        // A text after the values is the deviation, unless a value follows it: then it names the next indicator.
        const text = cursor.peek();
        const after = text && cursor.peekSecond();
        if (deviation && text && !(isAnchor(text.text) && !isLevel(text.text)) && !isCell(text.text) && !isLevel(text.text) && !(after && isCell(after.text) && !isLevel(after.text))) tokens.push(cursor.take()!);
      }
    }
    const texts = tokens.map((x) => x.text);
    const levelCount = texts.findIndex((x) => !isLevel(x));
    const levelTexts = levelCount === -1 ? texts : texts.slice(0, levelCount);
    const { level1, level2 } = levelsOf(levelTexts, current);
    const rest = levelCount === -1 ? [] : texts.slice(levelCount);
    const levels = [level1 ?? '', level2 ?? '', rest[0] ?? ''].slice(3 - levelColumns);
    let values = rest.slice(1);
    let deviationText = '';
    if (deviation && values.length && !isCell(values.at(-1)!)) deviationText = values.pop()!;
    const placed = placeCells(values, valueColumns, indicatorRules(header.columns));
    if (!placed) {
      emit.unplaced(tokens, header.cells);
      continue;
    }
    if (deviation) placed.deviation = deviationText;
    emit.row(place(header, placed, '', levels), first.where);
  }
}
