/**
 * A content file's bytes as text, with what is wrong with them as bytes: not UTF-8 (a file
 * saved as GBK would otherwise be read with U+FFFD in place of its characters, and its
 * figures published altered), or a JSON file starting with a byte-order mark.
 */
import { getLocation } from 'jsonc-parser';
import { positionAt } from './problem.ts';

export interface FileFault {
  line: number;
  column: number;
  code: string;
  message: string;
  field?: string;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points above U+10FFFF.
    const second = bytes[i + 1];
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text of a content file and its faults; `isJson` for .json files. */
export function decodeContentFile(bytes: Uint8Array, isJson: boolean): { text: string; faults: FileFault[] } {
  const faults: FileFault[] = [];
  let text = decoder.decode(bytes);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const before = decoder.decode(bytes.subarray(0, bad));
    const { line, column } = positionAt(before, before.length);
    const path = isJson ? getLocation(text, before.length).path.filter((k) => k !== '') : [];
    const field = path.length ? path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '') : undefined;
    const hex = [...bytes.subarray(bad, bad + 3)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
    faults.push({ line, column, code: 'file.encoding', field, message: `文件不是 UTF-8 编码${field ? `：字段 ${field} 里` : '：这里'}有无法识别的字节（${hex}），读出来会是乱码。多半是用 GBK/GB2312 保存的：请在编辑器里选择“以 UTF-8 编码重新保存”，再核对这一处的文字。` });
  }
  if (text.startsWith('\uFEFF') && isJson) {
    faults.push({ line: 1, column: 1, code: 'file.bom', message: '文件开头有 BOM（字节顺序标记 U+FEFF）：JSON 文件不能带 BOM。请在编辑器里另存为“UTF-8（无 BOM）”。' });
    text = text.slice(1);
  }
  return { text, faults };
}
