/**
 * Supply-chain rules over the repository's own files, as plain checks that return every
 * problem named: the lockfile (what `npm ci` installs and verifies), the workflows (what a
 * pull request can reach) and CODEOWNERS (who must approve a change to what runs).
 */
import { parse } from 'yaml';

const REGISTRY = 'https://registry.npmjs.org/';

interface LockEntry { version?: string; resolved?: string; integrity?: string; link?: boolean; name?: string }

/** A package's name from its lockfile key ("node_modules/a/node_modules/@b/c" → "@b/c"). */
const nameOf = (key: string, entry: LockEntry) => entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

/**
 * Every lockfile entry must carry a sha512 integrity (npm ci refuses a tarball that does not
 * match it) and, where it names a tarball, the registry's own URL for that name and version.
 * An entry without `resolved` is fetched from the configured registry (npm's
 * omit-lockfile-registry-resolved), which `registryProblems` pins to registry.npmjs.org.
 */
export function lockfileProblems(lock: { lockfileVersion?: number; packages?: Record<string, LockEntry> }): string[] {
  const problems: string[] = [];
  if (lock.lockfileVersion !== 3) problems.push(`lockfileVersion ${lock.lockfileVersion}: expected 3`);
  for (const [key, entry] of Object.entries(lock.packages ?? {})) {
    if (key === '') continue;
    const name = nameOf(key, entry);
    if (entry.link) {
      problems.push(`${key}: a link, not a registry package`);
      continue;
    }
    if (!entry.version) problems.push(`${name} (${key}): no version`);
    if (!entry.integrity) problems.push(`${name}@${entry.version} (${key}): no integrity — npm ci would install it unchecked`);
    else if (!/^sha512-[A-Za-z0-9+/]{86}==$/.test(entry.integrity)) problems.push(`${name}@${entry.version}: integrity is not sha512 (${entry.integrity.slice(0, 12)}…)`);
    const tarball = `${REGISTRY}${name}/-/${name.split('/').pop()}-${entry.version}.tgz`;
    if (entry.resolved !== undefined && entry.resolved !== tarball) problems.push(`${name}@${entry.version}: resolved ${entry.resolved}, expected ${tarball}`);
  }
  return problems;
}

/** Dependencies come from the registry by version range: no git, URL, file or alias specs. */
export function dependencySpecProblems(pkg: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
    for (const [name, spec] of Object.entries((pkg[field] ?? {}) as Record<string, string>)) {
      if (!/^[\^~]?\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec)) problems.push(`${field}.${name}: "${spec}" is not a registry version range`);
    }
  }
  return problems;
}

/** A project .npmrc may not point npm at another registry. */
export const registryProblems = (npmrc: string | undefined): string[] =>
  (npmrc ?? '').split('\n').filter((l) => /^\s*(@[\w-]+:)?registry\s*=/.test(l) && !l.includes(REGISTRY)).map((l) => `.npmrc: ${l.trim()}`);

/** What a workflow must never do: write permissions, pull_request_target/workflow_run, secrets, kept credentials. */
/**
 * The one job allowed to write: GitHub Pages' deploy, which needs pages and id-token write. It
 * must run only for a push to main, in a workflow no pull request triggers, and do nothing
 * but the official deploy action (no checkout, no command: no repository code runs with it).
 */
function isPagesDeploy(job: { permissions?: unknown; if?: string; steps?: { uses?: string; run?: string }[] }, events: string[]): boolean {
  const writes = Object.entries(job.permissions as Record<string, string>).filter(([, v]) => v === 'write').map(([k]) => k).sort();
  return (
    JSON.stringify(writes) === JSON.stringify(['id-token', 'pages']) &&
    !events.some((e) => e.startsWith('pull_request')) &&
    /github\.event_name == 'push' && github\.ref == 'refs\/heads\/main'/.test(job.if ?? '') &&
    (job.steps ?? []).length > 0 &&
    (job.steps ?? []).every((step) => step.uses?.startsWith('actions/deploy-pages@') && !step.run)
  );
}

export function workflowProblems(file: string, text: string): string[] {
  const workflow = parse(text) as { on?: unknown; permissions?: unknown; jobs?: Record<string, { permissions?: unknown; if?: string; steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[] }> };
  const problems: string[] = [];
  const events = typeof workflow.on === 'string' ? [workflow.on] : Array.isArray(workflow.on) ? workflow.on : Object.keys(workflow.on ?? {});
  for (const event of events.filter((e) => e === 'pull_request_target' || e === 'workflow_run')) problems.push(`${file}: runs on ${event} (PR code with the base repository's secrets)`);
  if (JSON.stringify(workflow.permissions) !== JSON.stringify({ contents: 'read' })) problems.push(`${file}: permissions ${JSON.stringify(workflow.permissions)}, expected { contents: read }`);
  for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
    if (job.permissions !== undefined && Object.values(job.permissions as object).some((v) => v !== 'read' && v !== 'none') && !isPagesDeploy(job, events)) problems.push(`${file}: job ${id} asks for ${JSON.stringify(job.permissions)}`);
    for (const step of job.steps ?? []) if (step.uses?.startsWith('actions/checkout') && step.with?.['persist-credentials'] !== false) problems.push(`${file}: job ${id} checks out with persisted credentials`);
  }
  const code = text.replace(/^\s*#.*$/gm, '');
  if (/secrets\.|github\.token|GITHUB_TOKEN/.test(code)) problems.push(`${file}: uses a secret or the token`);
  return problems;
}

/** CODEOWNERS as GitHub reads it: the last matching pattern wins. Enough of gitignore syntax for our patterns. */
export function ownersOf(codeowners: string, file: string): string[] {
  let found: string[] = [];
  for (const [pattern, ...teams] of codeowners.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')).map((l) => l.trim().split(/\s+/))) {
    const p = pattern.replace(/^\//, '');
    const matches = p === '*' || (p.endsWith('/') ? file.startsWith(p) : p.endsWith('*') ? file.startsWith(p.slice(0, -1)) : file === p);
    if (matches) found = teams;
  }
  return found;
}
