// The correction check of a pull request: every published figure the PR changes must have
// a matching correction entry (src/lib/corrections). Exits 1 on any problem.
// Usage: node scripts/pr-corrections.ts [--base-ref origin/main] [--format text|github|json]
import { parseCommandLine } from '../src/lib/cli-args.ts';
import { formatGithub, formatText } from '../src/lib/check/format-problems.ts';
import type { CorrectionReport } from '../src/lib/corrections/check-corrections.ts';
import { correctionReports, defaultBaseRef } from './pr-git.ts';

const { values } = parseCommandLine({ options: { 'base-ref': { type: 'string' }, format: { type: 'string', default: 'text' } } });

{
  let reports: CorrectionReport[];
  try {
    reports = correctionReports(values['base-ref'] ?? defaultBaseRef());
  } catch (error) {
    console.error(`无法与已发布版本比较：${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const problems = reports.flatMap((r) => r.problems);
  if (values.format === 'json') console.log(JSON.stringify({ ok: problems.length === 0, reports }, null, 2));
  else {
    for (const p of problems) console.log(values.format === 'github' ? formatGithub(p) : formatText(p));
    const changed = reports.filter((r) => r.status === 'changed' || r.status === 'deleted').length;
    console.log(`与已发布版本相比：${reports.length} 份公开的数据文件有改动（其中 ${changed} 份是修改已发布的），${problems.length ? `${problems.length} 处改动缺少或写错了更正记录。` : '每处数字改动都有更正记录。'}`);
  }
  process.exitCode = problems.length ? 1 : 0;
}
