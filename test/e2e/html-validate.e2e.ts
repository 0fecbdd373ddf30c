/**
 * HTML gate: html-validate's recommended rules (test/gate/html-validate.config.ts, where any
 * rule turned off or relaxed is listed with its reason) over every built page: 0 errors.
 */
import { expect, inject, test } from 'vitest';
import { formatProblem, validatePages } from '../gate/html.ts';
import { RULE_CHANGES } from '../gate/html-validate.config.ts';
import { writeGateReport } from '../gate/report.ts';
import { htmlFiles } from '../gate/site-pages.ts';

test('every built page passes html-validate:recommended', async () => {
  const dist = inject('siteDir');
  const files = htmlFiles(dist);
  const problems = await validatePages(dist, files);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.length - errors.length;
  console.log(`html-validate: ${files.length} pages, ${errors.length} errors, ${warnings} warnings; rules off or relaxed: ${Object.keys(RULE_CHANGES).join(', ') || 'none'}`);
  writeGateReport('html', [
    { label: 'html-validate:recommended, every page', figure: `${files.length} pages, ${errors.length} errors, ${warnings} warnings`, ok: errors.length === 0 && files.length > 0 },
    { label: 'rules off or relaxed (reasons in its config)', figure: Object.keys(RULE_CHANGES).join(', ') || 'none', ok: true },
  ]);
  expect(errors.map(formatProblem)).toEqual([]);
});
