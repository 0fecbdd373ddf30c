// Runs the pull-request workflow's steps on this machine, with the very commands the
// workflow runs (read from .github/workflows/pr.yml), as if for a pull request into main.
// Steps that use a GitHub action (checkout, setup-node, upload-artifact) are described,
// not run. Every step runs even after a failure, like the workflow; exits 1 if any failed.
// Usage: node scripts/pr-local.ts [--skip-install] [--out-dir DIR] [--only 检查]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommandLine } from '../src/lib/cli-args.ts';
import { parse } from 'yaml';

const { values } = parseCommandLine({
  options: {
    workflow: { type: 'string', default: '.github/workflows/pr.yml' },
    'skip-install': { type: 'boolean', default: false },
    'out-dir': { type: 'string' },
    only: { type: 'string' },
  },
});
interface Step { name?: string; uses?: string; run?: string; with?: Record<string, unknown> }
const workflow = parse(readFileSync(values.workflow, 'utf8')) as { env?: Record<string, string>; jobs: Record<string, { steps: Step[] }> };
const env = { ...process.env, ...workflow.env, GITHUB_EVENT_NAME: 'pull_request', RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'mingzhang-runner-')) };
const failed: string[] = [];
for (const [jobName, job] of Object.entries(workflow.jobs)) {
  for (const step of job.steps) {
    const name = step.name ?? step.uses ?? step.run ?? '';
    if (values.only && !name.includes(values.only)) continue;
    if (step.uses) {
      console.log(`\n── ${name}（GitHub 动作 ${step.uses}，本地跳过）`);
      continue;
    }
    let command = step.run ?? '';
    if (values['skip-install'] && /^npm ci\b/.test(command)) {
      console.log(`\n── ${name}（--skip-install，跳过）`);
      continue;
    }
    // Build elsewhere when asked (several people may share this working tree).
    if (values['out-dir']) command = command.replace(/^npx astro build\b/m, `npx astro build --outDir ${JSON.stringify(values['out-dir'])}`);
    console.log(`\n── ${jobName} › ${name}\n$ ${command.trim()}`);
    const result = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', command], { stdio: 'inherit', env });
    if (result.status !== 0) failed.push(name);
  }
}
console.log(failed.length ? `\n${failed.length} 个步骤失败：${failed.join('；')}` : '\n所有步骤都通过了。');
process.exitCode = failed.length ? 1 : 0;
