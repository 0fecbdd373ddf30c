/**
 * Makes each body's summaries (src/lib/figures/body-summaries.ts: key figures, findings and
 * scores of its disclosures) of a content folder, for the cross-year site build to read
 * instead of loading and auditing the whole corpus (MINGZHANG_SUMMARIES). Only bodies whose
 * key changed are remade; one body's disclosures are held at a time.
 *
 *   node scripts/site-summaries.ts --content DIR --out DIR [--code KEY]
 *
 * Writes DIR/<body>.v8 (its summaries, node:v8 serialised) and DIR/<body>.key; keeps what
 * the keys read of the content in DIR.digests.json (build/content-digests.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { disclosureIds } from '../src/lib/content-ids.ts';
import { bodySummaryKeys } from '../src/lib/build/body-summary-keys.ts';
import { bodySummaries } from '../src/lib/figures/body-summaries.ts';
import { departmentFinder, readDepartments, readDisclosure, stepArguments } from './build/content-files.ts';
import { contentDigests } from './build/content-digests.ts';
import { replaceFile } from '../src/lib/files/replace-file.ts';

const { content, out, code } = stepArguments(import.meta.filename);

try {
  const departmentOf = departmentFinder(readDepartments(content));
  const digests = contentDigests(content, `${out.replace(/\/+$/, '')}.digests.json`);
  const bodies = bodySummaryKeys(disclosureIds(content), code, digests.read);
  mkdirSync(out, { recursive: true });
  let made = 0;
  for (const [body, { ids, key }] of bodies) {
    const keyFile = join(out, `${body}.key`);
    if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) continue;
    const summaries = bodySummaries(departmentOf(ids[0]), ids.map((id) => ({ id, data: readDisclosure(content, id)! })));
    // The key last: a step interrupted between the two files remakes the body next time.
    rmSync(keyFile, { force: true });
    // V8's serialisation, not JSON: summaries hold exact amounts as BigInts, and it keeps them.
    replaceFile(join(out, `${body}.v8`), serialize(summaries));
    writeFileSync(keyFile, key);
    made++;
  }
  // Bodies with no disclosure left.
  for (const name of readdirSync(out)) {
    const body = name.replace(/\.(v8|key|v8\.new)$/, '');
    if (!bodies.has(body)) rmSync(join(out, name), { force: true });
  }
  digests.save();
  console.log(`summaries: ${bodies.size} bodies, ${made} made`);
} catch (error) {
  console.error(`站点摘要未能生成（site summaries failed）：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
