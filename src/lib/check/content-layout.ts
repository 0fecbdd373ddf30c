/**
 * The content contract, as paths:
 *   departments/<dept>.json         one disclosing body
 *   <year>/<dept>/<kind>.json|.mdx  one disclosure: figures and prose
 *   <year>/<dept>/<kind>.original.* the archived original it was taken from
 *   articles/<slug>.mdx             one work article
 * Anything else in content/ is a mistake worth reporting.
 */
import { KIND_NAMES, type DisclosureKind } from '../../schemas/disclosure.ts';
import { SLUG_PATTERN } from '../../schemas/primitives.ts';
import { ORIGINAL_FILE_PATTERN } from '../../schemas/provenance.ts';

export type ContentFile =
  | { type: 'department'; path: string; slug: string }
  | { type: 'article'; path: string; slug: string }
  | { type: 'disclosure'; path: string; year: number; department: string; kind: DisclosureKind; ext: 'json' | 'mdx' }
  | { type: 'original'; path: string; year: number; department: string; kind: string; file: string }
  | { type: 'unknown-kind'; path: string; year: number; department: string; name: string; ext: 'json' | 'mdx' }
  | { type: 'misplaced'; path: string; reason: string };

/** Classifies one path relative to the content folder. */
export function classifyContentPath(path: string): ContentFile | undefined {
  const parts = path.split('/');
  const file = parts.at(-1) ?? '';
  if (file.startsWith('.') || file.toLowerCase() === 'readme.md') return undefined;
  const [, name, ext] = file.match(/^(.*)\.([^.]+)$/) ?? [, file, ''];

  if (parts[0] === 'departments') {
    if (parts.length !== 2 || ext !== 'json') return { type: 'misplaced', path, reason: 'departments/ 下只放部门文件 <部门标识>.json' };
    if (!SLUG_PATTERN.test(name)) return { type: 'misplaced', path, reason: `部门标识 "${name}" 只能用小写英文、数字和连字符，如 "guangzhou-rd"` };
    return { type: 'department', path, slug: name };
  }
  if (parts[0] === 'articles') {
    if (parts.length !== 2 || ext !== 'mdx') return { type: 'misplaced', path, reason: 'articles/ 下只放文章 <标识>.mdx' };
    if (!SLUG_PATTERN.test(name)) return { type: 'misplaced', path, reason: `文章标识 "${name}" 只能用小写英文、数字和连字符` };
    return { type: 'article', path, slug: name };
  }
  if (/^\d{4}$/.test(parts[0])) {
    if (parts.length !== 3) return { type: 'misplaced', path, reason: '公开文件应放在 <年度>/<部门标识>/<类型>.json 和 .mdx' };
    if (!SLUG_PATTERN.test(parts[1])) return { type: 'misplaced', path, reason: `部门文件夹 "${parts[1]}" 只能用小写英文、数字和连字符，须与 content/departments/ 下的部门标识一致` };
    const original = file.match(ORIGINAL_FILE_PATTERN);
    if (original) return { type: 'original', path, year: Number(parts[0]), department: parts[1], kind: original[1], file };
    if (ext !== 'json' && ext !== 'mdx') return { type: 'misplaced', path, reason: `公开文件只能是 .json（数据）和 .mdx（正文），原件须命名为 <类型>.original.<扩展名>（如 budget.original.pdf），不能是 ${file}` };
    const year = Number(parts[0]);
    if ((KIND_NAMES as string[]).includes(name)) return { type: 'disclosure', path, year, department: parts[1], kind: name as DisclosureKind, ext };
    return { type: 'unknown-kind', path, year, department: parts[1], name, ext };
  }
  return { type: 'misplaced', path, reason: 'content/ 下只能有 departments/、articles/ 和年度文件夹（如 2023/）' };
}
