// npm run lock:complete — run after `npm install` changes dependencies.
//
// Why: this workplace's npm registry lacks other platforms' builds of some optional native
// binaries (e.g. @pagefind/darwin-arm64@1.6.0). npm then writes no lock entry for them,
// and `npm ci` refuses the lock as "Missing: … from lock file". A version-only optional
// entry satisfies npm ci; on Linux npm skips it like any optional dependency that cannot
// be fetched. Where the registry is complete, the lock already has the entries and this
// changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';

interface LockPackage { version?: string; optional?: boolean; optionalDependencies?: Record<string, string> }
const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockPackage> };
const added: string[] = [];
for (const [path, meta] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
    lock.packages[`node_modules/${name}`] = { version, optional: true };
    added.push(`${name}@${version}`);
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Added ${added.length} optional lock entries: ${added.join(', ')}` : 'Lock file already complete.');
