/**
 * Link gate: linkinator (test/gate/links.ts) over the served site, starting from every built
 * page: 0 broken internal links and 0 missing fragments. External links are listed and not
 * requested (CI is offline); they never fail the gate. Prints "links checked/broken = X/0".
 */
import { expect, inject, test } from 'vitest';
import { checkLinks } from '../gate/links.ts';
import { writeGateReport } from '../gate/report.ts';
import { htmlFiles, pagePath, publicUrl } from '../gate/site-pages.ts';

test('no broken internal link or fragment on any page', async () => {
  const dist = inject('siteDir');
  const pages = htmlFiles(dist).map(pagePath);
  const report = await checkLinks(inject('siteUrl'), pages, publicUrl(dist));
  console.log(`links checked/broken = ${report.checked}/${report.broken.length} (from ${pages.length} pages, fragments included)`);
  console.log(`external links, not checked: ${report.external.length}${report.external.length ? `\n  ${report.external.join('\n  ')}` : ''}`);
  writeGateReport('links', [
    { label: 'internal links checked/broken (with fragments)', figure: `${report.checked}/${report.broken.length}`, ok: report.broken.length === 0 && report.checked > pages.length },
    { label: 'external links (listed, not checked)', figure: String(report.external.length), ok: true },
  ]);
  expect(report.broken.map((b) => `${b.page} → ${b.url}: ${b.why}`)).toEqual([]);
  expect(report.checked).toBeGreaterThan(pages.length);
});
