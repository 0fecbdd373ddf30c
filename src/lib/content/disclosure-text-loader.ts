/**
 * The disclosure texts collection's loader: each content/<year>/<dept>/<kind>.mdx compiled
 * once, at content sync, by the same MDX compiler and options as @astrojs/mdx uses, and kept
 * as code in the data store beside its headings (compiled-text.ts). DisclosureText.astro runs that code with
 * Astro's JSX runtime, exactly as it would run the MDX module.
 *
 * Why not the glob loader: it makes every .mdx file a module of its own, which Vite
 * transforms, Rolldown bundles into a chunk and the prerenderer imports; for a
 * 600-disclosure partition that was about half of its build's CPU time (17 of 33 s).
 * The texts can be compiled without modules because the content check allows them
 * Markdown and <Term> only: no import, export, expression or frontmatter.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { packText, type CompiledText } from './compiled-text.ts';

type MdxRenderer = { process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<{ code: string }> };
type Processor = { name: string; options?: { features?: { gfm?: unknown; smartPunctuation?: unknown } }; createMdxRenderer?(shared: object, mdx: object): Promise<MdxRenderer> };

/** The compiler @astrojs/mdx would use for this config (its mdx() defaults: the site's Markdown settings). */
async function mdxRenderer(config: Parameters<Loader['load']>[0]['config']): Promise<MdxRenderer> {
  const processor = config.markdown.processor as unknown as Processor;
  if (!processor?.createMdxRenderer) throw new Error(`the Markdown processor "${processor?.name}" cannot compile MDX`);
  const { gfm, smartPunctuation } = processor.options?.features ?? {};
  const markdown = config.markdown as unknown as { syntaxHighlight: unknown; shikiConfig: unknown; gfm: unknown; smartypants: unknown };
  return processor.createMdxRenderer(
    {
      syntaxHighlight: markdown.syntaxHighlight,
      shikiConfig: markdown.shikiConfig,
      gfm: typeof gfm === 'boolean' ? gfm : markdown.gfm,
      smartypants: typeof smartPunctuation === 'boolean' ? smartPunctuation : markdown.smartypants,
    },
    { optimize: false, srcDir: config.srcDir, sourcemap: false },
  );
}

/** The installed version of a package, found from its entry point upwards. */
function versionOf(name: string): string {
  for (let dir = dirname(createRequire(import.meta.url).resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === name) return pkg.version ?? '';
  }
  return '';
}

/**
 * The compiler's identity, part of each text's digest: the data store outlives a build (its
 * cache folder is kept), and Astro clears it when Astro or the config changes, not when
 * the MDX compiler does; a text compiled by an older compiler must be compiled again.
 */
const COMPILER = ['satteri', '@astrojs/markdown-satteri', '@astrojs/mdx'].map((name) => `${name}@${versionOf(name)}`).join(' ');

/**
 * What this loader stores, part of each text's digest like the compiler: a data store kept
 * from a build with an older loader (code stored another way) must not be reused. Change it
 * whenever moduleToFunctionBody or packText changes what is stored.
 */
const STORED_FORM = 'function body, packText deflate-raw base64, 2';

const RUNTIME_IMPORT = /^import \{([^}]*)\} from "astro\/jsx-runtime";$/m;

/**
 * The compiled module as a function body: its one import (Astro's JSX runtime) read from
 * the argument, its exports returned. Anything else in the module is a compiler change
 * this code does not know, and fails the build rather than render a text differently.
 */
export function moduleToFunctionBody(code: string): string {
  const imported = RUNTIME_IMPORT.exec(code);
  if (!imported) throw new Error('compiled MDX does not import astro/jsx-runtime as expected');
  const body = code
    .replace(RUNTIME_IMPORT, `const {${imported[1].replaceAll(' as ', ': ')}} = arguments[0];`)
    .replace(/^export const frontmatter = /m, 'const frontmatter = ')
    .replace(/^export function getHeadings\(\)/m, 'function getHeadings()');
  if (/^\s*(import|export)\b/m.test(body)) throw new Error('compiled MDX has imports or exports this loader does not handle');
  return `${body}\nreturn { MDXContent, frontmatter, getHeadings };`;
}

/** Loads `pattern` under `base` (a glob, as the glob loader takes it, or several); ids are paths without ".mdx". */
export function disclosureTextLoader({ base, pattern }: { base: string; pattern: string | string[] }): Loader {
  return {
    name: 'mingzhang:disclosure-texts',
    load: async ({ store, config, generateDigest, logger, watcher }) => {
      let renderer: MdxRenderer | undefined;
      const sync = async () => {
        const files = [...new Set(globSync(pattern, { cwd: base }))].sort();
        if (files.length === 0) logger.info(`no texts match ${pattern}`);
        const seen = new Set<string>();
        for (const file of files) {
          const id = file.replace(/\.mdx$/, '');
          seen.add(id);
          const filePath = join(base, file);
          const source = readFileSync(filePath, 'utf8');
          const digest = generateDigest(`${COMPILER}\n${STORED_FORM}\n${source}`);
          if (store.get(id)?.digest === digest) continue;
          // The content check refuses frontmatter in texts; compiled with it, the MDX module
          // would have had it removed first.
          if (/^---\s*\r?\n/.test(source)) throw new Error(`${filePath}: disclosure texts have no frontmatter`);
          renderer ??= await mdxRenderer(config);
          let body: string;
          try {
            body = moduleToFunctionBody((await renderer.process(source, filePath, {})).code);
          } catch (error) {
            throw new Error(`${filePath}: ${(error as Error).message}`, { cause: error });
          }
          // getHeadings() returns a literal: the module's other functions are never called here.
          const headings = (new Function(body)({}) as { getHeadings(): CompiledText['headings'] }).getHeadings();
          store.set({ id, data: packText(body, headings) as unknown as Record<string, unknown>, digest, filePath: file });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      await sync();
      // `astro dev`: an edited, added or removed text is synced again (unchanged ones are skipped by digest).
      if (watcher) {
        const root = resolve(base);
        watcher.add(root);
        watcher.on('all', (_event, path) => {
          if (path.startsWith(root) && path.endsWith('.mdx')) sync().catch((error: Error) => logger.error(error.message));
        });
      }
    },
  };
}
