/**
 * `stages.ts` as the bundled bin has it (tools/bundle-cli puts this module in its place): every stage comes from
 * `stages.cjs` beside the bin, the CommonJS bundle of `stages.ts`, compiled from the V8 code cache the build made
 * (`code-cache.ts`). The same function as `stages.ts`'s, so the commands cannot tell which one they got.
 */
import { fileURLToPath } from 'node:url';

import { loadCommonJs } from './code-cache.js';
import type { stage as sourceStage } from './stages.js';

let bundle: { stage: typeof sourceStage } | undefined;

export const stage: typeof sourceStage = (name) => {
  bundle ??= loadCommonJs(fileURLToPath(new URL('./stages.cjs', import.meta.url))).exports as {
    stage: typeof sourceStage;
  };
  return bundle.stage(name);
};
