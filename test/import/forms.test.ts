/**
 * The standard forms as Word and PDF text extraction print them, from fixtures written
 * from the templates' layouts (test/fixtures/forms/): each cell on its own line, or each
 * row run together on one line. Both layouts of each form import to the same draft, which
 * passes the check; what is wrong in a form is a finding; an unfilled form is 未填写/不完整.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatText } from '../../src/lib/check/format-problems.ts';
import { runChecks } from '../../src/lib/check/run-checks.ts';
import { buildDraft } from '../../src/lib/import/draft.ts';
import { documentFromText } from '../../src/lib/import/from-text.ts';
import { schemaRefFor } from '../../src/lib/json-schema/generate.ts';
import type { DisclosureKind } from '../../src/schemas/disclosure.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'forms');
const DEPARTMENT = JSON.stringify({ name: '测试县人民代表大会常务委员会办公室', shortName: '测试县人大常委会办公室', level: 'district-county', region: { province: '测试省', city: '测试市', county: '测试县' } });

function importForm(file: string, kind: DisclosureKind) {
  const id = `2023/test-county-rd/${kind}`;
  const draft = buildDraft(documentFromText(file, readFileSync(join(fixtures, file), 'utf8'), 'txt'), { kind, department: 'test-county-rd', fiscalYear: 2023, schemaRef: schemaRefFor(`${id}.json`)! });
  const files: Record<string, string> = { 'departments/test-county-rd.json': DEPARTMENT, [`${id}.json`]: JSON.stringify(draft.json, null, 2), [`${id}.mdx`]: draft.mdx };
  const checked = runChecks({ root: 'content', files: Object.keys(files).sort(), read: (p) => files[p] });
  return { draft, problems: checked.problems, audit: checked.audits.get(id)! };
}
const figures = (json: Record<string, unknown>) => {
  const { $schema, source, department, fiscalYear, ...rest } = json;
  return rest;
};
const warnings = (audit: ReturnType<typeof importForm>['audit']) => audit.findings.map((f) => `${f.rule} ${f.message}`);

describe.each([
  ['project-evaluation', '项目支出绩效自评表'],
  ['self-evaluation', '部门整体支出绩效自评表'],
  ['performance-targets', '绩效目标表'],
] as const)('%s (%s)', (kind, _title) => {
  const expected = JSON.parse(readFileSync(join(fixtures, `${kind}.expected.json`), 'utf8'));
  test.each(['cells', 'rows'])('one cell per line / run together on one line (%s): every cell in its field, the table rebuilt', (layout) => {
    const { draft, problems } = importForm(`${kind}.${layout}.txt`, kind);
    expect(figures(draft.json)).toEqual(expected);
    expect(draft.review.filter((r) => r.field !== 'otherTasks')).toEqual([]);
    expect(draft.report).toContain('按标准表式的表头恢复了提取时丢失的表格（单元格各占一行或挤在一行）：1 处');
    expect(problems.filter((p) => p.severity === 'error').map(formatText)).toEqual([]);
  });
});

describe('what the forms say is checked', () => {
  test('项目支出绩效自评表: the 0.00% of a zero-budget source row is no error; the 总分 adds up; the rate is 执行数 ÷ 全年预算数', () => {
    const { audit, draft } = importForm('project-evaluation.cells.txt', 'project-evaluation');
    expect(warnings(audit)).toEqual([]);
    expect(draft.report).toContain('| `funds[0].executed` | 全年执行数 | 81.70 万元 | 第 16 行 |');
    expect(audit.scores.quality.incomplete).toBeUndefined();
  });
  test('部门整体支出绩效自评表: scores its ranges and bounds contradict are findings', () => {
    const { audit, draft } = importForm('self-evaluation.rows.txt', 'self-evaluation');
    expect(draft.report).toContain('| `spending.total` | 支出合计 | 1197.00 万元 | 第 5 行 |');
    expect(warnings(audit)).toEqual([
      'indicator.unquantified 指标“履职保障制度健全”的目标值是“是”，没有可衡量的数字。',
      'indicator.score-vs-outcome 指标“代表建议交办时限”没有完成（实际 6天 > 目标 5天（目标为“≤5天”）），却记了满分 10 分；按规定，未完成的按完成值与指标值的比例记分。',
      'indicator.score-vs-outcome 指标“代表满意度”已经完成（实际 93% ≥ 目标 90%），按规定应记全部分值 10 分，所列得分是 8 分。',
    ]);
  });
  test('绩效目标表: the body’s staff count goes to the department file; a cell left empty (本级使用资金) stays out', () => {
    const { draft } = importForm('performance-targets.cells.txt', 'performance-targets');
    expect(draft.report).toContain('`staffFunded`：32');
    expect((draft.json.byLevel as Record<string, unknown>).ownUse).toBeUndefined();
  });
});

describe('unfilled forms are 未填写/不完整, never 0 or 100', () => {
  test('项目支出绩效自评表 (one cell per line): template instructions, no scores, no actuals', () => {
    const { audit, draft, problems } = importForm('project-evaluation.unfilled.cells.txt', 'project-evaluation');
    expect(problems.filter((p) => p.severity === 'error').map(formatText)).toEqual([]);
    expect(audit.scores.quality.incomplete).toEqual({
      label: '未填写/不完整',
      reasons: ['表中没有任何得分（总分和各指标得分都为空）。', '4 个指标都没有填写实际完成值。', '“（请填写实际完成情况）”像是没有替换的模板文字。', '“（根据评价结果填写优、良、中、差）”像是没有替换的模板文字。', '“（请填写）”像是没有替换的模板文字。', '“（请填写）”像是没有替换的模板文字。'],
    });
    // The money rows lost their empty cells: which column each number was in cannot be known, so they are for a person.
    expect(draft.review.map((r) => `${r.where} ${r.evidence}`)).toEqual(['第 17 行 年度资金总额 | 80.00 | 86.00 | 10', '第 21 行 其中：本年财政拨款 | 80.00 | 86.00']);
    expect(draft.report).toContain('可以有不止一种对法（空着的格子被略去了）');
    expect(draft.json.totalScore).toBeUndefined();
  });
  test('部门整体支出绩效自评表 (run together): 分值 printed and no 得分; 评价结论 still 优/良/中/差', () => {
    const { audit } = importForm('self-evaluation.unfilled.rows.txt', 'self-evaluation');
    expect(audit.scores.quality.incomplete?.reasons).toEqual(['表中没有任何得分（自评分和各指标得分都为空）。', '4 个指标都没有填写实际完成值。', '“优/良/中/差”像是没有替换的模板文字。']);
    expect(audit.scores.selfScore?.recomputed).toBeUndefined();
  });
  test('绩效目标表 (one cell per line): no target values', () => {
    const { audit, draft } = importForm('performance-targets.unfilled.cells.txt', 'performance-targets');
    expect(audit.scores.quality.incomplete?.reasons).toEqual(['4 个指标都没有填写指标值（实施周期指标值和年度指标值都为空）。']);
    expect(draft.review.map((r) => r.where)).toEqual(['第 25 行']);
  });
});

describe('the text around a form stays text', () => {
  test('a report that goes on after its form keeps its headings and paragraphs; a form named in prose is not a form', () => {
    const text = ['项目支出绩效自评表', '项目名称', '代表履职服务保障经费', '项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '年度资金总额', '80.00', '86.00', '81.70', '财务负责人', '李某', '二、自评结论', '本项目完成了年度目标。', '', '按要求填报项目支出绩效自评表。'].join('\n');
    const draft = buildDraft(documentFromText('x.txt', text, 'txt'), { kind: 'project-evaluation', department: 'test-county-rd', fiscalYear: 2023, schemaRef: 's' });
    expect(draft.json).toMatchObject({ projectName: '代表履职服务保障经费', financeLead: '李某', funds: [{ label: '年度资金总额', initialBudget: '80.00 万元', adjustedBudget: '86.00 万元', executed: '81.70 万元' }] });
    expect(draft.mdx).toContain('| 财务负责人 | 李某 |');
    expect(draft.mdx).toContain('## 二、自评结论\n\n本项目完成了年度目标。\n\n按要求填报项目支出绩效自评表。');
  });
});

