import { defineConfig } from 'vitest/config';

// The fast tier (`npm test`): unit and in-process tests. The end-to-end tier is vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
