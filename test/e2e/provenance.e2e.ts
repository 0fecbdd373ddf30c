/**
 * Provenance as a reader meets it, JavaScript off: every figure in 主要数字 and in the
 * figure tables links to a passage of the 原文 section that holds the figure as printed;
 * following the link highlights that figure (:target); the archived original downloads
 * byte for byte, with the SHA-256 the page shows; and no page shows an internal working name.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../lib/figures/corpus-helpers.ts';
import { locatableFigures } from '../../src/lib/provenance/locatable-figures.ts';
import { corpus, PAGE_TYPES, rawJson, useBrowser } from './site.ts';

const browser = useBrowser({ javaScriptEnabled: false });
const ids = corpus.summaries.map((s) => s.id);
/** The numbers of a figure as shown or printed: "26,138.69 万元" → ["26138.69"], "≥90%" → ["90"]. */
const numbers = (text: string) => [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, ''));

describe('every figure links to its passage in the original text', () => {
  test.each(ids)('%s', async (id) => {
    const page = await browser.open(`${id}/`);
    const links = await page.$$eval('.key-facts a.to-source, .figures a.to-source', (as) =>
      as.map((a) => {
        const id = decodeURIComponent((a as HTMLAnchorElement).hash.slice(1));
        const target = document.getElementById(id);
        const passage = target?.closest('.passage');
        return { id, shown: a.textContent ?? '', target: target?.textContent ?? null, inText: !!target?.closest('.document .prose'), passage: passage?.textContent ?? null, isMark: target?.tagName === 'MARK' };
      }),
    );
    // Every figure the JSON states is on the page with a link (each has a location: test/content/provenance.test.ts).
    const linked = new Set(links.map((l) => l.id));
    const tabled = locatableFigures(rawJson(id)).map((f) => `loc-${f.path.replace(/\./g, '-')}`);
    expect(tabled.filter((a) => !linked.has(a))).toEqual([]);
    for (const link of links) {
      expect(link.target, `${link.id}: target exists`).not.toBeNull();
      expect(link.inText && link.isMark, `${link.id}: a marked figure in 原文`).toBe(true);
      expect(link.passage, `${link.id}: inside its passage`).not.toBeNull();
      // The marked figure is the figure shown, as printed (separators aside; a count may be printed in Chinese numerals).
      const shown = numbers(link.shown);
      const printed = numbers(link.target!);
      if (printed.length) expect(printed, link.id).toEqual(shown.slice(0, printed.length));
      else expect(link.target, link.id).toMatch(/^[一二两三四五六七八九十百]+$/);
      expect(link.passage!.includes(link.target!), link.id).toBe(true);
    }
  });

  test('following a link highlights the figure, without JavaScript', async () => {
    const page = await browser.open('2023/guangzhou-rd/self-evaluation/');
    await page.click('.key-facts a.to-source >> nth=0');
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/^#loc-/);
    const style = await page.$eval(':target', (el) => ({ tag: el.tagName, background: getComputedStyle(el).backgroundColor, passage: getComputedStyle(el.closest('.passage')!).backgroundColor }));
    expect(style.tag).toBe('MARK');
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(style.passage).not.toBe('rgba(0, 0, 0, 0)');
  });
});

describe('the archived original', () => {
  test.each(ids)('%s: downloads byte for byte, with the SHA-256 the page shows', async (id) => {
    const page = await browser.open(`${id}/`);
    const href = await page.$eval('.provenance a[download]', (a) => (a as HTMLAnchorElement).href);
    const shownHash = await page.$eval('.provenance .hash', (c) => c.textContent!.trim());
    const body = Buffer.from(await (await page.request.get(href)).body());
    const original = (rawJson(id).source as { original: { file: string } }).original.file;
    expect(body.equals(readFileSync(join(ROOT, 'content', id.slice(0, id.lastIndexOf('/')), original)))).toBe(true);
    expect(createHash('sha256').update(body).digest('hex')).toBe(shownHash);
    // Said honestly: the bundled originals are text extractions without a known URL.
    await expect(page.locator('.provenance').textContent()).resolves.toContain('原文网址');
  });
});

describe('no public page shows an internal working name', () => {
  test.each([...PAGE_TYPES.map(([, p]) => p), ...ids.map((id) => `${id}/`)])('/%s', async (path) => {
    const page = await browser.open(path);
    const text = await page.evaluate(() => document.documentElement.outerHTML);
    expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}/);
  });
});
