/**
 * The archived original of a disclosure as a download: content/<year>/<dept>/<kind>.original.<ext>
 * is published at data/<year>/<dept>/<kind>/original.<ext>, byte for byte, with the disclosure's
 * partition (it depends on that disclosure alone; its SHA-256 is in the JSON, so a changed
 * original changes the partition's key).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../../schemas/provenance.ts';
import type { DownloadFile } from './files.ts';

export interface ArchivedOriginal {
  /** Site-relative download path. */
  path: string;
  /** File extension, as the page names the format ("txt", "pdf"). */
  format: string;
  bytes: number;
  sha256: string;
  description?: string;
}

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const sourceFile = (id: string, file: string, contentDir: string) => join(contentDir, id.slice(0, id.lastIndexOf('/')), file);

/** The original's download, where the disclosure archives one and the file is there. */
export function archivedOriginal(id: string, source: Source | undefined, contentDir: string): ArchivedOriginal | undefined {
  const original = source?.original;
  if (!original) return undefined;
  const file = sourceFile(id, original.file, contentDir);
  if (!existsSync(file)) return undefined;
  const format = original.file.split('.').at(-1)!;
  return { path: `data/${id}/original.${format}`, format, bytes: statSync(file).size, sha256: original.sha256, description: original.description };
}

/** The original as a download file (base64, so any format leaves the build unchanged). */
export function originalDownload(id: string, source: Source | undefined, contentDir: string): DownloadFile[] {
  const archived = archivedOriginal(id, source, contentDir);
  if (!archived || !source?.original) return [];
  const body = readFileSync(sourceFile(id, source.original.file, contentDir)).toString('base64');
  return [{ path: archived.path, contentType: MEDIA_TYPES[archived.format] ?? 'application/octet-stream', body, encoding: 'base64' }];
}

/** "31.1 KB", "2.4 MB": the size as a reader weighs a download. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
