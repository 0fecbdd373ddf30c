/**
 * After every `astro build`: each page's CSP narrowed to the hashes of its own inline code
 * (src/lib/build/csp.ts), and `_headers` written with the same policy for the host. Inline
 * code the build did not hash stops the build: it would be blocked on the page, and code
 * the build did not write must not be published.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { metaPolicy, narrowPolicy } from '../lib/build/csp.ts';
import { headersFile } from '../lib/build/host-headers.ts';
import { replaceFile } from '../lib/files/replace-file.ts';


export function cspPages(): AstroIntegration {
  return {
    name: 'mingzhang:csp-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
        const problems: string[] = [];
        const policies: string[] = [];
        for (const file of pages) {
          const result = narrowPolicy(readFileSync(file, 'utf8'));
          const name = relative(root, file);
          if (!result.policy) problems.push(`${name}：页面没有内容安全策略（no content-security-policy meta）。`);
          for (const code of result.unhashed) problems.push(`${name}：内联 <${code.kind}> 不是构建生成的，浏览器会拦截它（inline ${code.kind} without a CSP hash: "${code.excerpt}"）。请删去它，或改为构建打包的脚本/样式。`);
          replaceFile(file, result.html);
          const meta = metaPolicy(result.html);
          if (meta) policies.push(meta.policy);
        }
        if (problems.length) {
          for (const p of problems) logger.error(p);
          logger.error(`内容安全策略检查发现 ${problems.length} 个问题，已停止构建（CSP check failed）。`);
          process.exit(1);
        }
        // public/_headers, copied into the output by Astro, keeps its own rules.
        const headers = join(root, '_headers');
        replaceFile(headers, headersFile(policies, existsSync(headers) ? readFileSync(headers, 'utf8') : ''));
      },
    },
  };
}
