// Verifies the installed packages' registry signatures and provenance (`npm audit signatures`)
// after `npm ci`, which has already checked every tarball against package-lock.json's sha512.
// A registry that publishes no signing keys, or a network that cannot reach Sigstore, makes
// the audit impossible rather than failed: that is said plainly and, except on GitHub's
// runners (or with --require), the lockfile's integrity check stands alone. An invalid or
// missing signature always fails.
// Usage: node scripts/audit-signatures.ts [--require]
import { spawnSync } from 'node:child_process';
import { parseCommandLine } from '../src/lib/cli-args.ts';

const { values } = parseCommandLine({ options: { require: { type: 'boolean', default: false } } });
const required = values.require || process.env.GITHUB_ACTIONS === 'true';

const result = spawnSync('npm', ['audit', 'signatures'], { encoding: 'utf8', timeout: 600_000 });
const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
/** Why the audit could not be done here, if that is what happened. */
const unavailable = [
  [/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|network request to (\S+) failed/, 'network: Sigstore or the registry cannot be reached'],
  [/found no dependencies to audit that were installed from a supported registry/, 'the registry publishes no signing keys'],
].find(([pattern]) => (pattern as RegExp).test(output))?.[1] as string | undefined;

if (result.status === 0) {
  console.log(output.trim());
  console.log('依赖签名校验通过（npm audit signatures）。');
} else if (/invalid|missing/i.test(output) && !unavailable) {
  console.log(output.trim());
  console.log('依赖签名校验失败：有包的注册表签名无效或缺失（npm audit signatures）。不要合并，先查明这些包的来源。');
  process.exitCode = 1;
} else if (unavailable && !required) {
  const host = output.match(/network request to (\S+) failed/)?.[1];
  console.log(`npm audit signatures 在此无法运行（${unavailable}${host ? `: ${host}` : ''}）。`);
  console.log('依赖完整性仍由 npm ci 按 package-lock.json 中每个包的 sha512 校验；test/workflow/supply-chain.test.ts 检查锁文件每一项都有完整性值。');
} else {
  console.log(output.trim());
  console.log(`依赖签名无法校验${unavailable ? `（${unavailable}）` : ''}：${required ? '此环境要求签名校验（GitHub 运行器或 --require），' : ''}已停止。`);
  process.exitCode = 1;
}
