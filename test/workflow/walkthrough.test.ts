/**
 * The walk-through of 发布指南 with the real scripts, as a new member of staff would do
 * it: a new year's disclosure for an existing body (npm run import), and one for a new
 * body (npm run new --new-department). Each mistake made on purpose is caught by
 * `npm run check` with where it is and how to fix it. Every step runs on a copy of
 * content/, never the real one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
let content: string;

/** Runs a script the guide names, as `npm run …` would, against the copy of content/. */
function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [`scripts/${script}.ts`, '--content', content, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, MINGZHANG_CONTENT: content } });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}
const check = () => run('check');
const file = (path: string) => join(content, path);
const editJson = (path: string, change: (data: Record<string, any>) => void) => {
  const data = JSON.parse(readFileSync(file(path), 'utf8'));
  change(data);
  writeFileSync(file(path), `${JSON.stringify(data, null, 2)}\n`);
};
const lineOf = (path: string, needle: string) => readFileSync(file(path), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'walkthrough-'));
  content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  return () => rmSync(dir, { recursive: true, force: true });
});

/** A 部门决算 as a finance office would receive it, with the standard 收入支出决算总表. */
const FINAL_ACCOUNTS = [
  '广州市人大常委会办公厅2024年部门决算',
  '',
  '一、部门概况',
  '',
  '广州市人大常委会办公厅负责常委会会议组织、代表服务和机关保障。',
  '',
  '二、收入支出决算总体情况说明',
  '',
  '2024 年度本年收入合计 1,200.00 万元，本年支出合计 1,200.00 万元。',
  '',
  '单位：万元',
  '项目\t金额\t项目\t金额',
  '一般公共预算财政拨款收入\t1,180.00\t基本支出\t900.00',
  '其他收入\t20.00\t项目支出\t300.00',
  '本年收入合计\t1,200.00\t本年支出合计\t1,200.00',
  '',
].join('\n');
const ID = '2024/guangzhou-rd/final-accounts';

describe('a new year for an existing body, from the source document', () => {
  test('import gives a draft that passes the check, with the table’s figures filled', () => {
    writeFileSync(join(dir, '决算.txt'), FINAL_ACCOUNTS);
    const started = Date.now();
    const imported = run('import', join(dir, '决算.txt'), '--report-dir', join(dir, '.import'), '--department', 'guangzhou-rd', '--year', '2024', '--kind', 'final-accounts');
    expect(imported.status, imported.out).toBe(0);
    expect(imported.out).toContain('草稿通过了 npm run check');
    const draft = JSON.parse(readFileSync(file(`${ID}.json`), 'utf8'));
    expect(draft).toMatchObject({ title: '广州市人大常委会办公厅2024年部门决算', income: { generalPublic: '1180.00 万元', other: '20.00 万元', total: '1200.00 万元' }, spending: { basic: '900.00 万元', project: '300.00 万元', total: '1200.00 万元' } });
    expect(readFileSync(join(dir, '.import', `${ID}.import-report.md`), 'utf8')).toContain('| `spending.basic` | 基本支出 | 900.00 万元 | 第 13 行 |');
    const checked = check();
    expect(checked.status, checked.out).toBe(0);
    // The whole path, import to a clean check, is seconds of machine time: the minutes are the reading.
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  test('each mistake made on purpose is caught with where it is and how to fix it', () => {
    writeFileSync(join(dir, '决算.txt'), FINAL_ACCOUNTS);
    expect(run('import', join(dir, '决算.txt'), '--report-dir', join(dir, '.import'), '--department', 'guangzhou-rd', '--year', '2024', '--kind', 'final-accounts').status).toBe(0);
    const json = `${ID}.json`;

    // 1. A figure typed with a thousands comma.
    editJson(json, (d) => (d.income.generalPublic = '1,180.00 万元'));
    let out = check();
    expect(out.status).toBe(1);
    expect(out.out).toContain(`${json}:${lineOf(json, '"generalPublic"')}:`);
    expect(out.out).toContain('amount.thousands-separator  income.generalPublic（一般公共预算财政拨款收入）：金额格式不对，实为 `"1,180.00 万元"`。去掉千分位逗号：`"1180.00 万元"`。');
    editJson(json, (d) => (d.income.generalPublic = '1180.00 万元'));

    // 2. A wrong unit.
    editJson(json, (d) => (d.spending.project = '300.00 亿元'));
    out = check();
    expect(out.out).toContain('amount.unit  spending.project（项目支出）：金额格式不对，实为 `"300.00 亿元"`。单位只能是 "元" 或 "万元"（实为 "亿元"）');
    editJson(json, (d) => (d.spending.project = '300.00 万元'));

    // 3. A sum that does not add up (the audit's rule).
    editJson(json, (d) => (d.spending.basic = '901.00 万元'));
    out = check();
    expect(out.status).toBe(1);
    expect(out.out).toMatch(/sum\.spending .*基本支出 901\.00 万元 \+ 项目支出 300\.00 万元 = 1,201\.00 万元，但支出合计是 1,200\.00 万元（相差 -?1\.00 万元）/);
    editJson(json, (d) => (d.spending.basic = '900.00 万元'));

    // 4. A missing section: the title taken out of the JSON, and the text file missing.
    editJson(json, (d) => delete d.title);
    const mdx = readFileSync(file(`${ID}.mdx`), 'utf8');
    rmSync(file(`${ID}.mdx`));
    out = check();
    expect(out.out).toContain('field.required  title（标题）：缺少必填字段 "title"。请补上。原文标题，一字不改。');
    expect(out.out).toContain('pair.mdx-missing  缺少正文文件');
    editJson(json, (d) => (d.title = '广州市人大常委会办公厅2024年部门决算'));

    // 5. A script tag in the MDX.
    writeFileSync(file(`${ID}.mdx`), `${mdx}\n<script>alert(1)</script>\n`);
    out = check();
    expect(out.out).toContain(`${ID}.mdx:${mdx.split('\n').length + 1}:1  mdx.script  不能使用 <script>：公开内容不能运行代码。请删去这段。`);
    writeFileSync(file(`${ID}.mdx`), mdx);

    expect(check().status).toBe(0);
  });
});

describe('a new body, from the template', () => {
  test('new lists every field to fill; once filled as the guide says, the check passes', () => {
    const created = run('new', '--department', 'panyu-rd', '--year', '2024', '--kind', 'self-evaluation', '--new-department', '--name', '广州市番禺区人民代表大会常务委员会办公室', '--short-name', '番禺区人大常委会办公室', '--level', 'district-county', '--province', '广东省', '--city', '广州市', '--county', '番禺区');
    expect(created.status, created.out).toBe(0);
    expect(created.out).toContain('已创建');
    let out = check();
    expect(out.status).toBe(1);
    const todo = out.out.split('\n').filter((l) => l.includes('panyu-rd'));
    expect(todo.some((l) => l.includes('self-evaluation.json') && l.includes('title（标题）：不能为空'))).toBe(true);
    expect(todo.some((l) => l.includes('self-evaluation.mdx') && l.includes('待填写'))).toBe(true);
    expect(todo.some((l) => l.includes('departments/panyu-rd.json'))).toBe(false);

    // Staff fill what the source states and delete what it does not.
    editJson('2024/panyu-rd/self-evaluation.json', (d) => {
      d.title = '2024年度广州市番禺区人民代表大会常务委员会办公室部门整体支出绩效自评报告';
      delete d.publishedDate;
      d.source = { format: 'pdf' };
      d.budget = { total: '1635.52 万元' };
      d.spending = { total: '1600.00 万元', basic: '1400.00 万元', project: '200.00 万元' };
      d.executionRate = '97.83%';
      d.score = { selfScore: 92.5, grade: '优' };
      d.problems = ['绩效目标设置还不够细化'];
      d.measures = ['细化绩效指标'];
    });
    const mdx = readFileSync(file('2024/panyu-rd/self-evaluation.mdx'), 'utf8').replace(/\{\/\* 待填写：[^}]*\*\/\}/g, '原文这一节的内容。');
    writeFileSync(file('2024/panyu-rd/self-evaluation.mdx'), mdx);
    out = check();
    expect(out.out.split('\n').filter((l) => l.includes('panyu-rd') && l.includes('error'))).toEqual([]);
    expect(out.status, out.out).toBe(0);

    // And the same slug again is refused, never overwritten.
    const again = run('new', '--department', 'panyu-rd', '--year', '2024', '--kind', 'self-evaluation');
    expect(again.status).toBe(1);
    expect(again.out).toContain('不覆盖已有的公开');
  });
});

describe('the guide', () => {
  const guide = readFileSync(join(root, 'docs', '发布指南.md'), 'utf8');
  test('explains every code a check message can carry (each code the fixture suite pins)', () => {
    const fixtures = join(root, 'test', 'fixtures', 'invalid');
    const codes = new Set(
      spawnSync('sh', ['-c', `cat ${fixtures}/*/expected.txt`], { encoding: 'utf8' })
        .stdout.split('\n')
        .map((l) => l.split(/\s{2,}/)[1])
        .filter(Boolean),
    );
    expect(codes.size).toBeGreaterThan(20);
    for (const code of codes) expect(guide, code).toContain(`\`${code}\``);
    for (const code of ['correction.missing', 'correction.mismatch', 'correction.history-changed', 'correction.deleted', 'amount.format']) expect(guide, code).toContain(`\`${code}\``);
  });
  test('gives the exact commands this walk-through ran', () => {
    for (const command of ['npm run import -- 原文.pdf --department guangzhou-rd --year 2024 --kind budget', 'npm run new -- --department guangzhou-rd --year 2024 --kind budget', 'npm run check', 'npm run pr:local', '--new-department']) expect(guide).toContain(command);
  });
});
