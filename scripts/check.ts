// npm run check: validates every content file, audits and scores every disclosure, and
// prints every problem at once, then a report per disclosure.
// Usage: node scripts/check.ts [--content DIR] [--format text|github] [--json] [--quiet] [--errors-only]
//                              [--memo FILE --memo-key KEY] [--shard-size N] [--original-cache DIR]
// --errors-only prints the errors and only the number of warnings (提示): what a build needs,
// whose pages show the warnings as findings (the bench's corpus of 150,000 has 344,054).
// The corpus is checked in shards of whole departments (src/lib/check/shards.ts), so memory is
// bounded by --shard-size disclosures, not by the corpus.
// PDF and docx originals are read as the importer reads them, to check the quotes in
// `locations`; their text is kept in --original-cache by SHA-256, so only new files are read.
// --memo keeps what the check learnt about each file's text (src/lib/check/check-memo.ts)
// for the next run; KEY names the version of the code (the build passes its code hash).
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseCommandLine } from '../src/lib/cli-args.ts';
import { formatGithub, formatText } from '../src/lib/check/format-problems.ts';
import { formatAuditReport } from '../src/lib/check/format-report.ts';
import { fileMemo } from '../src/lib/check/check-memo.ts';
import { readContentDir } from '../src/lib/check/read-content-dir.ts';
import { contentDigests } from './build/content-digests.ts';
import { runShardedChecks } from '../src/lib/check/run-sharded.ts';
import { mdxSafetyWorker } from '../src/lib/check/mdx-safety-worker.ts';
import { DEFAULT_SHARD_DISCLOSURES } from '../src/lib/check/shards.ts';
import type { DisclosureAudit } from '../src/lib/score/audit-and-score.ts';
import { originalTexts } from '../src/lib/import/original-cache.ts';

const { values } = parseCommandLine({
  usage: 'npm run check -- [--content <目录>] [--format text|github] [--json] [--quiet] [--errors-only]',
  options: {
    content: { type: 'string', default: process.env.MINGZHANG_CONTENT ?? 'content' },
    format: { type: 'string', default: 'text' },
    json: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'errors-only': { type: 'boolean', default: false },
    memo: { type: 'string' },
    'memo-key': { type: 'string' },
    'shard-size': { type: 'string', default: String(DEFAULT_SHARD_DISCLOSURES) },
    'original-cache': { type: 'string', default: join(import.meta.dirname, '..', 'node_modules', '.mingzhang-original-text') },
  },
});
const dir = resolve(values.content);
if (!existsSync(dir)) {
  console.error(`找不到内容文件夹 ${values.content}（content folder not found）。`);
  process.exit(2);
}
if (values.memo && !values['memo-key']) {
  console.error('--memo 需要同时给出 --memo-key（代码版本，代码一变就换）（--memo needs --memo-key: the version of the code）。');
  process.exit(2);
}
const memo = values.memo ? fileMemo(resolve(values.memo), values['memo-key']!) : undefined;
const shardSize = Number(values['shard-size']);
if (!Number.isInteger(shardSize) || shardSize < 1) {
  console.error(`--shard-size 须是正整数（--shard-size must be a positive integer），不是 "${values['shard-size']}"。`);
  process.exit(2);
}
const format = values.json ? 'json' : values.format;
// Per shard, only what is printed is kept: findings and scores for --json, the report's lines for text.
const disclosures: Pick<DisclosureAudit, 'id' | 'findings' | 'scores'>[] = [];
const reports: [string, string][] = [];
// With a memo, the shards' keys read each file's digest, kept beside the memo by the file's identity.
const digests = values.memo ? contentDigests(dir, `${resolve(values.memo)}.digests.json`) : undefined;
const source = { ...readContentDir(dir, relative(process.cwd(), dir).split('\\').join('/') || '.'), ...(digests ? { fingerprint: digests.read } : {}) };
const { texts } = await originalTexts(source, resolve(values['original-cache']!));
// The MDX parser keeps native memory per call until its thread ends: parse in a thread that is replaced.
const mdx = mdxSafetyWorker();
const result = runShardedChecks({ ...source, originalText: (path) => texts.get(path), findUnsafeMdx: mdx.find }, {
  memo,
  maxDisclosures: shardSize,
  errorsOnly: values['errors-only'] && format !== 'json',
  // Only when the output shows the audits: otherwise an unchanged shard's outcome is taken from the memo.
  onAudits:
    format === 'json' || (format === 'text' && !values.quiet)
      ? (audits) => {
          if (format === 'json') for (const { id, findings, scores } of audits.values()) disclosures.push({ id, findings, scores });
          else for (const [id, audit] of audits) reports.push([id, formatAuditReport(id, audit).join('\n')]);
        }
      : undefined,
});
mdx.close();
memo?.save();
digests?.save();
const errors = result.problems.filter((p) => p.severity === 'error');
const warnings = result.warnings;

if (format === 'json') {
  disclosures.sort((a, b) => a.id.localeCompare(b.id));
  console.log(JSON.stringify({ ok: errors.length === 0, counts: result.counts, problems: result.problems, disclosures }, null, 2));
} else {
  for (const problem of result.problems) console.log(format === 'github' ? formatGithub(problem) : formatText(problem));
  for (const [, report] of reports.sort(([a], [b]) => a.localeCompare(b))) console.log(`\n${report}`);
  const { departments, disclosures: count, articles } = result.counts;
  const shown = values['errors-only'] && warnings ? '（--errors-only：提示未列出，去掉此选项可看全部）' : '';
  const summary = `检查了 ${departments} 个部门、${count} 份公开、${articles} 篇文章：${errors.length === 0 ? '没有错误' : `${errors.length} 个错误`}${warnings ? `，${warnings} 个提示${shown}` : ''}。`;
  console.log(`\n${summary}${errors.length ? '按上面每行的位置和说明逐一修改，再运行 npm run check。' : ''}`);
}
process.exitCode = errors.length > 0 ? 1 : 0;
