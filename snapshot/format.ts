/**
 * The snapshot format: a folder holding `manifest.json` and the page bodies exactly as served.
 * The crawler writes it, the reconstruction tool writes it, the scraper reads it.
 *
 *   manifest.json   { snapshotVersion, helpRoot, pages: ManifestEntry[] sorted by url }
 *   pages/…         one file per page, named by `fileForUrl` (e.g.
 *                   `pages/Help/Api/POST-User-Notify-customerId/index.html`,
 *                   `pages/Help/ResourceModel/modelName=User_Notification.html`)
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

import { compareCodeUnits } from '../ir/order.js';

export const SNAPSHOT_VERSION = 1 as const;

export const ManifestEntry = z.object({
  /** Absolute, normalised URL of the page. */
  url: z.string(),
  /** HTTP status of the last answer; 0 when no answer came (network failure). */
  status: z.number().int(),
  /** The Content-Type header as served, or null. */
  contentType: z.string().nullable(),
  /** Body file relative to the snapshot folder; null when there is no body. */
  file: z.string().nullable(),
  /** sha256 of the body bytes, hex; null when there is no body. */
  sha256: z.string().nullable(),
  /** Validators the server sent, for conditional requests on the next crawl. */
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  /** Why the page could not be fetched, when it could not (status 0 or >= 400). */
  error: z.string().nullable(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.object({
  snapshotVersion: z.literal(SNAPSHOT_VERSION),
  /** The help root the snapshot was taken from, e.g. `https://connect.maklare.vitec.net/Help`. */
  helpRoot: z.string(),
  pages: z.array(ManifestEntry),
});
export type Manifest = z.infer<typeof Manifest>;

export const MANIFEST_FILE = 'manifest.json';

/** A page with its body, as the scraper consumes it. */
export interface SnapshotPage {
  url: string;
  status: number;
  contentType: string | null;
  /** Body decoded as UTF-8; null when there is none. */
  body: string | null;
}

/** File name (relative to the snapshot folder) for a page URL: readable, deterministic, collision-free. */
export function fileForUrl(url: string): string {
  const u = new URL(url);
  const segments = u.pathname
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => safeSegment(decodeURIComponent(s)));
  const dir = ['pages', ...segments].join('/');
  const query = u.search.replace(/^\?/, '');
  return query ? `${dir}/${safeSegment(decodeURIComponent(query))}.html` : `${dir}/index.html`;
}

function safeSegment(s: string): string {
  // Keep what is readable and portable; anything else becomes `%XX` so that no two names collide.
  return s.replace(/[^A-Za-z0-9._=&,{}-]/g, (c) =>
    [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

export function sha256(body: Buffer | string): string {
  return createHash('sha256').update(body).digest('hex');
}

export function serializeManifest(manifest: Manifest): string {
  const pages = [...manifest.pages].sort((a, b) => compareCodeUnits(a.url, b.url));
  return `${JSON.stringify({ ...manifest, pages }, null, 2)}\n`;
}
