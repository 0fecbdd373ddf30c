/**
 * Fills the locations a disclosure lacks: for each figure, the passage of the original that
 * prints it and names it best, among those the page's 原文 text also shows. Kept locations
 * are never replaced. What cannot be found is listed for a person to locate by hand.
 */
import type { SourceLocation } from '../../schemas/provenance.ts';
import { locatableFigures } from './locatable-figures.ts';
import { locateFigure, passagesOf } from './locate.ts';
import { proseText } from './original-text.ts';
import { squeeze } from './passage-match.ts';

export interface Filled {
  locations: Record<string, SourceLocation>;
  added: string[];
  notFound: { path: string; value: string | number }[];
}

/** Labels JSON fields carry, to tell like figures apart ("spending.basic" → 基本支出). */
const FIELD_HINTS: Record<string, string> = {
  total: '合计总', basic: '基本', project: '项目', income: '收入', spending: '支出', budget: '预算', carriedForward: '结转结余年初', available: '可用', closing: '年末结余',
  executionRate: '执行率支出进度', selfScore: '自评分', bonus: '加分', maxScore: '分值满分', score: '得分分', actual: '完成', annualTarget: '年度', periodTarget: '实施周期', amount: '资金', count: '个项目', coverage: '覆盖率', share: '占', change: '增加减少较',
};

const hintFor = (path: string, hint: string) => [hint, ...path.split('.').map((k) => FIELD_HINTS[k] ?? '')].join(' ');

export function fillLocations(data: Record<string, unknown>, pages: readonly string[], mdx?: string): Filled {
  const existing = (data.locations as Record<string, SourceLocation> | undefined) ?? {};
  const locations: Record<string, SourceLocation> = { ...existing };
  const passages = passagesOf(pages);
  const alsoIn = mdx === undefined ? undefined : squeeze(proseText(mdx));
  const added: string[] = [];
  const notFound: Filled['notFound'] = [];
  for (const figure of locatableFigures(data)) {
    if (locations[figure.path]) continue;
    const best = locateFigure(passages, figure.value, { hint: hintFor(figure.path, figure.hint), alsoIn })[0];
    if (!best) {
      notFound.push({ path: figure.path, value: figure.value });
      continue;
    }
    locations[figure.path] = best.page ? { page: best.page, quote: best.text } : { quote: best.text };
    added.push(figure.path);
  }
  return { locations, added, notFound };
}
