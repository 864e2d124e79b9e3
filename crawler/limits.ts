/** The crawler's limits and their defaults (light: the CLI reads them for its help text). */

export interface CrawlLimits {
  /** Pages fetched at most; links beyond are recorded as failed, not fetched. */
  maxPages: number;
  /** Redirects followed in a row from a link. */
  maxRedirects: number;
  /** Distinct query strings fetched per path (a query explosion ends here). */
  maxQueriesPerPath: number;
  /** Longest URL fetched, in characters. */
  maxUrlLength: number;
  /** Largest body, on the wire (declared) and after decompression. */
  maxBodyBytes: number;
  /** All bodies staged by one crawl together. */
  maxStagedBytes: number;
}

export const DEFAULT_LIMITS: CrawlLimits = {
  maxPages: 10_000,
  maxRedirects: 10,
  maxQueriesPerPath: 1_000,
  maxUrlLength: 2_048,
  maxBodyBytes: 10_000_000,
  maxStagedBytes: 1_000_000_000,
};
