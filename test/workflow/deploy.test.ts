/**
 * The partitioned build's workflow publishes the assembled site: only from main, only after
 * the host's limits are checked, and only its deploy job may write (to Pages, nothing else).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const text = readFileSync(join(root, '.github/workflows/build-partitions.yml'), 'utf8');
const workflow = parse(text);
type Step = { name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown> };
const jobs = workflow.jobs as Record<string, { needs?: string | string[]; if?: string; permissions?: Record<string, string>; steps: Step[]; environment?: { name: string } }>;
const MAIN_ONLY = "${{ github.event_name == 'push' && github.ref == 'refs/heads/main' }}";

describe('deploy', () => {
  test('never runs for pull requests: the workflow has no pull-request trigger', () => {
    expect(Object.keys(workflow.on)).not.toContain('pull_request');
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
  });
  test('the workflow reads only; the deploy job alone may write, to Pages', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(jobs)) if (name !== 'deploy') expect(job.permissions, name).toBeUndefined();
    expect(jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(text).not.toMatch(/secrets\./);
  });
  test('deploy publishes the assembled artifact from main with the official action, and runs no command', () => {
    expect(jobs.deploy.needs).toBe('assemble');
    expect(jobs.deploy.if).toBe(MAIN_ONLY);
    expect(jobs.deploy.environment?.name).toBe('github-pages');
    expect(jobs.deploy.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
    expect(jobs.deploy.steps.some((s) => s.run)).toBe(false);
  });
  test('the assembled site is checked against the host before the Pages artifact is made', () => {
    const steps = jobs.assemble.steps;
    const check = steps.findIndex((s) => s.run?.includes('scripts/deploy/check-host.ts'));
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact'));
    expect(check).toBeGreaterThan(steps.findIndex((s) => s.run?.includes('--assemble')));
    expect(upload).toBeGreaterThan(check);
    expect(steps[check].if).toBe(MAIN_ONLY);
    expect(steps[upload].if).toBe(MAIN_ONLY);
    expect(steps[upload].with?.path).toBe('dist');
  });
  test('every script a step runs exists', () => {
    for (const job of Object.values(jobs)) for (const step of job.steps) for (const [, file] of (step.run ?? '').matchAll(/node (scripts\/[\w/-]+\.ts)/g)) expect(existsSync(join(root, file)), file).toBe(true);
  });
});
