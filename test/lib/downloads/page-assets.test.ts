import { expect, test } from 'vitest';
import { assetsOf } from '../../../src/lib/downloads/page-assets.ts';

test('a page’s weight counts its stylesheets, its scripts and every chunk they import', () => {
  const files: Record<string, string> = {
    '/_astro/page.js': 'import "./charts.js";import{a}from"./shared.js";',
    '/_astro/charts.js': 'import{b}from"./shared.js";',
    '/_astro/shared.js': 'export const a=1,b=2;',
  };
  const html = '<link rel="stylesheet" href="/_astro/Base.css"><link rel="icon" href="/f.svg"><script type="module" src="/_astro/page.js"></script>';
  expect(assetsOf(html, (p) => files[p])).toEqual({ css: ['/_astro/Base.css'], js: ['/_astro/page.js', '/_astro/charts.js', '/_astro/shared.js'] });
});
