/**
 * Puts a standard form back together from text that lost its table: Word and PDF text
 * extraction print a form either one cell per line, or each row run together on one line.
 * From the form's title (or its opening label) on, each section's known header sequence
 * (form-vocabulary.ts) says which columns follow and what their cells look like; every row
 * is rebuilt as one tab-separated line, so the table readers see the form as if the source
 * had kept its table. A row whose cells fit its header in more than one way (an empty cell
 * the extraction dropped) is kept as read and listed for a person.
 */
import type { SourceLine } from './from-text.ts';
import { Cursor, type Token } from './form-cursor.ts';
import { readGrid } from './form-grids.ts';
import { FORM_TITLE, FUNDS, INDICATORS, isAnchor, isBlankMark, isGroupCell, isLead, isNumber, isPairLabel, isPairRow, OVERALL, PAIR_HEADERS, TASKS, TOTAL_LABEL, columnOf } from './form-vocabulary.ts';
import type { Review } from './recognized.ts';
import { splitRunTogether } from './form-cells.ts';

export interface Rebuilt {
  lines: SourceLine[];
  /** Forms rebuilt, for the report's repairs. */
  forms: number;
  /** Rows that could not be placed in their columns. */
  review: Review[];
}

const squeeze = (t: string) => t.replace(/\s+/g, '');
const isTitle = (text: string) => text.length <= 60 && FORM_TITLE.test(squeeze(text)) && !/[。；，]/.test(text);
const OPENING = ['项目名称', '部门（单位）名称', '部门名称', '单位名称'];
const opens = (text: string) => OPENING.includes(squeeze(splitRunTogether(text)[0] ?? ''));
const isPairHeader = (text: string) => PAIR_HEADERS.some((w) => squeeze(text).startsWith(w));
/** Labels whose value is a single cell: a name, a person, a number. */
const ONE_CELL = ['项目名称', '主管部门', '实施单位', '部门（单位）名称', '部门名称', '单位名称', '项目负责人', '财务负责人', '填表人', '联系电话'];
/** Where the document goes on after the form: a numbered section heading or an attachment. */
const SECTION_HEADING = /^\s*([一二三四五六七八九十]+、|附件|第[一二三四五六七八九十]+[章节部分])/;

/** Rebuilds every form in `lines` whose table was lost; lines outside forms pass unchanged. */
export function rebuildForms(lines: readonly SourceLine[]): Rebuilt {
  const out: SourceLine[] = [];
  const review: Review[] = [];
  let forms = 0;
  for (let i = 0; i < lines.length; ) {
    const start = formStart(lines, i);
    if (start === undefined) {
      out.push(lines[i++]);
      continue;
    }
    out.push(...lines.slice(i, start));
    const parsed = parseForm(lines, start);
    // One label and its value is a sentence, not a form: only a form with a grid is rebuilt.
    if (!parsed.grid) out.push(...lines.slice(start, parsed.end));
    else {
      forms++;
      review.push(...parsed.review);
      out.push(...parsed.rows.map((r) => ({ text: [...r.cells, ...(r.cells.length < 2 ? [''] : [])].join('\t'), where: r.where })), { text: '', where: lines[parsed.end - 1].where });
    }
    i = Math.max(parsed.end, start + 1);
  }
  return { lines: out, forms, review };
}

/** Where a form's first section starts: after its title (and the year and unit lines), or at its opening label. */
function formStart(lines: readonly SourceLine[], i: number): number | undefined {
  const text = lines[i].text.trim();
  if (!text || text.includes('\t')) return undefined;
  if (isTitle(text)) {
    for (let k = i + 1, seen = 0; k < lines.length && seen < 4; k++) {
      const t = lines[k].text.trim();
      if (!t) continue;
      if (t.includes('\t')) return undefined;
      if (opens(t) || isAnchor(splitRunTogether(t)[0])) return k;
      seen++;
    }
    return undefined;
  }
  return opens(text) ? i : undefined;
}

interface Row {
  cells: string[];
  where: string;
}

/** Reads sections from `start` until a cell that no section takes. */
function parseForm(lines: readonly SourceLine[], start: number): { rows: Row[]; end: number; grid: boolean; review: Review[] } {
  const rows: Row[] = [];
  const review: Review[] = [];
  const cursor = new Cursor(lines, start);
  let grid = false;
  /** Width of the pair rows under the last pair header ("部门预算支出 | 预算金额(万元) | 收入来源 | 预算金额(万元)"). */
  let pairWidth = 2;
  let open: Row | undefined;
  const emit = {
    row: (cells: string[], where: string) => rows.push({ cells, where }),
    unplaced: (tokens: Token[], header: string[]) => {
      review.push({ where: tokens[0]?.where ?? '', evidence: tokens.map((t) => t.text).join(' | ').slice(0, 160), reason: `表格在提取后丢了格子，这一行的 ${tokens.length} 个单元格对不上表头（${header.join('、')}）的列，或可以有不止一种对法（空着的格子被略去了）：没有填写，请对照原文补上。` });
      rows.push({ cells: tokens.map((t) => t.text), where: tokens[0]?.where ?? '' });
    },
  };
  // Labels one after another with nothing between them, or a header without its column words:
  // a reading order that went column by column (pdftotext does this with tables), not a form's
  // rows. The form ends there; nothing is rebuilt from what follows.
  let valueless = 0;
  const broken = (before: number) => ({ rows, end: before, grid, review });
  for (let t = cursor.peek(); t; t = cursor.peek()) {
    const before = cursor.end;
    if (valueless >= 3) return broken(before);
    const section = [FUNDS, OVERALL, INDICATORS, TASKS].find((s) => isLead(s, t!.text) || (s === INDICATORS && columnOf(s, t!.text)?.key === 'level1'));
    if (section) {
      open = undefined;
      valueless = 0;
      if (!readGrid(section, cursor, emit)) return broken(before);
      grid = true;
      continue;
    }
    if (isGroupCell(t.text)) {
      cursor.take(); // a merged cell on the left ("预算整体情况", "基本信息"): the row goes on after it
      continue;
    }
    if (isPairHeader(t.text)) {
      grid = true;
      const header = [cursor.take()!];
      while (cursor.peek() && (/^预算金额/.test(squeeze(cursor.peek()!.text)) || isPairHeader(cursor.peek()!.text))) header.push(cursor.take()!);
      rows.push({ cells: header.map((h) => h.text), where: header[0].where });
      pairWidth = header.length;
      open = undefined;
      continue;
    }
    if (isPairRow(t.text)) {
      // 基本支出 | 5,082.95 | 财政拨款 | 6,582.17: a label, then its number unless the cell was left empty.
      const lineStart = cursor.atLineStart;
      const label = cursor.take()!;
      const after = cursor.peek();
      const sameRow = after && (label.alone ? after.alone : after.line === label.line);
      const value = after && sameRow && (isNumber(after.text) || isBlankMark(after.text)) ? cursor.take()!.text : '';
      if (!open || open.cells.length >= pairWidth || (!label.alone && lineStart)) rows.push((open = { cells: [], where: label.where }));
      open.cells.push(label.text, value);
      continue;
    }
    if (squeeze(t.text) === TOTAL_LABEL) {
      const label = cursor.take()!;
      const values: string[] = [];
      while (values.length < 2 && cursor.peek() && (isNumber(cursor.peek()!.text) || isBlankMark(cursor.peek()!.text)) && (label.alone || !cursor.atLineStart)) values.push(cursor.take()!.text);
      rows.push({ cells: [label.text, ...values], where: label.where });
      continue;
    }
    if (isPairLabel(t.text)) {
      // 项目名称 | …: the cells up to the next label (on the same line when run together).
      // A name or a person is one cell; a text (总体绩效目标, 存在问题 …) may run over lines, up to the next label or section heading.
      const label = cursor.take()!;
      const value: string[] = [];
      const most = ONE_CELL.includes(squeeze(label.text)) ? 1 : Infinity;
      while (value.length < most && cursor.peek() && !isAnchor(cursor.peek()!.text) && !(label.alone && SECTION_HEADING.test(cursor.peek()!.text)) && (label.alone ? cursor.peek()!.alone : !cursor.atLineStart)) value.push(cursor.take()!.text);
      rows.push({ cells: [label.text, value.join(' ')], where: label.where });
      valueless = value.length ? 0 : valueless + 1;
      open = undefined;
      continue;
    }
    break;
  }
  return { rows, end: cursor.end, grid, review };
}
