import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { packText, textCode } from '../../src/lib/content/compiled-text.ts';
import { moduleToFunctionBody } from '../../src/lib/content/disclosure-text-loader.ts';

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
