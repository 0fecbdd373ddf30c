/**
 * The whole of `npm run check`: validate the content, then audit and score every
 * disclosure that validated. Audit errors become problems at the field they are about;
 * warnings too; acknowledged findings are published, not problems.
 */
import { auditAndScore, type DisclosureAudit } from '../score/audit-and-score.ts';
import type { CheckMemo } from './check-memo.ts';
import { type CheckResult, checkContent, type ContentSource } from './check-content.ts';
import { locate, parseJsonDocument } from './json-document.ts';
import { type Problem, sortProblems } from './problem.ts';

export interface RunResult extends CheckResult {
  audits: Map<string, DisclosureAudit>;
}

export function runChecks(source: ContentSource, memo?: CheckMemo): RunResult {
  const result = checkContent(source, memo);
  const audits = auditAndScore({ disclosures: result.valid.disclosures.map(({ id, data }) => ({ id, data })), departments: result.valid.departments });
  const auditProblems: Problem[] = result.valid.disclosures.flatMap(({ id, path, text }) => {
    const reported = (audits.get(id)?.findings ?? []).filter((f) => f.severity !== 'finding');
    // Parsed again only here, for positions: the check keeps texts, not trees (check-content.ts).
    const document = reported.length > 0 ? parseJsonDocument(text).document : undefined;
    return reported.map((f): Problem => {
      const at = locate(document!, (f.fields[0] ?? '').split('.').filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
      const advice = f.severity === 'error' && f.rule !== 'acknowledged.unused' ? '请对照原文核对这些数字：若是录入错误，改正 JSON；若原文本身如此，在 acknowledged 中登记规则编号和原因，门户将作为“数据一致性提示”公开。' : '';
      return { file: path, line: at.line, column: at.column, code: f.rule, severity: f.severity as 'error' | 'warning', message: `${f.severity === 'error' && f.rule !== 'acknowledged.unused' ? `不符合“${f.title}”` : f.title}：${f.message}${advice}`, field: f.fields[0] };
    });
  });
  return { ...result, problems: sortProblems([...result.problems, ...auditProblems]), audits };
}
