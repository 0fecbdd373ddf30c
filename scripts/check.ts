// npm run check: validates every content file and prints every problem at once.
// Usage: node scripts/check.ts [--content DIR] [--format text|github|json]
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatGithub, formatText } from '../src/lib/check/format-problems.ts';
import { readContentDir } from '../src/lib/check/read-content-dir.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: process.env.MINGZHANG_CONTENT ?? 'content' },
    format: { type: 'string', default: 'text' },
    json: { type: 'boolean', default: false },
  },
});
const format = values.json ? 'json' : values.format;
const dir = resolve(values.content);
if (!existsSync(dir)) {
  console.error(`找不到内容文件夹 ${values.content}（content folder not found）。`);
  process.exit(2);
}
const result = checkContent(readContentDir(dir, relative(process.cwd(), dir).split('\\').join('/') || '.'));
const errors = result.problems.filter((p) => p.severity === 'error');

if (format === 'json') {
  console.log(JSON.stringify({ ok: errors.length === 0, counts: result.counts, problems: result.problems }, null, 2));
} else {
  for (const problem of result.problems) console.log(format === 'github' ? formatGithub(problem) : formatText(problem));
  const { departments, disclosures, articles } = result.counts;
  const summary = `检查了 ${departments} 个部门、${disclosures} 份公开、${articles} 篇文章：${errors.length === 0 ? '没有错误' : `${errors.length} 个错误`}。`;
  console.log(errors.length === 0 ? summary : `\n${summary}按上面每行的位置和说明逐一修改，再运行 npm run check。`);
}
process.exitCode = errors.length > 0 ? 1 : 0;
