import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    // Hooks that build a site (astro build, ~5 s alone) run beside other builds: the same budget as a test.
    hookTimeout: 120_000,
    coverage: { include: ['src/lib/**'], thresholds: { lines: 80 } },
  },
});
