/**
 * What one cold search fetches, request by request (`node scripts/bench/request-log.ts --site dist --query 三公经费 [--gzip]`):
 * the path, bytes sent, running total and when it was sent (since navigation began), in
 * order; for finding what to cut.
 */
import { parseCommandLine } from '../../src/lib/cli-args.ts';
import { chromium } from 'playwright-core';
import { benchServer } from './serve.ts';

const { values } = parseCommandLine({ options: { site: { type: 'string', default: 'dist' }, query: { type: 'string', default: '三公经费' }, gzip: { type: 'boolean', default: false } } });
const server = await benchServer(values.site!, { gzip: values.gzip! });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  const t0 = performance.now();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(values.query!)}`);
  await page.waitForSelector('#results[data-state="done"]', { timeout: 120_000 });
  const firstResults = server.log.length;
  const d = await page.$eval('#results', (e) => ({ ...(e as HTMLElement).dataset }));
  await page.waitForLoadState('networkidle');
  let total = 0;
  server.log.forEach((s, i) => {
    total += s.bytes;
    console.log(`${i === firstResults ? '--- first results shown ---\n' : ''}${String(s.bytes).padStart(8)} ${String(total).padStart(8)} ${(s.at - t0).toFixed(0).padStart(6)} ms  ${s.path}`);
  });
  console.log(`query → results ${Number(d.ms).toFixed(0)} ms; navigation → results ${Number(d.sinceNavigation).toFixed(0)} ms`);
} finally {
  await browser.close();
  await server.close();
}
