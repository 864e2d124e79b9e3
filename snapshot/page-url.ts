/**
 * The one URL normaliser of the crawler and the scraper: never throws. WHATWG parsing keeps a
 * malformed %-escape (`?q=%E5%E4%F6`, åäö in ISO-8859-1) verbatim, and so do we: the URL is used as
 * it is, and a diagnostic names it, because decoding it would fail or guess an encoding.
 */

export interface NormalizedUrl {
  url: URL;
  /** The URL without its fragment, as recorded and fetched. */
  href: string;
  /** Whether it holds a %-escape that is not UTF-8 (kept verbatim; see `malformedEscapeWarning`). */
  malformedEscape: boolean;
}

/** Parse `input` against `base` (if any), drop the fragment; null when it is not a URL at all. */
export function normalizeUrl(input: string, base?: string): NormalizedUrl | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(input.trim()) : new URL(input.trim(), base);
  } catch {
    return null;
  }
  url.hash = '';
  return { url, href: url.href, malformedEscape: hasMalformedEscape(`${url.pathname}${url.search}`) };
}

export function malformedEscapeWarning(url: string): string {
  return `${url}: malformed %-escape (not UTF-8); the URL is kept verbatim`;
}

/** Whether `text` holds a `%` not starting a valid escape, or escapes that are not UTF-8. */
export function hasMalformedEscape(text: string): boolean {
  return decodeLenient(text) === null || /%(?![0-9A-Fa-f]{2})/.test(text);
}

/** Decode %-escapes as UTF-8; a run of escapes that is not valid UTF-8 is kept verbatim. */
export function decodeComponent(text: string): string {
  return decodeLenient(text) ?? text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => decodeLenient(run) ?? run);
}

function decodeLenient(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
