// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { writeDownloadsArchive } from './src/lib/downloads/write-archive.ts';
import { CONTENT_DIR } from './src/lib/content-dir.ts';
import { POLICY_DIRECTIVES } from './src/lib/build/csp.ts';
import { cspPages } from './src/integrations/csp-pages.ts';

export default defineConfig({
  site: process.env.MINGZHANG_SITE ?? 'https://mingzhang.example',
  trailingSlash: 'always',
  // Separate caches let tests and partition builds run side by side without sharing a data store.
  cacheDir: process.env.MINGZHANG_CACHE_DIR ?? './node_modules/.astro',
  // Two entries with one id must fail the build, not overwrite each other silently.
  prerenderConflictBehavior: 'error',
  // sitemap: /sitemap-index.xml of every page (issue 4); data downloads are listed on /downloads/ instead.
  // Partitioned builds (scripts/build-site.ts sets MINGZHANG_PARTITION) skip the content check:
  // the orchestrator runs it once over the whole corpus beside them, and a failed check fails
  // the build before anything is assembled.
  integrations: [
    // Imported only where it runs: the check's modules cost partition and site builds 0.8 CPU-s to load.
    ...(process.env.MINGZHANG_PARTITION ? [] : [(await import('./src/integrations/content-check.ts')).contentCheck(CONTENT_DIR)]),
    mdx(),
    cspPages(),
    sitemap({ filter: (page) => !page.includes('/data/') }),
    // Small downloads leave the build as one archive (src/pages/data/[...file].ts):
    // unpack it into the files it holds once the build is done.
    { name: 'mingzhang:downloads', hooks: { 'astro:build:done': ({ dir }) => void writeDownloadsArchive(fileURLToPath(dir)) } },
  ],
  devToolbar: { enabled: false },
  // A content security policy in every page's <meta>: scripts and styles only from this site
  // or hashed by the build; no 'unsafe-inline', no 'unsafe-eval'. cspPages() then narrows
  // each page to its own inline code and writes the same policy as _headers for the host.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...POLICY_DIRECTIVES],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Published text is reproduced exactly: no curly quotes for straight ones, no en dash
    // for "--". Smart punctuation would change what the source printed.
    processor: satteri({ features: { smartPunctuation: false } }),
    // Shiki colours code with style attributes, which the CSP refuses; disclosures hold no code.
    syntaxHighlight: false,
  },
  vite: {
    build: {
      rollupOptions: {
        // MDX modules carry "use astro:head-inject"; Rolldown warns once per file that it
        // drops the directive. It is harmless and would bury real warnings at scale.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
