/**
 * Makes the year × province slices of the whole-dataset files (src/lib/downloads/
 * dataset-slices.ts) of a content folder, for a partitioned build to join when it assembles
 * its output (scripts/build/dataset-step.ts). Only slices whose key changed are remade; one
 * slice's disclosures are held at a time.
 *
 *   node scripts/dataset-slices.ts --content DIR --out DIR [--code KEY]
 *
 * Writes DIR/slices/<year>/<province>/ (a key and one part per sliced file) and
 * DIR/frames.json (each file's head and tail and the slices in file order).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandLine } from '../src/lib/cli-args.ts';
import { disclosureIds } from '../src/lib/content-ids.ts';
import { datasetSliceKeys, previousOf } from '../src/lib/build/dataset-slice-keys.ts';
import { compareDepartments, compareSummaries, type DepartmentInput } from '../src/lib/figures/corpus.ts';
import { compareSlices, datasetFrame, datasetSummary, SLICE_PARTS, SLICED_FILES, sliceOf } from '../src/lib/downloads/dataset-slices.ts';
import { DepartmentSchema } from '../src/schemas/department.ts';
import { DisclosureSchema, type Disclosure } from '../src/schemas/disclosure.ts';

const { values } = parseCommandLine({
  usage: 'node scripts/dataset-slices.ts --content <目录> --out <目录> [--code <版本>]',
  options: { content: { type: 'string' }, out: { type: 'string' }, code: { type: 'string', default: '' } },
});
if (!values.content || !values.out) {
  console.error('需要 --content 和 --out（content and output folders are required）。');
  process.exit(2);
}
const content = resolve(values.content);
const out = resolve(values.out);

/** A content file, validated; a file that fails is named and the step fails (the check says why, in full). */
function parsed<T>(path: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): T {
  const result = schema.safeParse(JSON.parse(readFileSync(join(content, path), 'utf8')));
  if (!result.success) throw new Error(`${path}: 不符合数据格式（invalid; run npm run check）`);
  return result.data;
}

try {
  const departmentsDir = join(content, 'departments');
  const departments: DepartmentInput[] = (existsSync(departmentsDir) ? readdirSync(departmentsDir) : [])
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ id: name.slice(0, -'.json'.length), data: parsed(`departments/${name}`, DepartmentSchema) }))
    .sort(compareDepartments);
  const byId = new Map(departments.map((d) => [d.id, d]));
  const departmentOf = (id: string) => {
    const department = byId.get(id.split('/')[1]);
    if (!department) throw new Error(`${id}.json: 没有部门文件 departments/${id.split('/')[1]}.json（no department file）`);
    return department;
  };
  const read = (path: string) => (existsSync(join(content, path)) ? readFileSync(join(content, path)) : Buffer.from('-'));
  const slices = datasetSliceKeys(disclosureIds(content), (id) => sliceOf(Number(id.slice(0, 4)), departmentOf(id)), values.code, read);

  const slicesDir = join(out, 'slices');
  let made = 0;
  for (const [slice, { ids, key }] of slices) {
    const dir = join(slicesDir, slice);
    if (existsSync(join(dir, 'key')) && readFileSync(join(dir, 'key'), 'utf8') === key) continue;
    const load = (id: string): Disclosure | undefined => (existsSync(join(content, `${id}.json`)) ? parsed(`${id}.json`, DisclosureSchema) : undefined);
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
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'frames.json.new'), JSON.stringify({ slices: order, frames }));
  renameSync(join(out, 'frames.json.new'), join(out, 'frames.json'));
  console.log(`dataset: ${order.length} slices, ${made} made`);
} catch (error) {
  console.error(`整体数据文件未能生成（dataset slices failed）：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
