/**
 * Makes the year × province slices of the whole-dataset files (src/lib/downloads/
 * dataset-slices.ts) of a content folder, for a partitioned build to join when it assembles
 * its output (scripts/build/dataset-step.ts). Only slices whose key changed are remade; one
 * slice's disclosures are held at a time.
 *
 *   node scripts/dataset-slices.ts --content DIR --out DIR [--code KEY]
 *
 * Writes DIR/slices/<year>/<province>/ (a key and one part per sliced file) and
 * DIR/frames.json (each file's head and tail, the slices in file order and their keys), and the whole
 * files joined from them in DIR/joined/ when anything changed; keeps what the keys read of the
 * content in DIR/digests.json (build/content-digests.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { disclosureIds } from '../src/lib/content-ids.ts';
import { datasetSliceKeys, previousOf } from '../src/lib/build/dataset-slice-keys.ts';
import { compareSummaries } from '../src/lib/figures/corpus.ts';
import { compareSlices, datasetFrame, datasetSummary, SLICE_PARTS, SLICED_FILES, sliceOf } from '../src/lib/downloads/dataset-slices.ts';
import { joinDatasetFiles } from './build/dataset-step.ts';
import { replaceFile } from '../src/lib/files/replace-file.ts';
import { departmentFinder, readDepartments, readDisclosure, stepArguments } from './build/content-files.ts';
import { contentDigests } from './build/content-digests.ts';

const { content, out, code } = stepArguments(import.meta.filename);

try {
  const departments = readDepartments(content);
  const departmentOf = departmentFinder(departments);
  const digests = contentDigests(content, join(out, 'digests.json'));
  const slices = datasetSliceKeys(disclosureIds(content), (id) => sliceOf(Number(id.slice(0, 4)), departmentOf(id)), code, digests.read);

  const slicesDir = join(out, 'slices');
  let made = 0;
  for (const [slice, { ids, key }] of slices) {
    const dir = join(slicesDir, slice);
    if (existsSync(join(dir, 'key')) && readFileSync(join(dir, 'key'), 'utf8') === key) continue;
    const load = (id: string) => readDisclosure(content, id);
    const summaries = ids.map((id) => datasetSummary({ id, data: load(id)! }, departmentOf(id), load(previousOf(id)))).sort(compareSummaries);
    // Written beside and swapped in, so an interrupted step never leaves half a slice.
    const fresh = `${dir}.new-${process.pid}`;
    rmSync(fresh, { recursive: true, force: true });
    mkdirSync(fresh, { recursive: true });
    for (const file of SLICED_FILES) writeFileSync(join(fresh, file), SLICE_PARTS[file](summaries));
    writeFileSync(join(fresh, 'key'), key);
    rmSync(dir, { recursive: true, force: true });
    renameSync(fresh, dir);
    made++;
  }
  // Slices whose disclosures are all gone.
  for (const year of existsSync(slicesDir) ? readdirSync(slicesDir) : []) {
    for (const province of readdirSync(join(slicesDir, year))) if (!slices.has(`${year}/${province}`)) rmSync(join(slicesDir, year, province), { recursive: true, force: true });
    if (readdirSync(join(slicesDir, year)).length === 0) rmSync(join(slicesDir, year), { recursive: true });
  }
  const order = [...slices.keys()].sort(compareSlices);
  const frames = Object.fromEntries(SLICED_FILES.map((file) => [file, datasetFrame(file, departments)]));
  // The slices' keys are part of the plan: a step stopped after remaking a slice and before
  // joining leaves the old plan, which then names the old key, so the next step joins again.
  const plan = JSON.stringify({ slices: order, frames, keys: order.map((slice) => slices.get(slice)!.key) });
  const joined = join(out, 'joined');
  const planFile = join(out, 'frames.json');
  // Joined again only when a slice or the frame changed: the assembly links the files, and
  // unchanged files keep their inode, so the build manifest need not hash them again.
  const same = existsSync(planFile) && readFileSync(planFile, 'utf8') === plan && SLICED_FILES.every((f) => existsSync(join(joined, f)));
  if (!same) {
    mkdirSync(out, { recursive: true });
    rmSync(`${joined}.new`, { recursive: true, force: true });
    joinDatasetFiles(slicesDir, plan, `${joined}.new`);
    rmSync(joined, { recursive: true, force: true });
    renameSync(`${joined}.new`, joined);
    // Last: the plan names what joined/ holds.
    replaceFile(planFile, plan);
  }
  mkdirSync(out, { recursive: true });
  digests.save();
  console.log(`dataset: ${order.length} slices, ${made} made${same ? '' : ', files joined'}`);
} catch (error) {
  console.error(`整体数据文件未能生成（dataset slices failed）：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
