/**
 * The pull-request summary staff and reviewers read on GitHub ($GITHUB_STEP_SUMMARY), in
 * Chinese: which disclosures the PR adds or changes, their check problems, audit
 * findings and scores, and what changed against main (figures, with whether each change
 * has its correction entry; scores; findings that appeared or went away).
 *
 * Inputs are two `npm run check -- --json` reports (main and the PR) and the correction
 * reports of the changed JSON files. The audit part of the report (`disclosures`) is
 * optional: without it the summary still lists figures and check problems.
 */
import type { Problem } from '../check/problem.ts';
import { DISCLOSURE_KINDS } from '../../schemas/disclosure.ts';
import type { CorrectionReport } from './check-corrections.ts';

/** One audit finding as `check --json` reports it. */
export interface ReportFinding {
  rule: string;
  severity: string;
  title: string;
  message: string;
  fields: string[];
}

/** One disclosure's audit and scores as `check --json` reports it. */
export interface ReportDisclosure {
  id: string;
  findings: ReportFinding[];
  scores: { quality: { total: number | string; incomplete?: { label: string } }; selfScore?: { reported?: number; recomputed?: number } };
}

/** The shape of `node scripts/check.ts --json`. */
export interface CheckReport {
  ok: boolean;
  counts?: { departments: number; disclosures: number; articles: number };
  problems: Problem[];
  disclosures?: ReportDisclosure[];
}

export interface SummaryInput {
  /** The report of main; undefined when main could not be checked (e.g. first PR). */
  base?: CheckReport;
  head: CheckReport;
  /** Files the PR changes, relative to the repository root ("content/2024/x/budget.json"). */
  changedFiles: string[];
  /** One report per changed disclosure JSON (see checkCorrections). */
  corrections: CorrectionReport[];
}

const DISCLOSURE_FILE = /^content\/(\d{4})\/([a-z0-9-]+)\/([a-z-]+)\.(json|mdx)$/;

/** "2024/x/budget" for "content/2024/x/budget.json". */
export function disclosureId(file: string): string | undefined {
  const m = file.match(DISCLOSURE_FILE);
  return m ? `${m[1]}/${m[2]}/${m[3]}` : undefined;
}

const kindName = (id: string) => DISCLOSURE_KINDS[id.split('/')[2] as keyof typeof DISCLOSURE_KINDS] ?? id.split('/')[2];
const cell = (text: string | number | undefined) => (text === undefined ? '—' : String(text).replace(/\|/g, '\\|').replace(/\n/g, ' '));
const findingKey = (f: ReportFinding) => `${f.rule}|${f.fields.join(',')}|${f.message}`;
const SEVERITY: Record<string, string> = { error: '错误', warning: '提示', finding: '原文不一致（已确认）' };

/** The quality index as the page shows it: 未填写/不完整 for an unfilled form, never its number. */
const qualityOf = (d: ReportDisclosure | undefined) => (d?.scores.quality.incomplete ? d.scores.quality.incomplete.label : d?.scores.quality.total);

function scoreChange(before: number | string | undefined, after: number | string | undefined): string {
  if (after === undefined) return '—';
  if (before === undefined || before === after) return String(after);
  return `${before} → ${after}`;
}

/** True when the PR must not be merged: a check error or a correction problem. */
export function hasBlockingProblems(input: Pick<SummaryInput, 'head' | 'corrections'>): boolean {
  return input.head.problems.some((p) => p.severity === 'error') || input.corrections.some((c) => c.problems.length > 0);
}

/** The summary as GitHub-flavoured Markdown. */
export function summarizePullRequest(input: SummaryInput): string {
  const { base, head, corrections } = input;
  const ids = [...new Set(input.changedFiles.map(disclosureId).filter((id): id is string => id !== undefined))].sort();
  const correctionById = new Map(corrections.map((c) => [disclosureId(c.file)!, c]));
  const headAudit = new Map((head.disclosures ?? []).map((d) => [d.id, d]));
  const baseAudit = new Map((base?.disclosures ?? []).map((d) => [d.id, d]));
  const hasAudit = head.disclosures !== undefined;
  const changedSet = new Set(input.changedFiles);
  const problemsInPr = head.problems.filter((p) => changedSet.has(p.file));
  const otherErrors = head.problems.filter((p) => !changedSet.has(p.file) && p.severity === 'error');
  const correctionProblems = corrections.flatMap((c) => c.problems);
  const blocking = hasBlockingProblems(input);

  const out: string[] = ['## 明账内容检查', ''];
  const errorCount = head.problems.filter((p) => p.severity === 'error').length + correctionProblems.length;
  out.push(blocking ? `❌ **不能合并：有 ${errorCount} 个问题要改。** 按下面每条的位置和说明修改，推送后会重新检查。` : '✅ **检查通过**：格式、正文安全和更正记录都没有问题。请审核人对照原文核对下面的数字。');
  if (head.counts) out.push('', `本 PR 的内容共 ${head.counts.departments} 个部门、${head.counts.disclosures} 份公开、${head.counts.articles} 篇文章。`);
  out.push('');

  if (ids.length === 0) out.push('本 PR 没有新增或修改公开文件。', '');
  else {
    out.push('### 新增或修改的公开', '');
    out.push(hasAudit ? '| 公开 | 类型 | 状态 | 质量分 | 自评分（原文 / 重算） | 核对发现 | 数字变化 |' : '| 公开 | 类型 | 状态 | 数字变化 |');
    out.push(hasAudit ? '| --- | --- | --- | --- | --- | --- | --- |' : '| --- | --- | --- | --- |');
    for (const id of ids) {
      const report = correctionById.get(id);
      const status = report?.status === 'added' ? '新增' : report?.status === 'deleted' ? '删除' : baseAudit.has(id) || report ? '修改' : '新增';
      const changes = report?.changes.length ?? 0;
      const row = [`\`${id}\``, kindName(id), status];
      if (hasAudit) {
        const a = headAudit.get(id);
        const b = baseAudit.get(id);
        const self = a?.scores.selfScore;
        row.push(scoreChange(qualityOf(b), qualityOf(a)));
        row.push(self ? `${cell(self.reported)} / ${cell(self.recomputed)}` : '—');
        row.push(a ? (a.findings.length ? `${a.findings.length} 条` : '无') : '—');
      }
      row.push(status === '新增' ? '—' : changes ? `${changes} 处` : '无');
      out.push(`| ${row.map(cell).join(' | ')} |`);
    }
    out.push('');

    for (const id of ids) {
      const report = correctionById.get(id);
      const a = headAudit.get(id);
      const b = baseAudit.get(id);
      const files = [`content/${id}.json`, `content/${id}.mdx`];
      const problems = [...problemsInPr.filter((p) => files.includes(p.file)), ...(report?.problems ?? [])];
      const sections: string[] = [];
      if (problems.length) {
        sections.push('**要修改的问题**', '');
        for (const p of problems) sections.push(`- \`${p.file}:${p.line}:${p.column}\` ${p.code}：${p.message}`);
        sections.push('');
      }
      const figureChanges = report && report.status === 'changed' ? report.changes : [];
      if (figureChanges.length) {
        sections.push('**与 main（已发布版本）相比的数字变化**', '', '| 字段 | 原值 | 新值 | 更正记录 |', '| --- | --- | --- | --- |');
        for (const c of figureChanges) sections.push(`| \`${c.field}\` | ${cell(c.old)} | ${cell(c.new)} | ${c.old === undefined ? '新增数字，无需更正' : c.corrected ? '✅ 已记录' : '❌ 缺少'} |`);
        sections.push('');
      }
      if (a) {
        const scoreLines: string[] = [];
        if (b && qualityOf(b) !== qualityOf(a)) scoreLines.push(`- 质量分：${qualityOf(b)} → ${qualityOf(a)}`);
        const sb = b?.scores.selfScore;
        const sa = a.scores.selfScore;
        if (b && (sb?.reported !== sa?.reported || sb?.recomputed !== sa?.recomputed)) scoreLines.push(`- 自评分（原文 / 重算）：${cell(sb?.reported)} / ${cell(sb?.recomputed)} → ${cell(sa?.reported)} / ${cell(sa?.recomputed)}`);
        if (scoreLines.length) sections.push('**分数变化**', '', ...scoreLines, '');
        const before = new Set((b?.findings ?? []).map(findingKey));
        const after = new Set(a.findings.map(findingKey));
        const added = a.findings.filter((f) => !before.has(findingKey(f)));
        const gone = (b?.findings ?? []).filter((f) => !after.has(findingKey(f)));
        const shown = b ? added : a.findings;
        if (shown.length) {
          sections.push(b ? '**新出现的核对发现**' : '**核对发现**', '');
          for (const f of shown) sections.push(`- ${SEVERITY[f.severity] ?? f.severity}：${f.title}（${f.rule}${f.fields.length ? `，${f.fields.map((x) => `\`${x}\``).join('、')}` : ''}）：${f.message}`);
          sections.push('');
        }
        if (b && gone.length) {
          sections.push('**已消除的核对发现**', '');
          for (const f of gone) sections.push(`- ${f.title}（${f.rule}）`);
          sections.push('');
        }
      }
      if (sections.length) out.push(`#### \`${id}\` ${kindName(id)}`, '', ...sections);
    }
  }

  const otherInPr = problemsInPr.filter((p) => !disclosureId(p.file));
  if (otherInPr.length) {
    out.push('### 其他改动文件中的问题', '');
    for (const p of otherInPr) out.push(`- \`${p.file}:${p.line}:${p.column}\` ${p.code}：${p.message}`);
    out.push('');
  }
  if (otherErrors.length) {
    out.push('### 本 PR 未改动的文件中的错误', '', `有 ${otherErrors.length} 个错误不在本 PR 改动的文件里（可能是 main 上已有的问题，或本 PR 的改动影响了别的文件，如删去了部门文件）：`, '');
    for (const p of otherErrors.slice(0, 20)) out.push(`- \`${p.file}:${p.line}:${p.column}\` ${p.code}：${p.message}`);
    if (otherErrors.length > 20) out.push(`- ……另有 ${otherErrors.length - 20} 个，见“检查”步骤的日志。`);
    out.push('');
  }
  if (!hasAudit) out.push('_核对规则与评分的结果尚未接入 check 报告，本摘要只列出格式检查和数字变化。_', '');
  out.push('每条问题的含义和改法见 [发布指南](docs/发布指南.md)。');
  return `${out.join('\n')}\n`;
}
