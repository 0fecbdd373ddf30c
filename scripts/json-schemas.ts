// npm run schemas: writes schemas/*.schema.json from the zod schemas (editor help).
// Usage: node scripts/json-schemas.ts [--check] [--refs] [--content DIR]
//   --check  write nothing; exit 1 if a file in schemas/ is missing or stale (CI runs this)
//   --refs   also add "$schema" to every department and disclosure JSON under content/ that lacks it
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandLine } from '../src/lib/cli-args.ts';
import { generateJsonSchemas, SCHEMA_DIR, schemaRefFor, withSchemaRef } from '../src/lib/json-schema/generate.ts';
import { type PlannedFile, writeFilesAtomically } from '../src/lib/scaffold/write-files.ts';

const { values } = parseCommandLine({
  options: {
    check: { type: 'boolean', default: false },
    refs: { type: 'boolean', default: false },
    content: { type: 'string', default: process.env.MINGZHANG_CONTENT ?? 'content' },
  },
});
const generated = generateJsonSchemas();
const dir = resolve(SCHEMA_DIR);
const existing = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.schema.json')) : [];
const stale = [...generated.keys()].filter((file) => !existsSync(join(dir, file)) || readFileSync(join(dir, file), 'utf8') !== generated.get(file));
const extra = existing.filter((f) => !generated.has(f));

if (values.check) {
  for (const file of stale) console.log(`${SCHEMA_DIR}/${file}  schemas.stale  与 src/schemas/ 的定义不一致或缺失：运行 npm run schemas 重新生成，并提交生成的文件。`);
  for (const file of extra) console.log(`${SCHEMA_DIR}/${file}  schemas.stale  没有对应的 zod 定义：运行 npm run schemas 会删去它。`);
  if (stale.length || extra.length) process.exitCode = 1;
  else console.log(`${SCHEMA_DIR}/ 下的 ${generated.size} 个 JSON Schema 与 src/schemas/ 一致。`);
} else {
  writeFilesAtomically(stale.map((file) => ({ path: join(dir, file), text: generated.get(file)! })), { overwrite: true });
  for (const file of extra) rmSync(join(dir, file));
  console.log(`已生成 ${SCHEMA_DIR}/：更新 ${stale.length} 个，未变 ${generated.size - stale.length} 个${extra.length ? `，删去 ${extra.length} 个` : ''}。`);
  if (values.refs) addRefs(resolve(values.content));
}

function addRefs(root: string) {
  const updates: PlannedFile[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      if (statSync(join(root, path)).isDirectory()) {
        walk(path);
        continue;
      }
      const ref = schemaRefFor(path);
      if (!ref) continue;
      const text = readFileSync(join(root, path), 'utf8');
      try {
        const next = withSchemaRef(text, ref);
        if (next !== text) updates.push({ path: join(root, path), text: next });
      } catch {
        console.log(`${values.content}/${path}  跳过：JSON 格式错误，先运行 npm run check 修好它。`);
      }
    }
  };
  walk('');
  writeFilesAtomically(updates, { overwrite: true });
  console.log(`为 ${updates.length} 个 JSON 文件加上了 "$schema"。`);
}
