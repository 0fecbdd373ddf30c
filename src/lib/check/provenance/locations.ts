/**
 * locations: each names a figure of this JSON, quotes a passage that stands in the archived
 * original (on its page, where it has pages) and in the page's 原文 text, and the passage
 * prints the figure as the JSON holds it. A mistyped location gets the nearest passage
 * that does print the figure as its fix. A text or html original is read as it is; a PDF
 * or docx by the text the importer extracts from it (given by the caller, cached).
 */
import type { ProvenanceContext } from './context.ts';
import { findFigure, findQuote, squeeze } from '../../provenance/passage-match.ts';
import { locatableFigures, valueAt } from '../../provenance/locatable-figures.ts';
import { nearestPassage, passagesOf } from '../../provenance/locate.ts';
import { originalPages, proseText, TEXT_FORMATS } from '../../provenance/original-text.ts';

type Location = { page?: number; quote?: unknown };

/** A passage for a message: a table row's tabs and line breaks as single spaces, long ones cut. */
const shorten = (raw: string) => {
  const text = raw.replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
};

export function checkLocations(ctx: ProvenanceContext, original: { file: string; bytes: Uint8Array; format: string } | undefined): void {
  const locations = ctx.data.locations as Record<string, Location> | undefined;
  if (!locations || typeof locations !== 'object') return;
  const field = (path: string) => `locations.${path}`;
  if (!original) {
    const first = Object.keys(locations)[0];
    if (first !== undefined) ctx.report(field(first), 'location.no-original', 'locations（数字的原文位置）要对照存档的原件核对，但 source.original（存档原件）没有填写或文件不在：先存档原件并填写 source.original。');
    return;
  }
  const extracted = TEXT_FORMATS.has(original.format) ? { pages: originalPages(original.bytes, original.format)! } : ctx.originalText?.(original.file);
  if (!extracted) return; // a PDF or docx whose text the caller did not extract (npm run check always does), or an .xls
  const first = field(Object.keys(locations)[0] ?? '');
  if (extracted.error !== undefined) {
    ctx.report(first, 'location.original-unreadable', `原件 ${original.file} 无法读取文字（${shorten(extracted.error)}），locations（数字的原文位置）无法核对：确认文件是完好的 ${original.format.toUpperCase()}（能用 Word 或 PDF 阅读器打开），必要时向发布单位重新取得原件。`);
    return;
  }
  const pages = extracted.pages;
  if (pages.every((p) => !p.trim())) {
    ctx.report(first, 'location.original-no-text', `原件 ${original.file} 没有文字层（可能是扫描件），引文无法在原件中核对：请向发布单位索取带文字的 PDF 或 Word 原件存档；在那之前删去 locations。`);
    return;
  }
  const passages = passagesOf(pages);
  const whole = squeeze(pages.join('\n'));
  const squeezedPages = pages.map(squeeze);
  const prose = ctx.mdx === undefined ? undefined : squeeze(proseText(ctx.mdx));
  const known = new Set(locatableFigures(ctx.data).map((f) => f.path));
  for (const [path, location] of Object.entries(locations)) {
    if (!location || typeof location.quote !== 'string') continue; // the schema reports it
    const value = valueAt(ctx.data, path);
    if (!known.has(path) || (typeof value !== 'string' && typeof value !== 'number')) {
      ctx.report(field(path), 'location.unknown-field', `locations（数字的原文位置）中的 "${path}" 不是这份 JSON 里的数字：键须是数字的字段路径，如 "spending.total"、"score.tree.0.score"。改正路径，或删去这一条。`);
      continue;
    }
    const quote = location.quote;
    const nearest = () => {
      const p = nearestPassage(passages, value, quote);
      return p ? `原件中印有这个数字的最接近的一句是${p.page ? `（第 ${p.page} 页）` : ''}："${shorten(p.text)}"，可改为这一句。` : `原件中找不到印着 ${value} 的句子：请核对这个数字本身。`;
    };
    const inOriginal = findQuote(whole, quote).length > 0;
    if (!inOriginal) {
      ctx.report(`${field(path)}.quote`, 'location.quote-not-found', `locations.${path}.quote（原文引文）"${shorten(quote)}" 在原件 ${original.file} 中找不到（空白和换行不计，其他须一字不差）。${nearest()}`);
      continue;
    }
    if (location.page !== undefined && pages.length > 1 && !findQuote(squeezedPages[location.page - 1] ?? squeeze(''), quote).length) {
      const onPage = squeezedPages.findIndex((p) => findQuote(p, quote).length > 0);
      ctx.report(`${field(path)}.page`, 'location.page', `locations.${path}.page（页码）是 ${location.page}，但引文在原件第 ${onPage + 1} 页：改为 ${onPage + 1}。`);
    }
    if (!findFigure(quote, value)) {
      ctx.report(`${field(path)}.quote`, 'location.figure-not-in-quote', `locations.${path}.quote（原文引文）"${shorten(quote)}" 里没有这个数字 ${value}（按原文印法，千分位逗号不计）。${nearest()}`);
      continue;
    }
    if (prose && findQuote(prose, quote).length === 0)
      ctx.report(`${field(path)}.quote`, 'location.not-in-text', `locations.${path}.quote（原文引文）"${shorten(quote)}" 在原件里，但不在正文 .mdx 中，页面上无法链接到它：正文须照录原文；若正文修复了原件的断字，引文选一段两边相同的文字。`);
  }
}
