/** The per-disclosure audit and score report `npm run check` prints after the problems. */
import type { DisclosureAudit } from '../score/audit-and-score.ts';
import { DISCLOSURE_KINDS } from '../../schemas/disclosure.ts';

export function formatAuditReport(id: string, audit: DisclosureAudit): string[] {
  const [year, department, kind] = id.split('/');
  const { quality, selfScore, official, metrics } = audit.scores;
  const lines = [`■ ${id}（${department}，${year} 年度${DISCLOSURE_KINDS[kind as keyof typeof DISCLOSURE_KINDS] ?? kind}）`];
  lines.push(`  公开质量指数 ${quality.total} / 100（明账评分规则 ${quality.version}）：${quality.items.map((i) => (i.applicable ? `${i.title} ${i.awarded}/${i.weight}` : `${i.title} 不适用`)).join('，')}`);
  if (selfScore) lines.push(`  自评得分：报告 ${selfScore.reported ?? '—'}${selfScore.bonus ? `（另加分 ${selfScore.bonus}）` : ''}，复算 ${selfScore.recomputed ?? '—'}。${selfScore.explanation}`);
  for (const result of official) lines.push(`  官方公式 · ${result.title}：${result.value}${result.reported !== undefined ? `（原文：${result.reported}）` : ''}。${result.formula}；${result.source}`);
  if (metrics.length) lines.push(`  衍生指标：${metrics.map((m) => `${m.title} ${m.value}`).join('，')}`);
  const counts = { error: 0, warning: 0, finding: 0 };
  for (const f of audit.findings) counts[f.severity]++;
  lines.push(`  核查：${counts.error} 个错误，${counts.warning} 个提示，${counts.finding} 个已登记的原文不一致`);
  for (const f of audit.findings.filter((f) => f.severity === 'finding')) lines.push(`    数据一致性提示 ${f.rule}：${f.message}（登记原因：${f.acknowledged?.reason}）`);
  return lines;
}
