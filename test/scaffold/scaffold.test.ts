/**
 * npm run new: a new disclosure has every field to fill present and marked so that the
 * check lists each one with a message, and nothing else is wrong with it.
 */
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatText } from '../../src/lib/check/format-problems.ts';
import { parseKind, planNew } from '../../src/lib/scaffold/plan.ts';
import { KIND_NAMES } from '../../src/schemas/disclosure.ts';

const DEPARTMENT = JSON.stringify({ name: '测试市人民代表大会常务委员会办公厅', shortName: '测试市人大常委会办公厅', level: 'city', region: { province: '广东省', city: '测试市' } });

/** A content folder in memory: the given files plus what a plan adds. */
function tree(files: Record<string, string>) {
  return { root: 'content', files: Object.keys(files).sort(), read: (p: string) => files[p] };
}

function checkPlan(files: Record<string, string>, request: Parameters<typeof planNew>[0]) {
  const plan = planNew(request, new Set(Object.keys(files)));
  if (!plan.ok) throw new Error(plan.errors.join('\n'));
  const all = { ...files, ...Object.fromEntries(plan.files.map((f) => [f.path, f.text])) };
  return { plan, all, problems: checkContent(tree(all)).problems };
}

/** Fills every marked field the way staff would when the source does not state it: delete it; and writes text for each MDX marker. */
function resolveMarkers(all: Record<string, string>): Record<string, string> {
  const prune = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const items = value.map(prune).filter((v) => v !== undefined);
      return items.length ? items : undefined;
    }
    if (value && typeof value === 'object') {
      const entries = Object.entries(value).map(([k, v]) => [k, prune(v)] as const).filter(([, v]) => v !== undefined);
      return entries.length ? Object.fromEntries(entries) : undefined;
    }
    return value === '' ? undefined : value;
  };
  return Object.fromEntries(
    Object.entries(all).map(([path, text]) => {
      if (path.endsWith('.mdx')) return [path, text.replace(/\{\/\* 待填写：[^}]*\*\/\}/g, '原文段落。')];
      const data = prune(JSON.parse(text)) as Record<string, unknown>;
      if (path.startsWith('20')) data.title = '测试市人大常委会办公厅2024年公开';
      if (data.kind === 'project-evaluation') data.projectName = '测试项目';
      return [path, JSON.stringify(data)];
    }),
  );
}

const countMarkers = (all: Record<string, string>, paths: string[]) =>
  paths.reduce((n, p) => n + (p.endsWith('.mdx') ? (all[p].match(/待填写/g) ?? []).length : (all[p].match(/(: ""|^\s*""),?$/gm) ?? []).length), 0);

describe('a new disclosure for an existing body', () => {
  test.each(KIND_NAMES)('%s: the check reports each field to fill, one problem per marker, and nothing else', (kind) => {
    const { plan, all, problems } = checkPlan({ 'departments/test-rd.json': DEPARTMENT }, { department: 'test-rd', year: '2024', kind });
    expect(plan.files.map((f) => f.path)).toEqual([`2024/test-rd/${kind}.json`, `2024/test-rd/${kind}.mdx`]);
    expect(problems.length).toBe(countMarkers(all, [`2024/test-rd/${kind}.json`, `2024/test-rd/${kind}.mdx`]));
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(problems.map((p) => p.code).filter((c) => ['field.required', 'field.format', 'field.type', 'amount.format', 'percent.format', 'mdx.unfilled'].includes(c))));
    // Once every marker is resolved, the disclosure is valid: the markers were the only problems.
    expect(checkContent(tree(resolveMarkers(all))).problems.map(formatText)).toEqual([]);
  });

  test('the title is marked to fill with a message that says what to write', () => {
    const { problems } = checkPlan({ 'departments/test-rd.json': DEPARTMENT }, { department: 'test-rd', year: '2024', kind: 'budget' });
    expect(problems.map(formatText)).toContain('content/2024/test-rd/budget.json:6:12  field.required  title（标题）：不能为空。请按原文填写，原文没有就删去这个字段。');
    expect(problems.map(formatText)).toContain('content/2024/test-rd/budget.json:18:14  amount.format  spending.basic（基本支出）：金额格式不对，实为 `""`。写成 数字 + 空格 + 单位，如 `"5082.95 万元"`，数字不带逗号、不带全角字符。');
    expect(problems.map(formatText).filter((l) => l.includes('budget.mdx')).at(0)).toBe('content/2024/test-rd/budget.mdx:1:1  mdx.unfilled  这一节还没有填写（导语，原文没有就删去本行）：把原文的这部分正文放在这里，然后删去整个 {/* 待填写 … */} 标记。');
  });

  test('the JSON names its editor schema and the identity staff gave', () => {
    const { plan } = checkPlan({ 'departments/test-rd.json': DEPARTMENT }, { department: 'test-rd', year: '2024', kind: '部门决算' });
    const data = JSON.parse(plan.files[0].text);
    expect(data).toMatchObject({ $schema: '../../../schemas/final-accounts.schema.json', kind: 'final-accounts', department: 'test-rd', fiscalYear: 2024 });
  });
});

describe('refusals', () => {
  const existing = new Set(['departments/test-rd.json', '2024/test-rd/budget.json', '2024/test-rd/budget.mdx']);
  test('never overwrites an existing disclosure, and says how to correct it instead', () => {
    const plan = planNew({ department: 'test-rd', year: '2024', kind: 'budget' }, existing);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.errors[0]).toContain('不覆盖已有的公开：content/2024/test-rd/budget.json、content/2024/test-rd/budget.mdx 已经存在');
    expect(!plan.ok && plan.errors[0]).toContain('更正记录');
  });
  test('refuses an unknown body unless staff say it is new, and suggests the near miss', () => {
    const plan = planNew({ department: 'test-rdd', year: '2024', kind: 'budget' }, existing);
    expect(!plan.ok && plan.errors).toEqual(['部门 "test-rdd" 还不存在（content/departments/ 下没有 test-rdd.json）。是不是 "test-rd"？如果确是新的公开主体，加上 --new-department 再运行，会同时建立部门文件。']);
  });
  test('lists every mistake at once: slug, year and kind', () => {
    const plan = planNew({ department: 'Test RD', year: '24', kind: 'budgett' }, existing);
    expect(!plan.ok && plan.errors).toEqual([
      '部门标识（--department）"Test RD" 只能用小写英文字母、数字和连字符，如 "guangzhou-rd"。',
      '预算年度（--year）"24" 不对：写四位数年份，如 2024。',
      '未知的公开类型（--kind）"budgett"：可选 budget（部门预算）、final-accounts（部门决算）、performance-targets（部门整体支出绩效目标）、self-evaluation（部门整体支出绩效自评报告）、project-evaluation（项目支出绩效自评）。是不是 "budget"？',
    ]);
  });
  test('accepts a kind by its Chinese name', () => {
    expect(parseKind('部门整体支出绩效目标')).toBe('performance-targets');
    expect(parseKind('项目支出')).toBeUndefined();
  });
});

describe('a new body', () => {
  test('creates its department file with what staff gave and marks the rest to fill', () => {
    const { plan, problems } = checkPlan({}, { department: 'new-rd', year: '2024', kind: 'budget', newDepartment: true, departmentFields: { name: '新县人民代表大会常务委员会办公室', level: 'district-county', province: '广东省' } });
    expect(plan.files.map((f) => f.path)).toEqual(['departments/new-rd.json', '2024/new-rd/budget.json', '2024/new-rd/budget.mdx']);
    const department = problems.filter((p) => p.file === 'content/departments/new-rd.json').map((p) => p.message);
    expect(department).toEqual(['shortName（简称）：不能为空。请按原文填写，原文没有就删去这个字段。', 'region.city（市）：不能为空。请按原文填写，原文没有就删去这个字段。', 'region.county（区县）：不能为空。请按原文填写，原文没有就删去这个字段。']);
  });
  test('rejects an unknown level before writing anything', () => {
    const plan = planNew({ department: 'new-rd', year: '2024', kind: 'budget', newDepartment: true, departmentFields: { level: 'county' } }, new Set());
    expect(!plan.ok && plan.errors).toEqual(['层级（--level）"county" 不对：可选 province（省级）、city（市级）、district-county（区县级）。']);
  });
});
