/**
 * Plain text and Markdown (and the lines a PDF's text layer yields) → blocks, repairing
 * extraction damage on the way: page-break splits, spaces inside Chinese words,
 * tab-flattened tables and <p>-wrapped cells. Headings are recognised by Chinese
 * section numbering (一、 / （一） / 1、) or Markdown #; list markers before numbering
 * ("- 1. …") are dropped, since the number is the published text.
 */
import type { Block, SourceDocument } from './blocks.ts';
import { rebuildForms } from './form-rebuild.ts';
import { dropPageNumbers, dropWordMetadata, isRepeatedRow } from './noise.ts';
import { alignPdfTables } from './pdf-table-grid.ts';
import type { Review } from './recognized.ts';
import { joinBrokenParagraphs, normalizeRadicals, removeCjkSpaces, splitRow, stripTags } from './repair.ts';

/** One source line and where it is ("第 12 行", "第 2 页第 5 行"). */
export interface SourceLine {
  text: string;
  where: string;
  /** A PDF table row's cells with their horizontal extent on the page. */
  cells?: PlacedCell[];
  /** The same row's text pieces as the PDF places them, before close ones are joined into cells. */
  pieces?: PlacedCell[];
}

/** One cell of a PDF line: its text and where it starts and ends across the page. */
export interface PlacedCell {
  text: string;
  x0: number;
  x1: number;
}

const isTableRow = (line: string) => line.includes('\t') || /^\s*\|.*\|\s*$/.test(line);
const isMarkdownRule = (line: string) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line);

/** Blocks from source lines, counting each repair in `repairs`; rows of a rebuilt form that are for a person go to `review`. */
export function linesToBlocks(original: readonly SourceLine[], repairs: Record<string, number>, review: Review[] = []): Block[] {
  const bump = (kind: string, n = 1) => {
    if (n) repairs[kind] = (repairs[kind] ?? 0) + n;
  };
  const head = dropWordMetadata(original);
  bump('去掉了文件开头的 Word 元数据行', head.count);
  const numbered = dropPageNumbers(head.lines);
  bump('去掉了页码行', numbered.count);
  const aligned = alignPdfTables(numbered.lines);
  bump('按表头的栏目对齐了 PDF 标准表格的单元格（空白单元格留空）', aligned.tables);
  const forms = rebuildForms(aligned.lines);
  bump('按标准表式的表头恢复了提取时丢失的表格（单元格各占一行或挤在一行）', forms.forms);
  review.push(...forms.review);
  const source = forms.lines;
  const joined = joinBrokenParagraphs(source.map((l) => l.text.replace(/\r$/, '')));
  bump('分页断开的段落已接上', joined.count);
  const lines = joined.lines.map((text, i) => ({ text, where: source[joined.starts[i] - 1]?.where ?? `第 ${joined.starts[i]} 行` }));

  const clean = (text: string) => {
    const tagless = /<\/?p\b/i.test(text) ? stripTags(text) : text;
    if (tagless !== text) bump('去掉了 HTML 标签');
    const radicals = normalizeRadicals(tagless.trim());
    bump('把部首形字符换成了正常汉字（如 ⼈ → 人）', radicals.count);
    const { text: out, count } = removeCjkSpaces(radicals.text);
    bump('去掉了中文词语中间的空格', count);
    return out;
  };

  const blocks: Block[] = [];
  let table: Extract<Block, { type: 'table' }> | undefined;
  for (let i = 0; i < lines.length; i++) {
    const { text, where } = lines[i];
    if (isTableRow(text)) {
      if (isMarkdownRule(text)) continue;
      const raw = text.trim().startsWith('|') ? text.trim().replace(/^\||\|$/g, '').split('|').join('\t') : text;
      const { cells, split } = splitRow(raw);
      bump('拆开了合并在一个单元格里的段落', split);
      if (!table) {
        table = { type: 'table', rows: [], rowWhere: [], where };
        blocks.push(table);
        bump('恢复了表格');
      }
      const row = cells.map(clean);
      if (isRepeatedRow(table.rows.at(-1), row)) {
        bump('去掉了提取时重复出现的表格行');
        continue;
      }
      table.rows.push(row);
      table.rowWhere.push(where);
      continue;
    }
    if (!text.trim()) {
      // A blank line inside a table does not end it when the next line is a row again.
      const next = lines.slice(i + 1).find((l) => l.text.trim());
      if (table && next && isTableRow(next.text)) continue;
      table = undefined;
      continue;
    }
    table = undefined;
    const heading = text.match(/^\s*(#{1,6})\s+(.*)$/);
    if (heading) {
      blocks.push({ type: 'heading', text: clean(heading[2]), where });
      continue;
    }
    const body = clean(text.replace(/^\s*[-*]\s+(?=[（(]?[一二三四五六七八九十\d])/, ''));
    if (body) blocks.push(looksLikeHeading(body) ? { type: 'heading', text: body, where } : { type: 'paragraph', text: body, where });
  }
  return blocks;
}

/** A short numbered line with no sentence punctuation: "一、基本情况", "（二）履职效能分析", "3、继续深化县乡人大工作和建设". */
export function looksLikeHeading(text: string): boolean {
  if (text.length > 40 || /[。；;，,]/.test(text.replace(/[。.]$/, ''))) return false;
  return /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+、)/.test(text);
}

/** A .txt or .md source → document. */
export function documentFromText(name: string, text: string, format: 'txt' | 'md'): SourceDocument {
  const repairs: Record<string, number> = {};
  const review: Review[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((t, i) => ({ text: t, where: `第 ${i + 1} 行` }));
  return { name, format, blocks: linesToBlocks(lines, repairs, review), repairs, review };
}
