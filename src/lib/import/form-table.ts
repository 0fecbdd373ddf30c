/**
 * The two self-evaluation forms as a table (from a docx, a PDF's columns, or rebuilt by
 * form-rebuild.ts): 项目支出绩效自评表 → projectName, funds, overallTarget, totalScore,
 * grade …; 部门整体支出绩效自评表 → budget and spending from its 年度资金总额 row, the
 * score from 总分. The indicator rows are read by indicator-table.ts. Each figure is taken
 * only from the cell its header names, with the unit its header states; an empty cell is
 * left out, never 0.
 */
import type { DisclosureKind } from '../../schemas/disclosure.ts';
import { PERCENT_PATTERN } from '../../schemas/primitives.ts';
import type { Block } from './blocks.ts';
import { columnOf, FUNDS, isBlankMark, isFundRow, isLead, isPairLabel, OVERALL, TOTAL_LABEL } from './form-vocabulary.ts';
import { plainNumber, unitIn } from './labels.ts';
import { placeCells } from './form-cells.ts';
import type { Filled, Recognized, Review } from './recognized.ts';

type TableBlock = Extract<Block, { type: 'table' }>;
const squeeze = (t: string) => t.replace(/\s+/g, '').replace(/[（(][^）)]*[)）]$/, '');

/** Label → field, by kind. A list field ("problems") takes the text as its one item. */
const PAIRS: Record<string, Partial<Record<DisclosureKind, string>>> = {
  项目名称: { 'project-evaluation': 'projectName' },
  主管部门: { 'project-evaluation': 'competentDepartment' },
  实施单位: { 'project-evaluation': 'implementingUnit' },
  评价结论: { 'project-evaluation': 'grade', 'self-evaluation': 'score.grade' },
  自评等级: { 'self-evaluation': 'score.grade' },
  项目负责人: { 'project-evaluation': 'projectLead' },
  财务负责人: { 'project-evaluation': 'financeLead' },
  '部门（单位）名称': { 'self-evaluation': 'publisherName' },
  部门名称: { 'self-evaluation': 'publisherName' },
  单位名称: { 'self-evaluation': 'publisherName' },
  存在问题: { 'project-evaluation': 'problems', 'self-evaluation': 'problems' },
  改进措施: { 'project-evaluation': 'measures', 'self-evaluation': 'measures' },
};
const LIST_TEXTS = new Set(['problems', 'measures']);
/** The 部门整体 form's 年度资金总额 row → the self-evaluation's figures; 基本支出 / 项目支出 rows → their spending. */
const SELF_TOTAL: Record<string, string> = { initialBudget: 'budget.initial', adjustedBudget: 'budget.adjusted', executed: 'spending.total', executionRate: 'executionRate' };
const SELF_PARTS: Record<string, string> = { 基本支出: 'spending.basic', 项目支出: 'spending.project' };

/** Reads the form's cells into `found` and `lists`; returns the rows it read, which the generic cell labels must not read again. */
export function recognizeFormTable(block: TableBlock, kind: DisclosureKind, found: Filled[], review: Review[], lists: Recognized['lists'], tableUnit?: '元' | '万元'): Set<number> {
  const read = new Set<number>();
  if (kind !== 'project-evaluation' && kind !== 'self-evaluation') return read;
  const rows = block.rows;
  const at = (r: number) => block.rowWhere[r];
  rows.forEach((row, r) => {
    for (let c = 0; c < row.length - 1; c++) {
      const field = isPairLabel(row[c]) ? PAIRS[squeeze(row[c])]?.[kind] : undefined;
      const value = row[c + 1]?.trim();
      if (!field || !value || isBlankMark(value) || isPairLabel(value)) continue;
      read.add(r);
      if (LIST_TEXTS.has(field)) (lists[field] ??= { items: [], where: [] }).items.push(value as unknown as Record<string, unknown>), lists[field].where.push(at(r));
      else found.push({ field, value, where: at(r), evidence: `${row[c]}：${value}` });
    }
    if (squeeze(row[0] ?? '') === TOTAL_LABEL) {
      read.add(r);
      const [max, score] = row.slice(1).filter((c) => c.trim() && !isBlankMark(c));
      const fields = kind === 'project-evaluation' ? ['maxScore', 'totalScore'] : ['score.maxScore', 'score.selfScore'];
      [max, score].forEach((text, k) => {
        if (text === undefined) return;
        const n = plainNumber(text);
        if (n === undefined) review.push({ field: fields[k], where: at(r), evidence: row.join(' | '), reason: '总分一栏的数字写法不规范，没有填写。' });
        else found.push({ field: fields[k], value: Number(n), where: at(r), evidence: `${row[0]}：${row.slice(1).filter(Boolean).join(' / ')}` });
      });
    }
    if (isLead(OVERALL, row[0] ?? '') && kind === 'project-evaluation') {
      // 预期目标 | 实际完成情况, in the next row; a PDF drops the merged cell on its left, so the texts are taken in order.
      const keys = row.map((c) => columnOf(OVERALL, c)?.key).filter((k): k is string => k !== undefined);
      const texts = (rows[r + 1] ?? []).map((c) => c.trim()).filter((c) => c && !isBlankMark(c));
      if (!keys.includes('expected') || !rows[r + 1]) return;
      read.add(r).add(r + 1);
      if (texts.length !== keys.length) return void review.push({ field: 'overallTarget', where: at(r + 1), evidence: texts.join(' | '), reason: `年度总体目标一行有 ${texts.length} 段文字，表头是 ${keys.length} 栏（预期目标、实际完成情况）：没有填写，请对照原文。` });
      keys.forEach((key, k) => found.push({ field: `overallTarget.${key}`, value: texts[k], where: at(r + 1), evidence: texts[k] }));
    }
  });
  readFunds(block, kind, found, review, lists, read, tableUnit);
  return read;
}

function readFunds(block: TableBlock, kind: DisclosureKind, found: Filled[], review: Review[], lists: Recognized['lists'], read: Set<number>, tableUnit?: '元' | '万元') {
  const rows = block.rows;
  const header = rows.findIndex((row) => isLead(FUNDS, row[0] ?? '') && row.some((c) => columnOf(FUNDS, c)));
  if (header < 0) return;
  read.add(header);
  const columns = rows[header].map((c, i) => (i === 0 ? undefined : columnOf(FUNDS, c)?.key));
  const unit = unitIn(rows[header][0]) ?? tableUnit;
  const list: Recognized['lists'][string] = { items: [], where: [] };
  for (let r = header + 1; r < rows.length && isFundRow(rows[r][0] ?? ''); r++) {
    read.add(r);
    const row = rows[r];
    const where = block.rowWhere[r];
    const item: Record<string, unknown> = { label: row[0].trim() };
    // A row that lost its empty cells (a PDF prints none) is placed by what its cells look like, if they fit one way.
    const total = /年度资金总额/.test(row[0]);
    const cells = row.length === rows[header].length ? row : placedRow(row, rows[header], total);
    let bad = cells === undefined;
    columns.forEach((key, c) => {
      const text = cells?.[c]?.trim();
      if (!key || !text || isBlankMark(text)) return;
      const number = plainNumber(text);
      if (key === 'executionRate') {
        if (PERCENT_PATTERN.test(text)) item[key] = text;
        else bad = true;
      } else if (number === undefined) bad = true;
      else if (key === 'maxScore' || key === 'score') item[key] = Number(number);
      else if (unit) item[key] = `${number} ${unit}`;
      else bad = true;
    });
    if (bad) {
      review.push({ field: kind === 'project-evaluation' ? 'funds' : 'budget', where, evidence: row.filter(Boolean).join(' | '), reason: unit ? '这一行的金额、执行率或得分不在表头所示的列里，没有填写：请对照原文补上。' : '项目资金表没有写明金额单位（元 或 万元），没有填写。' });
      continue;
    }
    if (kind === 'project-evaluation') {
      list.items.push(item);
      list.where.push(where);
      continue;
    }
    const label = squeeze(String(item.label)).replace(/^其中[:：]?/, '');
    const fields = /年度资金总额/.test(label) ? SELF_TOTAL : SELF_PARTS[label] ? { executed: SELF_PARTS[label] } : {};
    for (const [key, field] of Object.entries(fields)) if (item[key] !== undefined) found.push({ field, value: item[key] as string, where, evidence: `${item.label}：${row.slice(1).filter(Boolean).join(' / ')}（单位：${unit}）` });
  }
  if (list.items.length) lists.funds = list;
}

/** A 项目资金 row of fewer cells than its header, in the header's columns, or undefined when they fit in no single way. */
function placedRow(row: string[], header: string[], total: boolean): string[] | undefined {
  const columns = header.slice(1).map((c) => columnOf(FUNDS, c)).filter((c) => c !== undefined);
  if (columns.length !== header.length - 1) return undefined;
  const placed = placeCells(row.slice(1).filter((c) => c.trim()), columns, (p) => total || (!p.maxScore && !p.score));
  return placed && [row[0], ...columns.map((c) => placed[c.key] ?? '')];
}
