/**
 * The pull-request summary, from hand-made check reports in the shape `check --json`
 * gives (with and without the audit's `disclosures`) and hand-made correction reports.
 */
import { describe, expect, test } from 'vitest';
import type { CorrectionReport } from '../../src/lib/corrections/check-corrections.ts';
import { type CheckReport, disclosureId, hasBlockingProblems, summarizePullRequest } from '../../src/lib/corrections/pr-summary.ts';

const ID = '2024/test-rd/final-accounts';
const counts = { departments: 1, disclosures: 1, articles: 0 };
const finding = (rule: string, message: string, severity = 'error') => ({ rule, severity, title: `${rule} 的标题`, message, fields: ['spending.total'] });
const audit = (quality: number, findings: ReturnType<typeof finding>[], selfScore?: { reported?: number; recomputed?: number }) => ({ id: ID, findings, scores: { quality: { total: quality }, ...(selfScore ? { selfScore } : {}) } });

const changed: CorrectionReport = {
  file: `content/${ID}.json`,
  status: 'changed',
  changes: [
    { field: 'spending.total', path: ['spending', 'total'], old: '100.00 万元', new: '101.00 万元', corrected: true },
    { field: 'spending.basic', path: ['spending', 'basic'], old: '60.00 万元', new: '61.00 万元', corrected: false },
    { field: 'procurement.total', path: ['procurement', 'total'], new: '5.00 万元', corrected: false },
  ],
  problems: [{ file: `content/${ID}.json`, line: 9, column: 14, code: 'correction.missing', severity: 'error', message: 'spending.basic（基本支出）由 "60.00 万元" 改为 "61.00 万元"，但没有对应的更正记录。' }],
};

describe('an unfilled form in the summary', () => {
  test('shows 未填写/不完整, not its number, as the page does', () => {
    const unfilled = { id: ID, findings: [], scores: { quality: { total: '61.3', incomplete: { label: '未填写/不完整' } } } };
    const summary = summarizePullRequest({ base: { ok: true, counts, problems: [], disclosures: [audit(80, [])] }, head: { ok: true, counts, problems: [], disclosures: [unfilled] }, changedFiles: [`content/${ID}.json`], corrections: [] });
    expect(summary).toContain('| 80 → 未填写/不完整 |');
    expect(summary).toContain('- 质量分：80 → 未填写/不完整');
    expect(summary).not.toContain('61.3');
  });
});

describe('with the audit in the reports', () => {
  const base: CheckReport = { ok: true, counts, problems: [], disclosures: [audit(80, [finding('sum.spending', '旧的不一致')], { reported: 90, recomputed: 90 })] };
  const head: CheckReport = { ok: true, counts, problems: [], disclosures: [audit(85, [finding('rate.execution', '执行率超过 100%', 'warning')], { reported: 91, recomputed: 90.5 })] };
  const summary = summarizePullRequest({ base, head, changedFiles: [`content/${ID}.json`, `content/${ID}.mdx`], corrections: [changed] });

  test('lists the disclosure with its kind, status, scores and counts in one row', () => {
    expect(summary).toContain('| `2024/test-rd/final-accounts` | 部门决算 | 修改 | 80 → 85 | 91 / 90.5 | 1 条 | 3 处 |');
  });
  test('shows each changed figure with whether its correction is recorded', () => {
    expect(summary).toContain('| `spending.total` | 100.00 万元 | 101.00 万元 | ✅ 已记录 |');
    expect(summary).toContain('| `spending.basic` | 60.00 万元 | 61.00 万元 | ❌ 缺少 |');
    expect(summary).toContain('| `procurement.total` | — | 5.00 万元 | 新增数字，无需更正 |');
  });
  test('shows score changes, new findings and findings that went away', () => {
    expect(summary).toContain('- 质量分：80 → 85');
    expect(summary).toContain('- 自评分（原文 / 重算）：90 / 90 → 91 / 90.5');
    expect(summary).toContain('**新出现的核对发现**\n\n- 提示：rate.execution 的标题（rate.execution，`spending.total`）：执行率超过 100%');
    expect(summary).toContain('**已消除的核对发现**\n\n- sum.spending 的标题（sum.spending）');
  });
  test('a missing correction blocks the merge and is listed with its position', () => {
    expect(hasBlockingProblems({ head, corrections: [changed] })).toBe(true);
    expect(summary).toMatch(/^## 明账内容检查\n\n❌ \*\*不能合并：有 1 个问题要改。\*\*/);
    expect(summary).toContain('- `content/2024/test-rd/final-accounts.json:9:14` correction.missing：spending.basic（基本支出）由');
  });
});

describe('without the audit (reports from before it landed)', () => {
  const head: CheckReport = {
    ok: false,
    counts,
    problems: [
      { file: `content/${ID}.json`, line: 11, column: 14, code: 'amount.thousands-separator', severity: 'error', message: 'spending.basic（基本支出）：金额格式不对，实为 `"1,200.00 万元"`。去掉千分位逗号：`"1200.00 万元"`。', field: 'spending.basic' },
      { file: 'content/departments/other-rd.json', line: 1, column: 1, code: 'json.syntax', severity: 'error', message: 'JSON 格式错误：文件是空的。' },
    ],
  };
  const added: CorrectionReport = { file: `content/${ID}.json`, status: 'added', changes: [], problems: [] };
  const summary = summarizePullRequest({ head, changedFiles: [`content/${ID}.json`, `content/${ID}.mdx`], corrections: [added] });

  test('still lists the added disclosure, without score columns', () => {
    expect(summary).toContain('| 公开 | 类型 | 状态 | 数字变化 |');
    expect(summary).toContain('| `2024/test-rd/final-accounts` | 部门决算 | 新增 | — |');
    expect(summary).toContain('核对规则与评分的结果尚未接入 check 报告');
  });
  test('lists the check problems of the PR’s files under their disclosure, and other errors apart', () => {
    expect(summary).toContain('- `content/2024/test-rd/final-accounts.json:11:14` amount.thousands-separator：spending.basic（基本支出）：金额格式不对');
    expect(summary).toContain('### 本 PR 未改动的文件中的错误');
    expect(summary).toContain('`content/departments/other-rd.json:1:1` json.syntax');
    expect(hasBlockingProblems({ head, corrections: [added] })).toBe(true);
  });
});

describe('a clean PR', () => {
  test('says it passed and asks the reviewer to check the figures against the source', () => {
    const head: CheckReport = { ok: true, counts, problems: [] };
    const summary = summarizePullRequest({ head, changedFiles: ['content/departments/test-rd.json'], corrections: [] });
    expect(summary).toContain('✅ **检查通过**');
    expect(summary).toContain('本 PR 没有新增或修改公开文件。');
    expect(hasBlockingProblems({ head, corrections: [] })).toBe(false);
  });
  test('disclosure ids come from content paths only', () => {
    expect(disclosureId('content/2024/test-rd/budget.mdx')).toBe('2024/test-rd/budget');
    expect(disclosureId('content/departments/test-rd.json')).toBeUndefined();
    expect(disclosureId('test/fixtures/valid/content/2024/x/budget.json')).toBeUndefined();
  });
});
