/**
 * The programmatic API, `import { crawl, scrape, generate, diff } from 'vitec-codegen'`: the stages the
 * command line runs, as typed functions (the CLI's commands are thin layers over them). Errors a user
 * can fix (a missing snapshot, a folder `generate` does not own) are `InputError`s with the message
 * the CLI prints; diagnostics never throw, they are in the returned IR.
 */
import { irFromPath, irFromSnapshot } from '../cli/inputs.js';
import { generateSdk, type GenerateOptions } from '../cli/sdk-output.js';
import type { DiffOptions } from '../diff/change.js';
import { diffIr, type Change } from '../diff/index.js';
import type { ApiIR } from '../ir/schema.js';
import type { ScrapeOptions } from '../scraper/index.js';

export { crawl, CrawlFailed, type CrawlLimits, type CrawlOptions, type CrawlSummary } from '../crawler/index.js';
export { InputError } from '../cli/inputs.js';
export type { GenerateOptions } from '../cli/sdk-output.js';
export type { Change, ChangeKind, ChangeLocation, DiffOptions, Level } from '../diff/index.js';
export { formatJson, formatMarkdown, hasBreaking } from '../diff/index.js';
export type { ApiIR, Diagnostic, Operation, TypeDef } from '../ir/schema.js';
export { createMockServer } from '../mock/server.js';
export { toOpenApi, type OpenApiDocument } from '../openapi/index.js';
export type { ScrapeOptions } from '../scraper/index.js';

/** Scrape a snapshot folder (as `crawl` writes it) into the IR; its `diagnostics` say what could not be read. */
export function scrape(snapshot: string, options: ScrapeOptions = {}): Promise<ApiIR> {
  return irFromSnapshot(snapshot, options.apiBaseUrl, options.jsonNames);
}

/**
 * Write the SDK and `openapi.json` into `options.out`, atomically, from `options.snapshot` (default
 * `site-snapshot`, relative to the working folder) or a crawl of `options.url`. Resolves to the IR it
 * generated from and the files written (path in the folder -> text).
 */
export function generate(options: GenerateOptions): Promise<{ ir: ApiIR; files: Map<string, string> }> {
  return generateSdk(options);
}

/**
 * The API changes from `before` to `after`, each classified breaking or not. Each side is an IR, or
 * the path of a snapshot folder or an IR JSON file.
 */
export async function diff(
  before: ApiIR | string,
  after: ApiIR | string,
  options: DiffOptions = {},
): Promise<Change[]> {
  const [a, b] = await Promise.all([side(before), side(after)]);
  return diffIr(a, b, options);
}

function side(value: ApiIR | string): Promise<ApiIR> {
  return typeof value === 'string' ? irFromPath(value) : Promise.resolve(value);
}
