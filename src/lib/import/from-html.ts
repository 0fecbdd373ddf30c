/**
 * HTML (what mammoth makes of a .docx) → blocks. mammoth's output is flat and regular:
 * <h1>…<h6>, <p>, <ul>/<ol> of <li>, and <table> of <tr> of <td>/<th>, so a small
 * tokenizer is enough; the text then goes through the same repairs as plain text.
 */
import type { Block } from './blocks.ts';
import { linesToBlocks, looksLikeHeading } from './from-text.ts';
import { removeCjkSpaces } from './repair.ts';

const decode = (text: string) =>
  text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .trim();

/**
 * A table's rows with one cell per column: a merged cell (colspan / rowspan, as mammoth
 * writes Word's merged cells) stands in its first column and row, the columns and rows it
 * covers are empty, so every cell stays under its header.
 */
export function tableGrid(tableHtml: string): string[][] {
  const grid: string[][] = [];
  const covered: number[] = [];
  for (const [r, tr] of [...tableHtml.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].entries()) {
    const row: string[] = (grid[r] = []);
    let column = 0;
    const skipCovered = () => {
      while ((covered[column] ?? 0) > 0) row[column++] = '';
    };
    for (const cell of tr[1].matchAll(/<t[dh]\b([^>]*)>([\s\S]*?)<\/t[dh]>/gi)) {
      skipCovered();
      const span = (name: string) => Math.max(1, Number(cell[1].match(new RegExp(`${name}="(\\d+)"`, 'i'))?.[1] ?? 1));
      const cols = span('colspan');
      const rows = span('rowspan');
      for (let k = 0; k < cols; k++) {
        row[column + k] = k === 0 ? cell[2] : '';
        if (rows > 1) covered[column + k] = rows;
      }
      column += cols;
    }
    skipCovered();
    for (let c = 0; c < covered.length; c++) if ((covered[c] ?? 0) > 0) covered[c]--;
  }
  return grid;
}

/** Blocks from HTML, each with its position ("第 3 段", "第 2 个表格第 4 行"). */
export function htmlToBlocks(html: string, repairs: Record<string, number>): Block[] {
  const blocks: Block[] = [];
  let paragraph = 0;
  let tables = 0;
  const fix = (text: string) => {
    const { text: out, count } = removeCjkSpaces(text);
    if (count) repairs['去掉了中文词语中间的空格'] = (repairs['去掉了中文词语中间的空格'] ?? 0) + count;
    return out;
  };
  for (const m of html.matchAll(/<(h[1-6]|p|li|table)\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
    const tag = m[1].toLowerCase();
    if (tag === 'table') {
      tables++;
      const rows = tableGrid(m[2]).map((row) => row.map((cell) => fix(decode(cell.replace(/<\/p>\s*<p>/gi, ' ')))));
      blocks.push({ type: 'table', rows, where: `第 ${tables} 个表格`, rowWhere: rows.map((_, i) => `第 ${tables} 个表格第 ${i + 1} 行`) });
      continue;
    }
    paragraph++;
    const text = fix(decode(m[2]));
    if (!text) continue;
    const where = `第 ${paragraph} 段`;
    if (tag.startsWith('h') || looksLikeHeading(text)) blocks.push({ type: 'heading', text, where });
    else {
      // A paragraph may still hold a page-break split or tabs from a pasted table.
      const [block] = linesToBlocks([{ text, where }], repairs);
      if (block) blocks.push(block);
    }
  }
  return blocks;
}
