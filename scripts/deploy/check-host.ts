/**
 * Fails unless an assembled output fits a host's limits (src/lib/build/host-limits.ts):
 *
 *   node scripts/deploy/check-host.ts --site dist --host github-pages
 *
 * Run by the deploy job before it uploads; prints the output's files, bytes and largest file.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseCommandLine } from '../../src/lib/cli-args.ts';
import { exceededLimits, HOSTS, type HostId, type OutputSize } from '../../src/lib/build/host-limits.ts';

/** Files, bytes and the largest file under `dir`. */
export function outputSize(dir: string): OutputSize {
  const size: OutputSize = { files: 0, bytes: 0, largest: { path: '', bytes: -1 } };
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const bytes = statSync(path).size;
        size.files++;
        size.bytes += bytes;
        if (bytes > size.largest.bytes) size.largest = { path: relative(dir, path), bytes };
      }
    }
  };
  walk(dir);
  return size;
}

if (import.meta.main) {
  const { values } = parseCommandLine({ options: { site: { type: 'string', default: 'dist' }, host: { type: 'string', default: 'github-pages' } } });
  const host = HOSTS[values.host as HostId];
  if (!host) {
    console.error(`未知的托管平台 --host ${values.host}（host）：可选 ${Object.keys(HOSTS).join('、')}。`);
    process.exit(2);
  }
  const size = outputSize(resolve(values.site!));
  console.log(`${values.site}: ${size.files} 个文件，${(size.bytes / 1e6).toFixed(1)} MB，最大的文件 ${size.largest.path}（${(size.largest.bytes / 1e6).toFixed(1)} MB）`);
  const problems = exceededLimits(host, size);
  for (const problem of problems) console.error(`${values.site}: ${problem}。请改用对象存储加 CDN，或按省份拆分发布（见 docs/hosting.md）。`);
  if (problems.length) process.exit(1);
  console.log(`符合 ${host.name} 的限制。`);
}
