/**
 * Runs a command as a child process and measures it: wall time and the peak resident memory
 * of its whole process tree (Pagefind's indexer and Astro's workers are grandchildren, which
 * /usr/bin/time does not see), sampled from /proc every 100 ms.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** What one measured step did. */
export interface StepResult {
  name: string;
  ms: number;
  /** When it started: performance.now() of the measuring process (steps run side by side). */
  startedAt?: number;
  /** Peak RSS of the process tree, bytes. */
  peakRss: number;
  code: number;
  output: string;
}

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      tree.set(ppid, [...(tree.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return tree;
}

function rss(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * A process's children from /proc/<pid>/task/<tid>/children (Linux 3.5+), which costs a
 * read per thread of the tree instead of a read per process of the machine; undefined where
 * the kernel does not provide it.
 */
function childrenOf(pid: number): number[] | undefined {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' && existsSync(`/proc/${pid}`) ? undefined : [];
  }
}

/** Sum of RSS of a process and all its descendants. */
export function treeRss(root: number): number {
  let tree: Map<number, number[]> | undefined;
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss(pid);
    stack.push(...(childrenOf(pid) ?? (tree ??= children()).get(pid) ?? []));
  }
  return total;
}

/** Children still running, so a failed build can stop the steps running beside it. */
export const running = new Set<import('node:child_process').ChildProcess>();

/** Stops every child still running (SIGTERM). */
export function stopAll(): void {
  for (const child of running) child.kill('SIGTERM');
}

/** Runs `command args` and resolves with its time, peak tree RSS, exit code and output. */
export function runMeasured(name: string, command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; echo?: boolean } = {}): Promise<StepResult> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.echo) process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peakRss = 0;
    const timer = setInterval(() => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    }, 100);
    child.on('close', (code) => {
      running.delete(child);
      clearInterval(timer);
      resolve({ name, ms: performance.now() - start, startedAt: start, peakRss, code: code ?? 1, output });
    });
  });
}

/** Formats bytes as MB or GB for tables. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}
