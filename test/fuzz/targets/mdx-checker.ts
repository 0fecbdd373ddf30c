/**
 * The MDX checker (findUnsafeMdx): any text, and text built from the pieces attacks are
 * made of, never throws and every finding is inside the text; a link whose address spells
 * javascript: in any case, with entities, tabs or newlines inside it, is always refused.
 */
import fc from 'fast-check';
import { findUnsafeMdx } from '../../../src/lib/check/mdx-safety.ts';
import { fuzz, type FuzzResult, isLocated } from '../harness.ts';

const PIECES = ['<', '>', '</', '/>', '{', '}', '[', ']', '(', ')', '"', "'", '=', ' ', '\n', '\n\n', '\t', '\\', '`', '```', '*', '#', '|', '!', '---', '&', '&#x6a;', '&colon;', ';', ':', 'script', 'Term', 'img', 'on', 'onerror', 'href', 'javascript', 'data', 'import ', 'export ', '{/* 待填写：正文 */}', '基本支出', '万元', '\u202e', '\u200b', '\uFEFF', '\r\n'];
const mdxLike = fc.oneof(fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

/** "javascript" with each letter in either case, maybe entity-encoded, with invisible characters between. */
const obfuscatedScheme = fc
  .array(fc.record({ upper: fc.boolean(), entity: fc.constantFrom('none', 'hex', 'decimal'), gap: fc.constantFrom('', '', '', '&#x09;', '&#10;', '&Tab;', '&NewLine;', '&#x0D;') }), { minLength: 10, maxLength: 10 })
  .map((letters) =>
    [...'javascript']
      .map((c, i) => {
        const { upper, entity, gap } = letters[i];
        const ch = upper ? c.toUpperCase() : c;
        const written = entity === 'hex' ? `&#x${ch.charCodeAt(0).toString(16)};` : entity === 'decimal' ? `&#${ch.charCodeAt(0)};` : ch;
        return gap + written;
      })
      .join(''),
  );

export function fuzzMdxChecker(): FuzzResult[] {
  return [
    fuzz('MDX checker: any text and attack pieces', fc.tuple(mdxLike, fc.boolean()), ([text, article]) => findUnsafeMdx(text, { allowFrontmatter: article }).every((f) => isLocated({ ...f, file: 'x' }, text) && f.code.length > 0)),
    fuzz('MDX checker: obfuscated javascript: links are refused', fc.tuple(obfuscatedScheme, fc.constantFrom(':', '&colon;', '&#58;', '&#x3A;'), fc.constantFrom('link', 'image', 'definition')), ([scheme, colon, form]) => {
      const url = `${scheme}${colon}alert(1)`;
      const text = form === 'link' ? `[原文](${url})\n` : form === 'image' ? `![图](${url})\n` : `[原文][r]\n\n[r]: ${url}\n`;
      return findUnsafeMdx(text, { allowFrontmatter: false }).some((f) => f.code === 'mdx.unsafe-url');
    }),
  ];
}
