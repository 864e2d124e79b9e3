/** The help site's own title, read from its home page: the first `h1`, else `<title>`. */
import type { SnapshotPage } from '../snapshot/format.js';
import { loadHtml } from './dom.js';
import { normalizeSpace } from './text.js';

const sameUrl = (a: string, b: string): boolean =>
  a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

export function siteTitle(pages: readonly SnapshotPage[], helpRoot: string): string | undefined {
  const home = pages.find((p) => sameUrl(p.url, helpRoot) && p.status === 200);
  if (!home?.body) return undefined;
  const $ = loadHtml(home.body);
  const title = normalizeSpace($('h1').first().text()) || normalizeSpace($('title').first().text());
  return title === '' ? undefined : title;
}
