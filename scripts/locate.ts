// npm run locate: fills the "locations" of disclosures from their archived original
// (source.original: .txt, .html, or a PDF or docx read as the importer reads it): each figure
// gets the passage of the original that prints it. Kept locations are never changed;
// figures it cannot place are listed.
// Usage: npm run locate -- [--content DIR] [<year>/<dept>/<kind> …]   (default: every disclosure)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandLine } from '../src/lib/cli-args.ts';
import { disclosureIds } from '../src/lib/content-ids.ts';
import { fillLocations } from '../src/lib/provenance/fill-locations.ts';
import { originalPages } from '../src/lib/provenance/original-text.ts';
import { extractOriginalPages } from '../src/lib/import/original-pages.ts';

const { values, positionals } = parseCommandLine({
  usage: 'npm run locate -- [--content <目录>] [<年度>/<部门>/<类型> …]（不写则为全部公开）',
  allowPositionals: true,
  options: { content: { type: 'string', default: process.env.MINGZHANG_CONTENT ?? 'content' } },
});
const root = resolve(values.content);
const ids = positionals.length ? positionals : disclosureIds(root);
let failed = false;
for (const id of ids) {
  const jsonPath = join(root, `${id}.json`);
  if (!existsSync(jsonPath)) {
    console.error(`错误：找不到 ${values.content}/${id}.json。`);
    failed = true;
    continue;
  }
  const data = JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, unknown>;
  const original = (data.source as { original?: { file: string } } | undefined)?.original;
  const ext = original?.file.split('.').at(-1) ?? '';
  const folder = id.slice(0, id.lastIndexOf('/'));
  const file = original && join(root, folder, original.file);
  const bytes = file && existsSync(file) ? readFileSync(file) : undefined;
  let pages = bytes && originalPages(bytes, ext);
  if (bytes && !pages && (ext === 'pdf' || ext === 'docx')) pages = await extractOriginalPages(new Uint8Array(bytes), ext).catch(() => undefined);
  if (!pages || pages.every((p) => !p.trim())) {
    console.log(`${id}：没有可读的原件文字（source.original 须是 .txt、.html、带文字层的 .pdf 或 .docx），跳过。`);
    continue;
  }
  const mdxPath = join(root, `${id}.mdx`);
  const filled = fillLocations(data, pages, existsSync(mdxPath) ? readFileSync(mdxPath, 'utf8') : undefined);
  if (filled.added.length) writeFileSync(jsonPath, `${JSON.stringify({ ...data, locations: filled.locations }, null, 2)}\n`);
  console.log(`${id}：新填 ${filled.added.length} 处位置${filled.notFound.length ? `；${filled.notFound.length} 个数字在原件（与正文）中找不到，请手工填写：` : '。'}`);
  for (const f of filled.notFound) console.log(`  ${f.path} = ${f.value}`);
}
process.exitCode = failed ? 1 : 0;
