/**
 * What the static hosts we publish to accept (docs/hosting.md, with sources), and whether an
 * assembled output fits one: a deploy must fail before it uploads, naming the limit, not
 * half way through an upload.
 */

export interface HostLimits {
  name: string;
  maxFiles?: number;
  maxBytes?: number;
  maxFileBytes?: number;
}

const MIB = 1024 ** 2;

export const HOSTS = {
  'github-pages': { name: 'GitHub Pages', maxBytes: 1_000_000_000 },
  'gitlab-pages': { name: 'GitLab Pages', maxFiles: 200_000, maxBytes: 1_000_000_000 },
  'cloudflare-pages': { name: 'Cloudflare Pages (free)', maxFiles: 20_000, maxFileBytes: 25 * MIB },
  'cloudflare-pages-paid': { name: 'Cloudflare Pages (paid)', maxFiles: 100_000, maxFileBytes: 25 * MIB },
  'object-storage': { name: 'object storage + CDN' },
} as const satisfies Record<string, HostLimits>;

export type HostId = keyof typeof HOSTS;

/** An output's size: its file count, bytes, and its largest file. */
export interface OutputSize {
  files: number;
  bytes: number;
  largest: { path: string; bytes: number };
}

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

/** Every limit of `host` the output exceeds, as a sentence in Chinese with the figure and the limit. */
export function exceededLimits(host: HostLimits, size: OutputSize): string[] {
  const problems: string[] = [];
  if (host.maxFiles !== undefined && size.files > host.maxFiles) problems.push(`文件数 ${size.files.toLocaleString('en-US')} 超过 ${host.name} 的上限 ${host.maxFiles.toLocaleString('en-US')}（files）`);
  if (host.maxBytes !== undefined && size.bytes > host.maxBytes) problems.push(`总大小 ${mb(size.bytes)} 超过 ${host.name} 的上限 ${mb(host.maxBytes)}（bytes）`);
  if (host.maxFileBytes !== undefined && size.largest.bytes > host.maxFileBytes) problems.push(`文件 ${size.largest.path} 为 ${mb(size.largest.bytes)}，超过 ${host.name} 的单个文件上限 ${mb(host.maxFileBytes)}（maxFileBytes）`);
  return problems;
}
