// npm run new: creates content/<year>/<dept>/<kind>.json and .mdx from the kind's template,
// and content/departments/<dept>.json when the body is new. Never overwrites.
// Usage: npm run new -- --department guangzhou-rd --year 2024 --kind budget
//        npm run new -- --department new-rd --year 2024 --kind budget --new-department \
//                       [--name 全称] [--short-name 简称] [--level city] [--province 广东省] [--city 广州市] [--county 区县]
// Asks for whatever is missing when run in a terminal.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseCommandLine } from '../src/lib/cli-args.ts';
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatText } from '../src/lib/check/format-problems.ts';
import { readContentDir } from '../src/lib/check/read-content-dir.ts';
import { type NewRequest, planNew } from '../src/lib/scaffold/plan.ts';
import { DISCLOSURE_OPTIONS } from '../src/lib/scaffold/cli-options.ts';
import { writeFilesAtomically } from '../src/lib/scaffold/write-files.ts';
import { DISCLOSURE_KINDS, KIND_NAMES } from '../src/schemas/disclosure.ts';

const { values } = parseCommandLine({
  usage: 'npm run new -- --department <slug> --year <年度> --kind <类型>',
  options: {
    ...DISCLOSURE_OPTIONS,
  },
});

const root = resolve(values.content);
const display = relative(process.cwd(), root).split('\\').join('/') || '.';
if (!existsSync(root)) {
  console.error(`找不到内容文件夹 ${values.content}（content folder not found）。请在仓库根目录运行。`);
  process.exit(2);
}
const existing = new Set<string>();
const walk = (rel: string) => {
  for (const name of readdirSync(join(root, rel))) {
    const path = rel ? `${rel}/${name}` : name;
    if (statSync(join(root, path)).isDirectory()) walk(path);
    else existing.add(path);
  }
};
walk('');

const request: NewRequest = {
  department: values.department,
  year: values.year,
  kind: values.kind,
  newDepartment: values['new-department'],
  departmentFields: { name: values.name, shortName: values['short-name'], level: values.level, province: values.province, city: values.city, county: values.county },
};

if (process.stdin.isTTY && (!request.department || !request.year || !request.kind)) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const departments = [...existing].filter((p) => /^departments\/[^/]+\.json$/.test(p)).map((p) => p.slice(12, -5)).sort();
  if (!request.department) request.department = (await rl.question(`部门标识（已有：${departments.join('、')}）：`)).trim();
  if (!request.year) request.year = (await rl.question('预算年度（公开内容所属的财政年度，如 2024）：')).trim();
  if (!request.kind) {
    KIND_NAMES.forEach((k, i) => console.log(`  ${i + 1}. ${k}（${DISCLOSURE_KINDS[k]}）`));
    const answer = (await rl.question('公开类型（填编号或名称）：')).trim();
    request.kind = /^[1-9]$/.test(answer) ? KIND_NAMES[Number(answer) - 1] : answer;
  }
  if (request.department && !departments.includes(request.department) && !request.newDepartment) {
    const yes = (await rl.question(`部门 "${request.department}" 还不存在。这是新的公开主体、要建立部门文件吗？(y/N)：`)).trim().toLowerCase();
    request.newDepartment = yes === 'y' || yes === 'yes' || yes === '是';
    if (request.newDepartment) {
      const fields = request.departmentFields!;
      fields.name ||= (await rl.question('全称（如 广州市人民代表大会常务委员会办公厅，可留空稍后填）：')).trim() || undefined;
      fields.shortName ||= (await rl.question('简称（如 广州市人大常委会办公厅，可留空）：')).trim() || undefined;
      fields.level ||= (await rl.question('层级 province / city / district-county（可留空）：')).trim() || undefined;
    }
  }
  rl.close();
}

const plan = planNew(request, existing, display);
if (!plan.ok) {
  for (const error of plan.errors) console.error(`错误：${error}`);
  console.error('\n没有创建任何文件。改正后再运行 npm run new。');
  process.exit(1);
}
try {
  writeFilesAtomically(plan.files.map((f) => ({ path: join(root, f.path), text: f.text })));
} catch (error) {
  console.error(`没有创建任何文件：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
for (const file of plan.files) console.log(`已创建 ${display}/${file.path}`);

// Preview what `npm run check` will say about the new files: every field still to fill.
const created = new Set(plan.files.map((f) => `${display}/${f.path}`));
const todo = checkContent(readContentDir(root, display)).problems.filter((p) => created.has(p.file));
console.log(`\n还有 ${todo.length} 处待填写（npm run check 会逐条列出，填好一处少一处）：`);
for (const problem of todo) console.log(`  ${formatText(problem)}`);
console.log(`\n下一步：按原文填写上面每一处；原文没有的字段整行删去（不要填 0）。或者用 npm run import -- <原文文件> --department ${plan.identity.department} --year ${plan.identity.fiscalYear} --kind ${plan.identity.kind} --replace 从原文自动生成草稿。填好后运行 npm run check，直到没有错误。`);
