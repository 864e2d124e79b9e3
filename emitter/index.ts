/**
 * The emitter: IR -> the `generated/` TypeScript SDK. `emitSdk` makes the files in memory;
 * `generateTo` writes them atomically; `checkAgainst` tells whether a folder is stale.
 */
export { emitSdk } from './sdk.js';
export { checkAgainst, generateTo } from './output.js';
