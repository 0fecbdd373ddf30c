/**
 * Content files as the build's plain Node steps read them (scripts/dataset-slices.ts,
 * scripts/site-summaries.ts): validated by the same schemas as the content collections. A
 * file that fails is named and the step fails; the check, run after it, says why in full.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseCommandLine } from '../../src/lib/cli-args.ts';
import { compareDepartments, type DepartmentInput } from '../../src/lib/figures/corpus.ts';
import { DepartmentSchema } from '../../src/schemas/department.ts';
import { DisclosureSchema, type Disclosure } from '../../src/schemas/disclosure.ts';

/** A content file, validated by `schema`. */
export function parsedFile<T>(content: string, path: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): T {
  const result = schema.safeParse(JSON.parse(readFileSync(join(content, path), 'utf8')));
  if (!result.success) throw new Error(`${path}: 不符合数据格式（invalid; run npm run check）`);
  return result.data;
}

/** Every department file, validated, in listing order. */
export function readDepartments(content: string): DepartmentInput[] {
  const dir = join(content, 'departments');
  return (existsSync(dir) ? readdirSync(dir) : [])
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ id: name.slice(0, -'.json'.length), data: parsedFile(content, `departments/${name}`, DepartmentSchema) }))
    .sort(compareDepartments);
}

/** A disclosure's figures by id, validated; undefined when the file does not exist. */
export const readDisclosure = (content: string, id: string): Disclosure | undefined => (existsSync(join(content, `${id}.json`)) ? parsedFile(content, `${id}.json`, DisclosureSchema) : undefined);

/** The department of a disclosure id, or an error naming the missing file. */
export function departmentFinder(departments: readonly DepartmentInput[]): (id: string) => DepartmentInput {
  const byId = new Map(departments.map((d) => [d.id, d]));
  return (id) => {
    const department = byId.get(id.split('/')[1]);
    if (!department) throw new Error(`${id}.json: 没有部门文件 departments/${id.split('/')[1]}.json（no department file）`);
    return department;
  };
}

/**
 * The version of a step's output: the build's code key (src/, which holds the logic) and the
 * step's own script and this file, which the code key does not cover.
 */
export function stepCode(code: string, script: string): string {
  return createHash('sha256').update(code).update('\0').update(readFileSync(script)).update(readFileSync(import.meta.filename)).digest('hex');
}

/**
 * The command line every plain Node step takes: `--content DIR --out DIR [--code KEY]`, with
 * the code made the step's version (stepCode). Missing folders: a message and exit 2.
 */
export function stepArguments(script: string): { content: string; out: string; code: string } {
  const { values } = parseCommandLine({
    usage: `node scripts/${basename(script)} --content <目录> --out <目录> [--code <版本>]`,
    options: { content: { type: 'string' }, out: { type: 'string' }, code: { type: 'string', default: '' } },
  });
  if (!values.content || !values.out) {
    console.error('需要 --content 和 --out（content and output folders are required）。');
    process.exit(2);
  }
  return { content: resolve(values.content), out: resolve(values.out), code: stepCode(values.code, script) };
}
