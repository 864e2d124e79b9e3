/**
 * A synthetic N-times enlargement of a snapshot, in memory, for the scaling benchmarks: every page is
 * copied N-1 more times, each copy rewritten with a suffix (`X1`, `X2`, …) so that it documents
 * distinct operations, types and groups that link to each other exactly as the originals do.
 * Copy k of a page:
 * - endpoint `/Help/Api/POST-User-Notify-customerId` becomes `/Help/Api/POST-Xk-User-Notify-customerId`,
 *   its title `POST Xk/User/Notify/{customerId}` (the id the title gives must match the URL's);
 * - model `?modelName=User_Notification` becomes `?modelName=User_NotificationXk` (short names stay, so
 *   the emitters' clash handling is exercised as by namesakes in different namespaces);
 * - group page headings get ` Xk` (a distinct group id); index and prose pages get `?copy=Xk`.
 * Links to endpoint and model pages are rewritten the same way in every page body.
 */
import { classifyUrl } from '../scraper/page-kind.js';
import type { SnapshotPage } from '../snapshot/format.js';
import type { LoadedSnapshot } from '../snapshot/read.js';

const METHODS = 'GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function copyUrl(url: string, helpRoot: string, suffix: string): string {
  const kind = classifyUrl(url, helpRoot);
  const u = new URL(url);
  if (kind.kind === 'endpoint') {
    u.pathname = u.pathname.replace(new RegExp(`/Api/(${METHODS})-`, 'i'), `/Api/$1-${suffix}-`);
  } else if (kind.kind === 'model' || kind.kind === 'enum') {
    const key = [...u.searchParams.keys()].find((k) => k.toLowerCase() === 'modelname')!;
    u.searchParams.set(key, `${u.searchParams.get(key)!.trim()}${suffix}`);
  } else {
    u.searchParams.set('copy', suffix);
  }
  return u.href;
}

function copyBody(
  body: string,
  kind: ReturnType<typeof classifyUrl>['kind'],
  helpRoot: string,
  suffix: string,
): string {
  const apiPath = escapeRegExp(`${new URL(helpRoot).pathname.replace(/\/+$/, '')}/Api/`);
  let out = body
    .replace(/(modelName=)([^"'&#\s<>]+)/gi, `$1$2${suffix}`)
    .replace(new RegExp(`(${apiPath})(${METHODS})-`, 'gi'), `$1$2-${suffix}-`)
    // An element whose whole text is `METHOD path` (page title, API table link, <title> before " - "):
    // prefix the path with the suffix as a first segment, matching the endpoint id rewrite above.
    .replace(new RegExp(`(>\\s*)(${METHODS})(\\s+)/?(?=[^\\s<]+(?:\\s*<|\\s+-\\s))`, 'g'), `$1$2$3${suffix}/`);
  if (kind === 'group') {
    out = out.replace(
      /(<h([1-6])\b[^>]*>)([^<]+)(<\/h\2>)/gi,
      (_, open: string, _level: string, text: string, close: string) => {
        const tag = open.replace(/(\bid=")([^"]*)"/i, `$1$2${suffix}"`);
        return `${tag}${text.trimEnd()} ${suffix}${close}`;
      },
    );
  }
  return out;
}

function copyPage(page: SnapshotPage, helpRoot: string, suffix: string): SnapshotPage {
  const kind = classifyUrl(page.url, helpRoot).kind;
  return {
    ...page,
    url: copyUrl(page.url, helpRoot, suffix),
    body: page.body === null ? null : copyBody(page.body, kind, helpRoot, suffix),
  };
}

/** `factor` times the pages of `snapshot` (the originals plus `factor - 1` rewritten copies), sorted by URL. */
export function enlargeSnapshot(snapshot: LoadedSnapshot, factor: number): LoadedSnapshot {
  if (!Number.isInteger(factor) || factor < 1)
    throw new RangeError(`enlargeSnapshot: factor must be a positive integer, got ${factor}`);
  const pages = [...snapshot.pages];
  for (let k = 1; k < factor; k += 1) {
    for (const page of snapshot.pages) pages.push(copyPage(page, snapshot.helpRoot, `X${k}`));
  }
  pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { helpRoot: snapshot.helpRoot, pages };
}
