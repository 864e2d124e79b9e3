/**
 * Writing and checking an SDK folder, shared by the `generate` and `check` commands and the programmatic
 * `generate`: the file map, the fingerprint its stamp records, and the SDK version a folder already holds.
 * The stages are loaded when asked for (cli/stages.ts), so that loading the CLI stays cheap; what is imported
 * statically is light (hashing, names, the ownership rule), as it is part of the CLI's start-up.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { isReleaseVersion } from '../diff/release.js';
import { generatorId } from '../emitter/generator-id.js';
import { DEFAULT_VERSION } from '../emitter/sdk-names.js';
import { parseStamp, STAMP_FILE, stampText, type Fingerprint } from '../emitter/stamp.js';
import { ownershipProblem } from '../io/owned-dir.js';
import { compareCodeUnits } from '../ir/order.js';
import type { ApiIR } from '../ir/schema.js';
import type { JsonNamesOption } from '../scraper/json-naming.js';
import { DEFAULT_SNAPSHOT, InputError, inputsFingerprint, irFromOptions, type IrSourceOptions } from './inputs.js';
import { stage } from './stages.js';

/**
 * The whole SDK file map: the emitter's files, the OpenAPI export beside them, and the stamp that lets `check`
 * trust the folder later without regenerating.
 */
export async function sdkFiles(
  ir: ApiIR,
  fingerprint: Fingerprint,
  out: string,
  names: SdkNameOptions,
): Promise<Map<string, string>> {
  const [{ emitSdk }, { serializeOpenApi, toOpenApi }] = await Promise.all([stage('emitter'), stage('openapi')]);
  const files = emitSdk(ir, {
    ...(names.clientName ? { clientName: names.clientName } : {}),
    ...(names.packageName ? { packageName: names.packageName } : {}),
    ...(names.sdkVersion ? { version: names.sdkVersion } : {}),
  });
  files.set('openapi.json', serializeOpenApi(toOpenApi(ir)));
  files.set(STAMP_FILE, stampText(files, fingerprint));
  return new Map([...files].sort(([a], [b]) => compareCodeUnits(a, b)));
}

export async function fingerprintOf(opts: IrSourceOptions & Record<string, unknown>): Promise<Fingerprint> {
  return { inputs: await inputsFingerprint(opts), generator: generatorId() };
}

// A type, not an interface: the options also go to the inputs fingerprint as a record.
export type SdkNameOptions = { clientName?: string; packageName?: string; sdkVersion?: string };

/** The version a previous `generate` (or `release`) left in `out/package.json`; undefined when there is none. */
async function versionIn(out: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(out, 'package.json'), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' && isReleaseVersion(version) ? version : undefined;
  } catch {
    return undefined;
  }
}

/** `opts` with the SDK version settled (it is part of the inputs fingerprint): the flag, else what the folder holds. */
export async function withSdkVersion<T extends SdkNameOptions & { out: string }>(opts: T): Promise<T> {
  if (opts.sdkVersion !== undefined) return opts;
  return { ...opts, sdkVersion: (await versionIn(opts.out)) ?? DEFAULT_VERSION };
}

/** What `generate` is given: where the pages come from, what the SDK is called, and the folder to write. */
// A type, not an interface, for the same reason as SdkNameOptions.
export type GenerateOptions = {
  snapshot?: string;
  url?: string;
  apiBaseUrl?: string;
  jsonNames?: JsonNamesOption;
  out: string;
} & SdkNameOptions;

/**
 * Scrape, emit and write the SDK folder atomically (`generate`). Refuses (InputError) a folder it does not
 * own: one of other files, the working folder, the input snapshot. Diagnostics never stop it; they are in
 * the returned IR.
 */
export async function generateSdk(given: GenerateOptions): Promise<{ ir: ApiIR; files: Map<string, string> }> {
  const opts = await withSdkVersion(given);
  const marker = { file: STAMP_FILE, isMarker: (text: string) => parseStamp(text) !== null };
  const problem = await ownershipProblem(opts.out, marker, opts.url ? [] : [opts.snapshot ?? DEFAULT_SNAPSHOT]);
  if (problem !== null) throw new InputError(problem);
  const fingerprint = await fingerprintOf(opts);
  const ir = await irFromOptions(opts);
  const files = await sdkFiles(ir, fingerprint, opts.out, opts);
  const { generateTo } = await stage('emitter');
  await generateTo(opts.out, files);
  return { ir, files };
}
