/**
 * source.original: the archived original is there, beside the JSON, is this disclosure's
 * ("<kind>.original.<ext>"), and its SHA-256 is the one the JSON records.
 */
import { createHash } from 'node:crypto';
import type { ProvenanceContext } from './context.ts';
import { ORIGINAL_FILE_PATTERN } from '../../../schemas/provenance.ts';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The original's file name, when the JSON names one that is there and whole; otherwise reports why not. */
export function checkOriginalFile(ctx: ProvenanceContext): { file: string; bytes: Uint8Array; format: string } | undefined {
  const original = (ctx.data.source as { original?: { file?: unknown; sha256?: unknown } } | undefined)?.original;
  if (!original || typeof original.file !== 'string') return undefined;
  const match = original.file.match(ORIGINAL_FILE_PATTERN);
  if (!match) return undefined; // the schema reports the name
  const kind = ctx.path.split('/').at(-1)!.replace(/\.json$/, '');
  const folder = ctx.path.slice(0, ctx.path.lastIndexOf('/') + 1);
  if (match[1] !== kind) {
    ctx.report('source.original.file', 'original.name', `source.original.file（原件文件名）"${original.file}" 不是这份公开的原件：原件文件名须以类型开头，改为 "${kind}.original.${match[2]}"，并把文件改成同样的名字。`);
    return undefined;
  }
  const bytes = ctx.readOriginal(original.file);
  if (!bytes) {
    ctx.report('source.original.file', 'original.missing', `source.original.file（原件文件名）"${original.file}" 不存在：把原件放在 ${folder}${original.file}（与本 JSON 同一文件夹），或改正文件名。`);
    return undefined;
  }
  const actual = sha256(bytes);
  if (original.sha256 !== actual) {
    ctx.report('source.original.sha256', 'original.hash-mismatch', `source.original.sha256（SHA-256）与同一文件夹中的原件 ${original.file} 不符：文件的 SHA-256 是 "${actual}"。若原件就是这个文件，把 sha256 改为这个值；若文件被改动过，换回取得时的原件。`);
  }
  return { file: original.file, bytes, format: match[2] };
}
