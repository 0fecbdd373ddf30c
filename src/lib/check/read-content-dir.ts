/**
 * Lists a content folder for checkContent (Node only: the one place the checker touches
 * disk). What cannot be read as a file (a link to nothing, a pipe, a folder named like a
 * file) is a fault, reported at its path, and never opened: reading a pipe would hang.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentSource } from './check-content.ts';
import { decodeContentFile } from './file-text.ts';

export function readContentDir(dir: string, displayRoot: string): ContentSource {
  const files: string[] = [];
  const faults: NonNullable<ContentSource['faults']> = [];
  const fault = (full: string, code: string, message: string) => faults.push({ path: relative(dir, full).split(sep).join('/'), line: 1, column: 1, code, message });
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = join(current, name);
      let stats;
      try {
        stats = statSync(full);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        fault(full, 'file.missing', `无法打开（${code}）：这是一个指向不存在文件的链接，或文件在检查时被删除了。请把真实的文件放在这里，或删去它。`);
        continue;
      }
      if (stats.isDirectory()) {
        if (/\.(json|mdx)$/i.test(name)) fault(full, 'file.directory', `"${name}" 是一个文件夹，不是文件：公开文件和部门文件都是单个文件。请删去这个文件夹，放入同名的文件。`);
        else walk(full);
      } else if (stats.isFile()) files.push(relative(dir, full).split(sep).join('/'));
      else fault(full, 'file.unreadable', `无法读取："${name}" 不是普通文件（是管道、套接字或设备文件）。content/ 下只能放 .json 和 .mdx 文件，请删去它。`);
    }
  };
  walk(dir);
  return {
    root: displayRoot,
    files,
    faults,
    read: (path) => {
      const { text, faults: found } = decodeContentFile(readFileSync(join(dir, path)), path.endsWith('.json'));
      for (const f of found) faults.push({ path, ...f });
      return text;
    },
    readBytes: (path) => readFileSync(join(dir, path)),
  };
}
