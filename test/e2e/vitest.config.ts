/**
 * Browser tests: real Chromium (Debian's /usr/bin/chromium through playwright-core)
 * against the built site served on 127.0.0.1. `npm test` runs them after its build, on
 * dist/ (E2E_SITE=dist); run alone, setup.ts builds the bundled content to a temp dir.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One Chromium at a time: the machines have two cores.
    fileParallelism: false,
  },
});
