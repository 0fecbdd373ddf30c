/** Serves the built site once for every browser test file and tells them where. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from './serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

const ROOT = resolve(import.meta.dirname, '..', '..');

export default async function setup(project: TestProject) {
  let dir = process.env.E2E_SITE ? resolve(ROOT, process.env.E2E_SITE) : undefined;
  let temp: string | undefined;
  if (!dir) {
    temp = mkdtempSync(join(tmpdir(), 'mingzhang-e2e-'));
    dir = join(temp, 'dist');
    // As `npm run build` builds it: partitions, search bundles, the build manifest.
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-site.ts'), '--out', dir, '--cache', join(temp, 'cache'), '--content', join(ROOT, 'content')], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`build-site failed:\n${result.stdout}\n${result.stderr}`);
  }
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`no built site in ${dir}`);
  const server = await serve(dir);
  project.provide('siteUrl', server.url);
  project.provide('siteDir', dir);
  return async () => {
    await server.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  };
}
