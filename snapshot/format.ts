/**
 * The snapshot format: a folder holding `manifest.json` and the page bodies exactly as served.
 * The crawler writes it, the reconstruction tool writes it, the scraper reads it.
 *
 *   manifest.json   { snapshotVersion, helpRoot, pages: ManifestEntry[] sorted by url }
 *   pages/…         one file per page, named by `fileForUrl` (e.g.
 *                   `pages/Help_Api_POST-User-Notify-customerId-0123456789abcdef.html`); a
 *                   reader follows each entry's `file`, so older layouts stay readable
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';

import '../ir/zod-messages.js';

import { compareCodeUnits } from '../io/order.js';
import { isHttpUrl } from './layout.js';

export const SNAPSHOT_VERSION = 1 as const;

export const ManifestEntry = z.object({
  /** Absolute, normalised URL of the page. */
  url: z.string(),
  /** HTTP status of the last answer; 0 when no answer came (network failure). */
  status: z.int(),
  /** The Content-Type header as served, or null. */
  contentType: z.nullable(z.string()),
  /** Body file relative to the snapshot folder; null when there is no body. */
  file: z.nullable(z.string()),
  /** sha256 of the body bytes, hex; null when there is no body. */
  sha256: z.nullable(z.string()),
  /** Validators the server sent, for conditional requests on the next crawl. */
  etag: z.nullable(z.string()),
  lastModified: z.nullable(z.string()),
  /** Why the page could not be fetched, when it could not (status 0 or >= 400). */
  error: z.nullable(z.string()),
  /**
   * Set when the page failed on the crawl that wrote this entry but had a good body before: the
   * body (and status, validators) are the previous ones, kept so that an outage never reads as a
   * removal. `error` says how it failed, `since` when it first failed (ISO 8601).
   */
  stale: z.optional(z.object({ error: z.string(), since: z.string() })),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.object({
  snapshotVersion: z.literal(SNAPSHOT_VERSION),
  /** The help root the snapshot was taken from, e.g. `https://connect.maklare.vitec.net/Help`. */
  helpRoot: z.string().check(z.refine(isHttpUrl, 'expected an absolute http(s) URL')),
  pages: z.array(ManifestEntry),
});
export type Manifest = z.infer<typeof Manifest>;

/** A page with its body, as the scraper consumes it. */
export interface SnapshotPage {
  url: string;
  status: number;
  contentType: string | null;
  /** Body decoded as UTF-8; null when there is none. */
  body: string | null;
}

/** Longest readable part of a body file name; the whole name stays far below 255 bytes. */
const READABLE_MAX = 80;

/**
 * File name (relative to the snapshot folder) for a page URL. One flat folder, each name a
 * readable, sanitised, truncated prefix plus a hash of the exact URL: no name is a folder of
 * another, distinct URLs get distinct names also on case-insensitive disks (the hash is lowercase
 * hex of the case-sensitive URL), and every name is ASCII of at most 110 bytes however long the URL.
 * The prefix alone may repeat (`/Help/A`, `/Help/a`); the hash tells them apart.
 */
export function fileForUrl(url: string): string {
  const hash = sha256(url).slice(0, 16);
  let readable = url
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '')
    .replace(/[^A-Za-z0-9=-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, READABLE_MAX)
    .replace(/_+$/, '');
  if (readable === '') readable = 'index';
  return `pages/${readable}-${hash}.html`;
}

export function sha256(body: Buffer | string): string {
  return createHash('sha256').update(body).digest('hex');
}

export function serializeManifest(manifest: Manifest): string {
  const pages = [...manifest.pages].sort((a, b) => compareCodeUnits(a.url, b.url));
  return `${JSON.stringify({ ...manifest, pages }, null, 2)}\n`;
}
