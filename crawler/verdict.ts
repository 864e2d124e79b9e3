/**
 * A crawl's verdict: whether its result may replace the previous snapshot. An outage is not an API
 * change, so a crawl whose help root did not answer with a help index, or that could not re-read
 * too many of the previous snapshot's pages, fails and writes nothing.
 */
import { classifyUrl } from '../scraper/page-kind.js';
import type { ManifestEntry } from '../snapshot/format.js';
import type { PageRef } from './urls.js';

/** Default share of the previous snapshot's pages a crawl may fail to re-read: 5 %. */
export const DEFAULT_MAX_LOST = 0.05;

/** The crawl ran to its end but its result must not replace the previous snapshot. */
export class CrawlFailed extends Error {
  override name = 'CrawlFailed';
}

/** How the help root answered this time (before any stale body stood in for it). */
export interface RootOutcome {
  url: string;
  entry: ManifestEntry;
  /** Links found on the root page; null when it had no HTML body. */
  links: PageRef[] | null;
}

/** Why the root is not a help index, or null when it is one. */
export function rootProblem(root: RootOutcome | undefined, rootUrl: string, helpRoot: string): string | null {
  if (!root) return `help root ${rootUrl} was never fetched`;
  const { entry } = root;
  if (entry.status === 0) return `help root ${rootUrl} is unreachable: ${entry.error ?? 'no answer'}`;
  if (entry.status < 200 || entry.status >= 300 || entry.sha256 === null) {
    return `help root ${rootUrl} answered ${entry.error ?? `HTTP ${entry.status}`}, expected 200 with the help index`;
  }
  // A help index links to API pages, or to the sections and categories that list them.
  const apiLinks = (root.links ?? []).filter((l) => ['endpoint', 'group'].includes(classifyUrl(l.url, helpRoot).kind));
  if (apiLinks.length === 0) {
    return (
      `help root ${rootUrl} answered ${entry.status} but is not a help index ` +
      `(${root.links === null ? `not HTML: ${entry.contentType ?? 'no Content-Type'}` : 'no link to an API page'}); ` +
      'a maintenance or login page?'
    );
  }
  return null;
}

export interface LossReport {
  /** Previously good pages that failed this time (kept with their previous body, marked stale). */
  stale: string[];
  /** Previously good pages no longer linked from anywhere. */
  gone: string[];
  /** Pages the previous snapshot held with a body: the base of the share. */
  previous: number;
}

export function lostShare(report: LossReport): number {
  return report.previous === 0 ? 0 : (report.stale.length + report.gone.length) / report.previous;
}

/** Why the loss is too large, or null when it is within `maxLost` (a share, 0..1). */
export function lossProblem(report: LossReport, maxLost: number): string | null {
  const share = lostShare(report);
  if (share <= maxLost) return null;
  const pct = (x: number): string => `${(x * 100).toFixed(1).replace(/\.0$/, '')} %`;
  const sample = (urls: string[]): string =>
    urls.length === 0 ? '' : `: ${urls.slice(0, 5).join(', ')}${urls.length > 5 ? ', …' : ''}`;
  const parts = [
    report.stale.length > 0 ? `${report.stale.length} failed${sample(report.stale)}` : null,
    report.gone.length > 0 ? `${report.gone.length} no longer linked${sample(report.gone)}` : null,
  ].filter((p): p is string => p !== null);
  return (
    `${report.stale.length + report.gone.length} of the previous snapshot's ${report.previous} pages were not re-read ` +
    `(${pct(share)}, more than --max-lost ${pct(maxLost)}); ${parts.join('; ')}`
  );
}

/** `--max-lost`: a percentage, `5` or `5%`, 0..100, as a share 0..1. */
export function parseMaxLost(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
  const n = m ? Number(m[1]) : NaN;
  if (!(n >= 0 && n <= 100)) throw new Error(`expected a percentage from 0 to 100 (e.g. 5 or 5%), got ${text}`);
  return n / 100;
}
