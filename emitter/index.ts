/**
 * The emitter: IR -> the `generated/` TypeScript SDK. `emitSdk` makes the files in memory;
 * `generateTo` writes them atomically; `checkAgainst` tells whether a folder is stale.
 */
export { emitSdk, DEFAULT_PACKAGE_NAME, DEFAULT_VERSION, type EmitOptions } from './sdk.js';
export { checkAgainst, generateTo, type CheckResult } from './output.js';
