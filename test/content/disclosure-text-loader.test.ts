import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { packText, textCode } from '../../src/lib/content/compiled-text.ts';
import { disclosureTextLoader, moduleToFunctionBody } from '../../src/lib/content/disclosure-text-loader.ts';

// The compiler as astro.config.mjs configures it (smart punctuation off), with Astro's default Markdown settings.
const renderer = await satteri({ features: { smartPunctuation: false } }).createMdxRenderer!(
  { syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] }, shikiConfig: {}, gfm: true, smartypants: false },
  { optimize: false, srcDir: new URL('file:///nowhere/src/'), sourcemap: false },
);
const compile = async (text: string) => (await renderer.process(text, '/content/2023/x-rd/budget.mdx', {})).code;

describe('disclosure texts compiled without modules', () => {
  test('run as a function of the JSX runtime and give the module’s content and headings', async () => {
    const body = moduleToFunctionBody(await compile('## 一、“三公”经费\n\n严控<Term>三公经费</Term>。\n'));
    const calls: unknown[] = [];
    const runtime = { Fragment: 'Fragment', jsx: (type: unknown, props: unknown) => (calls.push(type), { type, props }), jsxs: (type: unknown, props: unknown) => (calls.push(type), { type, props }) };
    const exports = new Function(body)(runtime) as { MDXContent: (props: object) => unknown; getHeadings(): unknown; frontmatter: unknown };
    expect(exports.getHeadings()).toEqual([{ depth: 2, slug: '一三公经费', text: '一、“三公”经费' }]);
    expect(exports.frontmatter).toEqual({});
    exports.MDXContent({ components: { Term: 'Term' } });
    expect(calls).toContain('Term');
  });
  test('are stored deflated and read back unchanged', async () => {
    const body = moduleToFunctionBody(await compile('## 标题\n\n“引号”与"直引号" & <Term>基本支出</Term>。\n'));
    const packed = packText(body, []);
    expect(packed.deflated).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(packed.deflated.length).toBeLessThan(body.length);
    expect(textCode(packed)).toBe(body);
  });
  test('refuse a compiled module with imports they cannot provide', async () => {
    expect(() => moduleToFunctionBody(`${'import x from "y";\n'}${'import { jsx as _jsx } from "astro/jsx-runtime";\n'}`)).toThrow(/imports or exports/);
    expect(() => moduleToFunctionBody('export default 1;')).toThrow(/astro\/jsx-runtime/);
  });
});

describe('the texts loader', () => {
  /** A data store and loader context as Astro gives them; digests are their input, readable. */
  function context(entries: Map<string, { id: string; data: Record<string, unknown>; digest?: string }>) {
    return {
      store: { get: (id: string) => entries.get(id), set: (e: { id: string; data: Record<string, unknown>; digest?: string }) => (entries.set(e.id, e), true), keys: () => [...entries.keys()], delete: (id: string) => entries.delete(id) },
      config: { srcDir: new URL('file:///nowhere/src/'), markdown: { processor: satteri({ features: { smartPunctuation: false } }), syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] }, shikiConfig: {}, gfm: true, smartypants: false } },
      generateDigest: (input: string) => input,
      logger: { info: () => {}, error: () => {} },
    };
  }

  test('compiles a text again when its stored entry came from an older form of the loader', async () => {
    const base = mkdtempSync(join(tmpdir(), 'mingzhang-texts-'));
    try {
      mkdirSync(join(base, '2023', 'x-rd'), { recursive: true });
      const text = '## 标题\n\n正文。\n';
      writeFileSync(join(base, '2023', 'x-rd', 'budget.mdx'), text);
      const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>();
      const loader = disclosureTextLoader({ base, pattern: '*/*/*.mdx' });
      await loader.load(context(entries) as never);
      const fresh = entries.get('2023/x-rd/budget')!;
      expect(textCode(fresh.data as never)).toContain('MDXContent');
      // The loader's first form stored plain code under a digest of compiler and source only.
      const compiler = fresh.digest!.split('\n')[0];
      entries.set(fresh.id, { id: fresh.id, data: { code: 'old form' }, digest: `${compiler}\n${text}` });
      await loader.load(context(entries) as never);
      expect(entries.get(fresh.id)!.data).toEqual(fresh.data);
      // An entry with the current digest is kept as it is (what made the old form fail).
      entries.set(fresh.id, { id: fresh.id, data: { code: 'old form' }, digest: fresh.digest });
      await loader.load(context(entries) as never);
      expect(entries.get(fresh.id)!.data).toEqual({ code: 'old form' });
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
