/**
 * Makes the year × province slices of the whole-dataset files (src/lib/downloads/
 * dataset-slices.ts) of a content folder, for a partitioned build to join when it assembles
 * its output (scripts/build/dataset-step.ts). Only slices whose key changed are remade; one
 * slice's disclosures are held at a time.
 *
 *   node scripts/dataset-slices.ts --content DIR --out DIR [--code KEY]
 *
 * Writes DIR/slices/<year>/<province>/ (a key and one part per sliced file) and
 * DIR/frames.json (each file's head and tail and the slices in file order), and the whole
 * files joined from them in DIR/joined/ when anything changed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { disclosureIds } from '../src/lib/content-ids.ts';
import { datasetSliceKeys, previousOf } from '../src/lib/build/dataset-slice-keys.ts';
import { compareSummaries } from '../src/lib/figures/corpus.ts';
import { compareSlices, datasetFrame, datasetSummary, SLICE_PARTS, SLICED_FILES, sliceOf } from '../src/lib/downloads/dataset-slices.ts';
import { joinDatasetFiles } from './build/dataset-step.ts';
import { departmentFinder, readDepartments, readDisclosure, stepArguments } from './build/content-files.ts';
import { contentReader } from './build/plan.ts';

const { content, out, code } = stepArguments(import.meta.filename);

try {
  const departments = readDepartments(content);
  const departmentOf = departmentFinder(departments);
  const slices = datasetSliceKeys(disclosureIds(content), (id) => sliceOf(Number(id.slice(0, 4)), departmentOf(id)), code, contentReader(content));

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
  const plan = JSON.stringify({ slices: order, frames });
  const joined = join(out, 'joined');
  // Joined again only when a slice or the frame changed: the assembly links the files, and
  // unchanged files keep their inode, so the build manifest need not hash them again.
  const same = made === 0 && existsSync(join(out, 'frames.json')) && readFileSync(join(out, 'frames.json'), 'utf8') === plan && SLICED_FILES.every((f) => existsSync(join(joined, f)));
  if (!same) {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'frames.json'), plan);
    rmSync(`${joined}.new`, { recursive: true, force: true });
    joinDatasetFiles(out, `${joined}.new`);
    rmSync(joined, { recursive: true, force: true });
    renameSync(`${joined}.new`, joined);
  }
  console.log(`dataset: ${order.length} slices, ${made} made${same ? '' : ', files joined'}`);
} catch (error) {
  console.error(`整体数据文件未能生成（dataset slices failed）：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
