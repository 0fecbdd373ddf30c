import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    // Hooks build sites too (test/build): on a loaded 2-core machine one took over the default 10 s.
    hookTimeout: 180_000,
    coverage: { include: ['src/lib/**'], thresholds: { lines: 80 } },
  },
});
