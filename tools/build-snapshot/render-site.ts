/** A built site -> rendered pages of one theme (the stock theme renders only the fixture's pages). */
import type { BuiltSite } from './build.js';
import { NOTIFY_URL } from './build.js';
import { VitecRenderer } from './render-vitec.js';
import type { RenderedPage } from './snapshot-writer.js';
import { variationFor } from './variation.js';

/** Rendered as plain as the reference page, so that the committed page can be checked against it. */
export const PLAIN_URLS: ReadonlySet<string> = new Set([NOTIFY_URL]);

export function renderSite(site: BuiltSite, theme: 'vitec' | 'stock'): RenderedPage[] {
  if (theme === 'stock') throw new Error('stock theme: not yet');
  const r = new VitecRenderer(site.registry);
  return site.pages.map((p) => ({ url: p.url, html: r.render(p, variationFor(p.url, PLAIN_URLS)) }));
}
