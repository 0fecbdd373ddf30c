/**
 * A correction cannot be silent. Given the published (main) and proposed (pull request)
 * versions of a disclosure's JSON, every changed or removed figure must have a new
 * entry in `corrections` whose field, old and new values equal the actual change, and
 * the correction history already published must stay as it was. Figures that are new
 * (absent before) need no correction: adding what the source states changes nothing
 * that was published. Pure; the PR workflow runs it through scripts/pr-corrections.ts.
 */
import { z } from 'astro/zod';
import { formatFieldPath } from '../fields/field-path.ts';
import { locate, parseJsonDocument } from '../check/json-document.ts';
import type { Problem } from '../check/problem.ts';
import { resolveField } from '../fields/schema-walk.ts';
import { DisclosureSchema } from '../../schemas/disclosure.ts';
import { diffFigures, type FigureChange } from './figure-diff.ts';

/** One correction entry as the schema defines it (src/schemas/publication.ts). */
export interface CorrectionEntry {
  date: string;
  field: string;
  old: string | number;
  new: string | number;
  reason: string;
  approvedBy: string;
}

/** The outcome for one disclosure: its figure changes and the problems with them. */
export interface CorrectionReport {
  file: string;
  status: 'added' | 'changed' | 'deleted' | 'unchanged';
  changes: (FigureChange & { corrected: boolean })[];
  problems: Problem[];
}

const same = (a: unknown, b: unknown) => a !== undefined && b !== undefined && String(a) === String(b);
const show = (v: string | number | undefined) => (v === undefined ? '（无）' : JSON.stringify(v));
const entries = (data: unknown): CorrectionEntry[] => {
  const list = data && typeof data === 'object' ? (data as { corrections?: unknown }).corrections : undefined;
  return Array.isArray(list) ? (list as CorrectionEntry[]) : [];
};

/** The Chinese title of a field, for messages ("spending.total（支出合计）"). */
function named(field: string, path: (string | number)[], data: unknown): string {
  const title = resolveField(DisclosureSchema as unknown as z.ZodType, path, data)?.meta.title;
  return title ? `${field}（${title}）` : field;
}

/** An example entry staff can paste, with today's date for them to check. */
function exampleEntry(change: FigureChange, today: string): string {
  return JSON.stringify({ date: today, field: change.field, old: change.old ?? '', new: change.new ?? '', reason: '更正原因', approvedBy: '审核人' });
}

/**
 * Compares the two versions of one disclosure JSON file. `baseText` is undefined for a
 * new file, `headText` undefined for a deleted one. `today` is "YYYY-MM-DD" for examples.
 */
export function checkCorrections(file: string, baseText: string | undefined, headText: string | undefined, today: string): CorrectionReport {
  if (headText === undefined) {
    return {
      file,
      status: 'deleted',
      changes: [],
      problems: [{ file, line: 1, column: 1, code: 'correction.deleted', severity: 'error', message: '删除了已发布的公开。已发布的内容不能删除：要更正数字，修改文件并写更正记录（corrections）；若是放错了年度或部门，请在 PR 里说明，由维护人员处理。' }],
    };
  }
  const head = parseJsonDocument(headText).document;
  // A file the checker cannot parse is reported by the checker itself.
  if (!head) return { file, status: baseText === undefined ? 'added' : 'changed', changes: [], problems: [] };
  if (baseText === undefined) return { file, status: 'added', changes: [], problems: [] };
  let base: unknown;
  try {
    base = JSON.parse(baseText);
  } catch {
    return { file, status: 'changed', changes: [], problems: [] };
  }

  const problems: Problem[] = [];
  const report = (path: (string | number)[], code: string, message: string, field?: string) => {
    const at = locate(head, path);
    problems.push({ file, line: at.line, column: at.column, code, severity: 'error', message, field });
  };

  // Published history stays: every earlier entry must still be there, unchanged.
  const before = entries(base);
  const after = entries(head.value);
  const key = (e: CorrectionEntry) => JSON.stringify([e.date, e.field, e.old, e.new, e.reason, e.approvedBy]);
  const afterKeys = after.map(key);
  before.forEach((entry, i) => {
    if (!afterKeys.includes(key(entry))) report(['corrections', Math.min(i, Math.max(after.length - 1, 0))], 'correction.history-changed', `已发布的第 ${i + 1} 条更正记录（${entry.date}，${entry.field}：${show(entry.old)} → ${show(entry.new)}）被修改或删除了。更正记录只能增加，不能改动或删除：请恢复原样，需要时再加一条新记录。`, 'corrections');
  });
  const beforeKeys = new Set(before.map(key));
  const fresh = after.map((entry, index) => ({ entry, index })).filter(({ entry }) => !beforeKeys.has(key(entry)));

  const changes = diffFigures(base, head.value).map((change) => {
    const needsCorrection = change.old !== undefined;
    const corrected = needsCorrection && fresh.some(({ entry }) => entry.field === change.field && same(entry.old, change.old) && same(entry.new, change.new ?? ''));
    if (needsCorrection && !corrected) {
      const partial = fresh.find(({ entry }) => entry.field === change.field);
      const what = change.new === undefined ? `删去了（原为 ${show(change.old)}）` : `由 ${show(change.old)} 改为 ${show(change.new)}`;
      const fix = partial
        ? `第 ${partial.index + 1} 条更正记录写的是 ${show(partial.entry.old)} → ${show(partial.entry.new)}，与实际改动不符：old 应为 ${show(change.old)}，new 应为 ${show(change.new ?? '')}。`
        : `在 corrections（更正记录）里加一条：${exampleEntry(change, today)}，写明更正原因和审核人。`;
      report(change.new === undefined ? ['corrections'] : change.path, partial ? 'correction.mismatch' : 'correction.missing', `${named(change.field, change.path, head.value)}${what}，但没有对应的更正记录。已发布的数字不能悄悄改动：${fix}`, change.field);
    }
    return { ...change, corrected };
  });

  // A new entry about a figure must describe a change that happened.
  const changed = new Set(changes.map((c) => c.field));
  // An edited published entry is reported above as history-changed; judge only the ones appended.
  for (const { entry, index } of fresh.filter(({ index }) => index >= before.length)) {
    const field = entry.field;
    const isFigureField = changes.some((c) => c.field === field) || diffFigures(undefined, base).some((c) => c.field === field) || diffFigures(undefined, head.value).some((c) => c.field === field);
    if (isFigureField && !changed.has(field)) report(['corrections', index], 'correction.mismatch', `第 ${index + 1} 条更正记录说 ${field} 由 ${show(entry.old)} 改为 ${show(entry.new)}，但这个数字在本次修改中没有变化。请删去这条记录，或改正它说的字段。`, 'corrections');
  }

  return { file, status: JSON.stringify(base) === JSON.stringify(head.value) ? 'unchanged' : 'changed', changes, problems };
}
