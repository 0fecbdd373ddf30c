/**
 * Runs `npm run check`'s validator at the start of every `astro build`, and stops the
 * build on any error. Astro alone can log a content error and still exit 0
 * (withastro/astro#18054), so the build never trusts it.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { runChecks } from '../lib/check/run-checks.ts';
import { formatText } from '../lib/check/format-problems.ts';
import { readContentDir } from '../lib/check/read-content-dir.ts';

export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'mingzhang:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build') return;
        const source = readContentDir(resolve(contentDir), contentDir);
        // The same cache as npm run check: PDF and docx originals are read once per file.
        const { originalTexts } = await import('../lib/import/original-cache.ts');
        const { texts } = await originalTexts(source, resolve('node_modules', '.mingzhang-original-text'));
        const { problems } = runChecks({ ...source, originalText: (path) => texts.get(path) });
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length === 0) return;
        for (const problem of errors) logger.error(formatText(problem));
        logger.error(`内容检查发现 ${errors.length} 个错误，已停止构建（content check failed）。运行 npm run check 查看详情。`);
        // Exit here rather than throw: a thrown error makes Astro print a stack trace at staff.
        process.exit(1);
      },
    },
  };
}
