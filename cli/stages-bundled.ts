/**
 * `stages.ts` as the bundled bin has it (tools/bundle-cli puts this module in its place): every stage comes from
 * `stages.cjs` beside the bin, the CommonJS bundle of `stages.ts`, compiled from the V8 code cache the build made
 * (`code-cache.ts`). The same function as `stages.ts`'s, so the commands cannot tell which one they got.
 */
import { fileURLToPath } from 'node:url';

import { loadCommonJs } from './code-cache.js';
import type { stage as sourceStage } from './stages.js';

let bundle: { stage: typeof sourceStage } | undefined;

function load(): { stage: typeof sourceStage } {
  const file = fileURLToPath(new URL('./stages.cjs', import.meta.url));
  const loaded = loadCommonJs(file);
  // Which cache a run got, for whoever wonders why a start-up was slow (and for the e2e tests).
  if (process.env['VITEC_CODEGEN_DEBUG'] === '1') process.stderr.write(`code cache of ${file}: ${loaded.cache}\n`);
  // The build's training run (tools/bundle-cli) asks for the cache of everything it compiled.
  if (process.env['VITEC_CODEGEN_WRITE_CODE_CACHE'] === '1') process.once('exit', loaded.saveCache);
  return loaded.exports as { stage: typeof sourceStage };
}

export const stage: typeof sourceStage = (name) => {
  bundle ??= load();
  return bundle.stage(name);
};
