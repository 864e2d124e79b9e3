/**
 * Which links the crawler follows and how it names them: pure functions over URLs and HTML.
 *
 * A crawl has two origins. It fetches from the root's origin, and it records URLs under the
 * "record" origin, which is the root's own unless an alias is given (a local copy of the site
 * served on 127.0.0.1 records its pages under the real site's origin, and its links that name the
 * real origin are fetched locally).
 */
import { decodeHTMLAttribute } from 'entities';
import { Tokenizer } from 'htmlparser2';

import { malformedEscapeWarning, normalizeUrl, type NormalizedUrl } from '../snapshot/page-url.js';

export interface CrawlScope {
  /** Origin the pages are fetched from, e.g. `http://127.0.0.1:4123`. */
  fetchOrigin: string;
  /** Origin the manifest records, e.g. `https://connect.maklare.vitec.net`. */
  recordOrigin: string;
  /** Root path without trailing slash, in its given spelling (`/Help`; `` for a site root). */
  rootPath: string;
  /** The help root as recorded in the manifest. */
  recordRoot: string;
}

/** A page the crawl may visit. */
export interface PageRef {
  /** URL to fetch (fetch origin). */
  fetchUrl: string;
  /** URL to record (record origin), in the spelling first met. */
  url: string;
  /** Identity for deduplication: the help pages match paths without regard to case. */
  key: string;
  /** Redirects followed to reach it (0 for a link). */
  redirects: number;
  /** Oddities of the URL worth a warning (a malformed %-escape kept verbatim), each naming it. */
  issues: string[];
}

export function makeScope(root: string, originAlias?: string): CrawlScope {
  const rootUrl = parseHttpUrl(root, 'crawl root');
  const recordOrigin = originAlias === undefined ? rootUrl.origin : parseHttpUrl(originAlias, 'originAlias').origin;
  const rootPath = trimSlash(rootUrl.pathname);
  return {
    fetchOrigin: rootUrl.origin,
    recordOrigin,
    rootPath,
    recordRoot: `${recordOrigin}${rootPath || '/'}${rootUrl.search}`,
  };
}

function parseHttpUrl(text: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `${what} ${JSON.stringify(text)}: not an absolute URL (expected e.g. https://connect.maklare.vitec.net/Help)`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${what} ${JSON.stringify(text)}: expected an http or https URL, got ${url.protocol}`);
  }
  return url;
}

function trimSlash(pathname: string): string {
  return pathname.replace(/\/+$/, '');
}

/** Assets and documents that are never help pages, told by their extension. */
const NON_HTML =
  /\.(?:css|js|mjs|map|json|xml|txt|png|jpe?g|gif|svg|ico|webp|bmp|woff2?|ttf|eot|otf|pdf|zip|gz|mp4|mp3)$/i;

/** The root page itself. */
export function rootRef(scope: CrawlScope): PageRef {
  const normalized = normalizeUrl(scope.recordRoot);
  const ref = normalized && refFor(normalized, scope);
  if (!ref) throw new Error(`crawl root ${scope.recordRoot}: cannot be crawled`);
  return ref;
}

/**
 * Resolve `href` found on the page at `base` (a fetch URL) and decide whether the crawl follows it:
 * same origin (or the alias origin), path under the root, not an asset. Fragments are dropped,
 * queries kept.
 */
export function resolveLink(href: string, base: string, scope: CrawlScope): PageRef | null {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  const normalized = normalizeUrl(trimmed, base);
  return normalized && refFor(normalized, scope);
}

function refFor({ url, malformedEscape }: NormalizedUrl, scope: CrawlScope): PageRef | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.origin !== scope.fetchOrigin && url.origin !== scope.recordOrigin) return null;
  const rootLower = scope.rootPath.toLowerCase();
  const pathLower = url.pathname.toLowerCase();
  if (rootLower !== '' && pathLower !== rootLower && !pathLower.startsWith(`${rootLower}/`)) return null;
  if (NON_HTML.test(url.pathname)) return null;
  const pathAndQuery = `${url.pathname}${url.search}`;
  const recorded = `${scope.recordOrigin}${pathAndQuery}`;
  return {
    fetchUrl: `${scope.fetchOrigin}${pathAndQuery}`,
    url: recorded,
    key: pageKey(url),
    redirects: 0,
    issues: malformedEscape ? [malformedEscapeWarning(recorded)] : [],
  };
}

/** Case-insensitive on the path, trailing slash ignored; the query is kept as it is. */
function pageKey(url: URL): string {
  return `${trimSlash(url.pathname).toLowerCase() || '/'}${url.search}`;
}

/** Key of a URL as recorded in a manifest (any origin). */
export function keyOfUrl(url: string): string {
  const normalized = normalizeUrl(url);
  return normalized ? pageKey(normalized.url) : url;
}

/**
 * The pages an HTML page links to, in document order, each once. Only `<a href>` counts: forms
 * are never submitted and `<link>`/`<script>`/`<img>` are assets.
 */
export function extractLinks(html: string, pageFetchUrl: string, scope: CrawlScope): PageRef[] {
  const { hrefs, baseHref } = scanHrefs(html);
  let base = pageFetchUrl;
  // The first <base href> counts wherever it stands; an unusable one is ignored, as browsers do.
  if (baseHref !== undefined) base = normalizeUrl(baseHref, pageFetchUrl)?.href ?? base;
  const seen = new Set<string>();
  const refs: PageRef[] = [];
  for (const href of hrefs) {
    const ref = resolveLink(href, base, scope);
    if (ref && !seen.has(ref.key)) {
      seen.add(ref.key);
      refs.push(ref);
    }
  }
  return refs;
}

const NO_TAG = 0;
const A_TAG = 1;
const BASE_TAG = 2;

/**
 * The `href` of every `<a>` and the first `<base>`, as htmlparser2's Parser reports them (tag and
 * attribute names in any case, the first of repeated attributes, a tag counted once its `>` is
 * read), from its tokenizer alone (lenient like parse5; comments, scripts and the like skipped as
 * the parser skips them). Entities are decoded in those values only, as attribute values are
 * decoded (`decodeHTMLAttribute`, the same decoder in the same mode the tokenizer would use): the
 * tokenizer then skips through text instead of decoding the thousands of entities in a page's
 * samples, and with the Parser's attribute objects and names for every tag left out this is about
 * half the time per page (~0.35 -> ~0.17 ms on the committed snapshot).
 */
function scanHrefs(html: string): { hrefs: string[]; baseHref: string | undefined } {
  const hrefs: string[] = [];
  let baseHref: string | undefined;
  let tag = NO_TAG;
  let inHref = false;
  let href: string | undefined;
  const nameIs = (start: number, end: number, name: string): boolean =>
    end - start === name.length && html.slice(start, end).toLowerCase() === name;
  const tagEnd = (): void => {
    if (href !== undefined) {
      if (tag === A_TAG) hrefs.push(decodeHTMLAttribute(href));
      else baseHref ??= decodeHTMLAttribute(href);
    }
    tag = NO_TAG;
    href = undefined;
  };
  const ignore = (): void => undefined;
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname(start, end) {
        tag = nameIs(start, end, 'a') ? A_TAG : nameIs(start, end, 'base') ? BASE_TAG : NO_TAG;
        href = undefined;
      },
      onattribname(start, end) {
        inHref = tag !== NO_TAG && href === undefined && nameIs(start, end, 'href');
        if (inHref) href = '';
      },
      onattribdata(start, end) {
        if (inHref) href += html.slice(start, end);
      },
      onattribend() {
        inHref = false;
      },
      onopentagend: tagEnd,
      onselfclosingtag: tagEnd,
      // Decoding is off, so no entity callbacks come; the rest is not a link.
      onattribentity: ignore,
      ontextentity: ignore,
      onclosetag: ignore,
      ontext: ignore,
      oncdata: ignore,
      oncomment: ignore,
      ondeclaration: ignore,
      onprocessinginstruction: ignore,
      onend: ignore,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return { hrefs, baseHref };
}

/** Whether a Content-Type (or its absence) denotes HTML worth parsing for links. */
export function isHtml(contentType: string | null): boolean {
  return contentType === null || /^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType);
}
