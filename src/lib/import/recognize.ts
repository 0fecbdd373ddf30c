/**
 * Finds the figures a source states with certainty and where each one is. Certain means
 * a rule, not a guess, ties the number to a field:
 *   - a labelled cell of a standard table (绩效目标表, 项目支出绩效自评表, 收支总表,
 *     "三公"经费表 …) whose column or table states the unit (元 / 万元);
 *   - a row of a task table under a 拟投入的资金(元) header, or of an indicator table
 *     whose levels are named by the standard vocabulary (产出指标 / 数量指标 …);
 *   - a header line "填报人：…" at the top of the document;
 *   - in prose, one of a fixed list of labels immediately followed by the number and
 *     its unit ("实际支出18,242.27万元"), when that label gives one value only.
 * Everything else that looks like a figure of a field (two values for one label, a
 * table without a stated unit, an unknown indicator level) is listed for review and not
 * filled. Each filled figure carries where it was found and the text it was read from.
 */
import type { DisclosureKind } from '../../schemas/disclosure.ts';
import type { Block } from './blocks.ts';
import { fiscalTableFields } from './fiscal-table-fields.ts';
import { readFiscalTables } from './fiscal-tables.ts';
import { recognizeFormTable } from './form-table.ts';
import { recognizeIndicatorTable } from './indicator-table.ts';
import { CELL_LABELS, DEPARTMENT_LABELS, HEADER_LABELS, LEFT_OK, PROSE, STRICT_LEFT, type Unit, UNIT_RE, norm, plainNumber, unitIn } from './labels.ts';
import type { Filled, Recognized, Review } from './recognized.ts';
import { recognizeTaskTable } from './task-table.ts';

export type { Filled, Recognized, Review } from './recognized.ts';

/** Runs every rule over the blocks. */
export function recognize(blocks: readonly Block[], kind: DisclosureKind): Recognized {
  const found: Filled[] = [];
  const review: Review[] = [];
  const lists: Recognized['lists'] = {};
  const departmentFacts: Filled[] = [];
  let lastUnitText = '';

  // Header lines "标签：值" among the first blocks.
  for (const block of blocks.slice(0, 12)) {
    if (block.type !== 'paragraph') continue;
    const m = block.text.match(/^([^：:]{2,6})[：:]\s*(.+)$/);
    if (!m) continue;
    const label = m[1].trim();
    if (HEADER_LABELS[label]) {
      let value: string | undefined = m[2].trim();
      if (label === '填报日期') {
        const d = value.match(/^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/);
        value = d ? [d[1], d[2]?.padStart(2, '0'), d[3]?.padStart(2, '0')].filter(Boolean).join('-') : undefined;
        if (!value) review.push({ field: 'filledDate', where: block.where, evidence: block.text, reason: '填报日期写法无法确定，请按 "2021-09" 的格式填写。' });
      }
      if (value) found.push({ field: HEADER_LABELS[label], value, where: block.where, evidence: block.text });
    } else if (DEPARTMENT_LABELS[label] && /^\d+$/.test(m[2].trim())) departmentFacts.push({ field: DEPARTMENT_LABELS[label], value: Number(m[2].trim()), where: block.where, evidence: block.text });
  }

  // The standard tables of 预算 and 决算 are read whole; their blocks are not read again cell by cell.
  const fiscal = kind === 'budget' || kind === 'final-accounts' ? readFiscalTables(blocks) : undefined;
  if (fiscal?.tables.length) {
    review.push(...fiscal.review);
    const { fields, byFunction } = fiscalTableFields(fiscal.tables, kind);
    found.push(...fields);
    if (byFunction.items.length) lists.byFunction = byFunction;
    lists.tables = {
      items: fiscal.tables.map((t) => t.table),
      where: fiscal.tables.map((t) => t.rowWhere[0] ?? ''),
      filled: fiscal.tables.flatMap((t, i) => t.table.rows.flatMap((row, r) => Object.entries(row.values).map(([column, value]) => ({ field: `tables[${i}].rows[${r}].values.${column}`, value, where: t.rowWhere[r], evidence: `${t.rowText[r]}（${column}，单位：${t.table.unit}）` })))),
    };
  } else if (fiscal) review.push(...fiscal.review);

  for (const [index, block] of blocks.entries()) {
    if (fiscal?.used.has(index)) continue;
    if (block.type === 'paragraph' || block.type === 'heading') {
      if (unitIn(block.text)) lastUnitText = block.text;
      if (block.type === 'paragraph') prose(block);
      continue;
    }
    table(block, unitIn(lastUnitText));
    lastUnitText = '';
  }

  // One value per field: two different values for one field are for a person to decide.
  const byField = new Map<string, Filled[]>();
  for (const f of found) byField.set(f.field, [...(byField.get(f.field) ?? []), f]);
  const fields: Filled[] = [];
  for (const [field, candidates] of byField) {
    const values = [...new Set(candidates.map((c) => String(c.value)))];
    if (values.length === 1) fields.push(candidates[0]);
    else review.push({ field, where: candidates.map((c) => c.where).join('、'), evidence: candidates.map((c) => c.evidence).join(' / '), reason: `同一字段在原文中有 ${values.length} 个不同的数：${values.join('、')}。没有填写，请对照原文确定。` });
  }
  // A 部门整体支出绩效自评表's indicator rows are the self-evaluation's targets.
  if (kind === 'self-evaluation' && lists.indicators) (lists.targets = lists.indicators), delete lists.indicators;
  return { fields, lists, review, departmentFacts };

  function prose(block: Extract<Block, { type: 'paragraph' }>) {
    for (const entry of PROSE) {
      if (!entry.kinds.includes(kind)) continue;
      for (const label of entry.labels) {
        const re = new RegExp(`${label}(?:为|是|共计|合计|达|：|:)?\\s*(-?[\\d,]+(?:\\.\\d+)?)\\s*${UNIT_RE[entry.unit]}`, 'g');
        for (const m of block.text.matchAll(re)) {
          const before = block.text.slice(0, m.index);
          // "产出指标完成情况自评分 20 分" is another score than "自评分 94.34 分": the label must stand on its own.
          if (STRICT_LEFT.has(label) && !LEFT_OK.test(before)) continue;
          // A longer label that contains this one was meant ("年末结转和结余" vs "年末结余" is fine; "项目支出总额" is not a figure of 项目支出).
          const number = plainNumber(m[1]);
          if (number === undefined) {
            review.push({ field: entry.field, where: block.where, evidence: m[0], reason: `数字 "${m[1]}" 写法不规范，没有填写。` });
            continue;
          }
          const value = entry.unit === 'amount' ? `${number} ${m[2]}` : entry.unit === 'percent' ? `${number}%` : Number(number);
          found.push({ field: entry.field, value, where: block.where, evidence: excerpt(block.text, m.index ?? 0, m[0].length) });
        }
      }
    }
  }

  function table(block: Extract<Block, { type: 'table' }>, tableUnit: Unit | undefined) {
    const columnUnit: (Unit | undefined)[] = [];
    const rows = block.rows;
    recognizeTaskTable(block, review, lists);
    recognizeIndicatorTable(block, review, lists);
    const formRows = recognizeFormTable(block, kind, found, review, lists, tableUnit);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (formRows.has(r)) continue;
      row.forEach((cell, c) => {
        const unit = unitIn(cell);
        if (unit) columnUnit[c] = unit;
      });
      for (let c = 0; c < row.length - 1; c++) {
        const label = norm(row[c]);
        const rule = CELL_LABELS[label];
        const departmentField = DEPARTMENT_LABELS[label];
        const valueCell = row[c + 1] ?? '';
        const number = plainNumber(valueCell);
        if (departmentField && number !== undefined && /^\d+$/.test(number)) departmentFacts.push({ field: departmentField, value: Number(number), where: block.rowWhere[r], evidence: `${row[c]}：${valueCell}` });
        if (!rule || (rule.kinds && !rule.kinds.includes(kind))) continue;
        if (!valueCell.trim()) continue;
        const unit = columnUnit[c + 1] ?? tableUnit;
        if (number === undefined) {
          if (/\d/.test(valueCell)) review.push({ field: rule.field, where: block.rowWhere[r], evidence: `${row[c]}：${valueCell}`, reason: '单元格里的数字写法不规范，没有填写。' });
          continue;
        }
        if (!unit) {
          review.push({ field: rule.field, where: block.rowWhere[r], evidence: `${row[c]}：${valueCell}`, reason: '表格没有写明金额单位（元 或 万元），没有填写：请按原文表头的单位填写。' });
          continue;
        }
        found.push({ field: rule.field, value: `${number} ${unit}`, where: block.rowWhere[r], evidence: `${row[c]}：${valueCell}（单位：${unit}）` });
      }
    }
  }
}

function excerpt(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 12);
  return `${start > 0 ? '…' : ''}${text.slice(start, index + length + 4)}${index + length + 4 < text.length ? '…' : ''}`;
}
