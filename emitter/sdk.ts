/**
 * IR -> the SDK's file map: the naming pass, then one pass per kind of file, then prettier on
 * everything. Pure apart from reading the templates: the same IR gives byte-identical files.
 */
import type { StatementStructures } from 'ts-morph';

import type { ApiIR } from '../ir/schema.js';
import { emitClient, emitGroup, emitIndex } from './client.js';
import { formatAll, type FormatCache } from './format.js';
import { emitModels } from './models.js';
import { emitOperations } from './operations.js';
import { planSdk } from './plan.js';
import { readmeData } from './readme.js';
import { emitSchemas } from './schemas.js';
import { printFiles } from './source.js';
import { renderTemplate, runtimeSources } from './templates.js';

export interface EmitOptions {
  /** npm name of the SDK; default `vitec-connect-sdk`. */
  packageName?: string;
  /** Its version; default `0.1.0`. */
  version?: string;
  /** Formatting an earlier run did, to reuse (see `FormatCache`). */
  formatCache?: FormatCache;
}

export const DEFAULT_PACKAGE_NAME = 'vitec-connect-sdk';
export const DEFAULT_VERSION = '0.1.0';

/** Relative path -> content of every file under `generated/` except `openapi.json`, sorted by path. */
export async function emitSdk(ir: ApiIR, options: EmitOptions = {}): Promise<Map<string, string>> {
  const packageName = options.packageName ?? DEFAULT_PACKAGE_NAME;
  const version = options.version ?? DEFAULT_VERSION;
  const userAgent = `${packageName}/${version}`;
  const sdk = planSdk(ir);

  const structures = new Map<string, StatementStructures[]>(emitModels(sdk));
  structures.set('src/schemas.ts', emitSchemas(sdk));
  structures.set('src/operations.ts', emitOperations(sdk));
  for (const group of sdk.groups) structures.set(`src/client/${group.file}.ts`, emitGroup(group, sdk));
  structures.set('src/client.ts', emitClient(sdk, { baseUrl: ir.source.apiBaseUrl, userAgent }));
  structures.set('src/index.ts', emitIndex(sdk));

  const raw = printFiles(structures);
  for (const [name, text] of await runtimeSources()) raw.set(`src/runtime/${name}`, text);
  raw.set('package.json', await renderTemplate('package.json', { packageName, version }));
  raw.set('tsconfig.json', await renderTemplate('tsconfig.json', {}));
  raw.set('README.md', await renderTemplate('README.md', readmeData(sdk, packageName, userAgent)));

  return formatAll(raw, options.formatCache);
}
