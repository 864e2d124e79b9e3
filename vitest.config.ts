import { defineConfig } from 'vitest/config';

// The fast tier (`npm test`): unit and in-process tests. The end-to-end tier is vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // One worker per core: vitest's default leaves one core to its main process, which on 2 cores means
    // one worker and a serial run, while the main process is mostly idle.
    maxWorkers: '100%',
    // A worker keeps its imported modules from one test file to the next instead of importing the
    // pipeline (cheerio, zod, prettier, ...) again for each of ~70 files: a third less CPU. The tests do
    // not rely on a fresh module graph: none mocks a module, and those that stub a global, spy on
    // process.stdout or change the working directory restore it before they end.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
