// Lints .github/workflows/*.yml with GitHub's own workflow parser (@actions/workflow-parser,
// the parser behind the GitHub Actions editor extension): YAML syntax, the workflow
// schema and ${{ }} expressions. Prints every error as path:line:col; exits 1 on any.
// Usage: node scripts/pr-lint-workflows.ts [files...]
import { readdirSync, readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

// The package imports its schema JSON without `with { type: 'json' }`, which bundlers
// accept and plain Node refuses (ERR_IMPORT_ATTRIBUTE_MISSING); supply the attribute.
registerHooks({
  load(url, context, nextLoad) {
    if (url.includes('/@actions/workflow-parser/') && url.endsWith('.json')) return nextLoad(url, { ...context, importAttributes: { type: 'json' } });
    return nextLoad(url, context);
  },
});
const { NoOperationTraceWriter, parseWorkflow } = await import('@actions/workflow-parser');

const dir = '.github/workflows';
const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${dir}/${f}`);
let errors = 0;
for (const file of files) {
  const result = parseWorkflow({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
  for (const error of result.context.errors.getErrors()) {
    errors++;
    const at = error.range ? `${error.range.start.line}:${error.range.start.column}` : '1:1';
    console.log(`${file}:${at}  workflow.invalid  ${error.message}`);
  }
  if (!result.value) {
    errors++;
    console.log(`${file}:1:1  workflow.invalid  无法解析为工作流（not a workflow）。`);
  }
}
console.log(`检查了 ${files.length} 个工作流文件：${errors ? `${errors} 个错误` : '没有错误'}。`);
process.exitCode = errors ? 1 : 0;
