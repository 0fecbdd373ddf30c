import type { Block } from './blocks.ts';
import { norm, plainNumber, unitIn } from './labels.ts';
import type { Recognized, Review } from './recognized.ts';

type TableBlock = Extract<Block, { type: 'table' }>;

/** A task table: a header row with 名称 and 拟投入的资金(元); each row below gives a task and its money. */
export function recognizeTaskTable(block: TableBlock, review: Review[], lists: Recognized['lists']): void {
  const rows = block.rows;
  const header = rows.findIndex((row) => row.some((c) => norm(c) === '名称') && row.some((c) => /拟投入的资金/.test(c)));
  if (header < 0) return;
  const nameCol = rows[header].findIndex((c) => norm(c) === '名称');
  const amountCol = rows[header].findIndex((c) => /拟投入的资金/.test(c));
  const unit = unitIn(rows[header][amountCol]);
  const list: { items: Record<string, unknown>[]; where: string[] } = { items: [], where: [] };
  for (let r = header + 1; r < rows.length; r++) {
    const row = rows[r];
    // The table's next section ("其他需完成的任务", "绩效指标") starts in the first column.
    if (row[0]?.trim() && r > header + 1) break;
    if (row[0]?.trim() && !row[nameCol]) break;
    const name = row[nameCol]?.trim();
    const number = plainNumber(row[amountCol] ?? '');
    if (!name) continue;
    if (number === undefined || !unit) {
      review.push({ field: 'keyTasks', where: block.rowWhere[r], evidence: row.filter(Boolean).join(' | ').slice(0, 120), reason: '这一行的任务名称或金额不在表头所示的列里，没有填写：请对照原文补上。' });
      continue;
    }
    list.items.push({ name, amount: `${number} ${unit}` });
    list.where.push(block.rowWhere[r]);
  }
  if (list.items.length) lists.keyTasks = list;
  const other = rows.find((row) => /其他需完成的任务/.test(row[0] ?? ''));
  if (other) review.push({ field: 'otherTasks', where: block.rowWhere[rows.indexOf(other)], evidence: other.join(' ').slice(0, 160), reason: '“其他需完成的任务”写成一段文字（任务--内容-金额），金额单位没有写在这一行：没有填写，请按原文填入 otherTasks。' });
}
