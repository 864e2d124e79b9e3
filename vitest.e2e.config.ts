import { defineConfig } from 'vitest/config';

// The end-to-end tier (`npm run test:e2e`): the compiled CLI as a subprocess, tsc on emitted SDKs.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
