/** Builds with scripts/build-site.ts for the fault tests: whole, or killed while it assembles. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILD = join(ROOT, 'scripts', 'build-site.ts');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const args = (content: string, out: string, cache: string) => [BUILD, '--content', content, '--out', out, '--cache', cache];

export function build(content: string, out: string, cache: string): void {
  const result = spawnSync(process.execPath, args(content, out, cache), { cwd: ROOT, encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`build-site failed:\n${result.stdout}\n${result.stderr}`);
}

/** sha256 of every file below a folder, by relative path. */
export function manifest(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
  return Object.fromEntries(files.map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

/**
 * Starts a build and kills it with its children (SIGKILL to the process group) once the
 * new output is being staged in <out>.new-<pid>: as soon as the folder exists ("staging"),
 * or once the site's pages have been linked into it ("site staged").
 */
export async function interruptedBuild(content: string, out: string, cache: string, when: 'staging' | 'site staged'): Promise<{ signal: string | null; code: number | null; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, args(content, out, cache), { cwd: ROOT, env, detached: true, stdio: 'ignore' });
  const staging = `${out}.new-${child.pid}`;
  const exited = new Promise<{ signal: string | null; code: number | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const poll = setInterval(() => {
    if (existsSync(when === 'staging' ? staging : join(staging, 'index.html'))) {
      clearInterval(poll);
      process.kill(-child.pid!, 'SIGKILL');
    }
  }, 5);
  const result = await exited;
  clearInterval(poll);
  return { ...result, ms: performance.now() - started };
}
