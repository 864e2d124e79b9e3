/**
 * The scraper: a snapshot of the help site (HTML pages) in, the IR out. Pure: no disk, no network.
 * Bad pages never throw; they become diagnostics in the IR.
 */
import type { ApiIR } from '../ir/schema.js';
import type { LoadedSnapshot } from '../snapshot/read.js';
import { assemble } from './assemble.js';
import { DiagnosticSink } from './diagnostics.js';
import { withDiscriminators } from './discriminants.js';
import type { JsonNamesOption } from './json-naming.js';
import { scrapePage } from './page.js';
import { siteTitle } from './site-title.js';

export interface ScrapeOptions {
  /** Where the API answers; defaults to the help root's origin. */
  apiBaseUrl?: string;
  /** JSON names of properties: inferred from the samples (default) or one rule for all (see `json-naming.ts`). */
  jsonNames?: JsonNamesOption;
}

/** Throws only for a help root that is no absolute URL (a broken snapshot manifest, not a bad page). */
export function scrapeSnapshot(snapshot: LoadedSnapshot, options: ScrapeOptions = {}): ApiIR {
  if (!URL.canParse(snapshot.helpRoot)) {
    throw new Error(
      `scrapeSnapshot: the snapshot's helpRoot "${snapshot.helpRoot}" is not an absolute URL (expected e.g. https://connect.maklare.vitec.net/Help)`,
    );
  }
  const sink = new DiagnosticSink();
  const pages = snapshot.pages.map((page) => scrapePage(page, snapshot.helpRoot, sink));
  const apiBaseUrl = options.apiBaseUrl ?? new URL(snapshot.helpRoot).origin;
  const ir = withDiscriminators(assemble(snapshot.helpRoot, apiBaseUrl, pages, sink, options.jsonNames));
  const title = siteTitle(snapshot.pages, snapshot.helpRoot);
  return title === undefined ? ir : { ...ir, source: { ...ir.source, title } };
}
