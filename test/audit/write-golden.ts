// Writes golden files for the audit (run by hand after reviewing a deliberate change;
// never in CI): node test/audit/write-golden.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { auditDir, CORPORA, goldenPath, summarize } from './corpus.ts';
import { mutationReport } from './mutations.ts';

for (const [name, dir] of Object.entries(CORPORA)) {
  for (const [id, audit] of auditDir(dir)) {
    const file = goldenPath(name, id);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(summarize(audit), null, 2)}\n`);
    writeFileSync(file.replace(/\.json$/, '.mutations.txt'), `${mutationReport(dir, id).join('\n')}\n`);
  }
}
console.log('golden files written under test/golden/audit/');
