import { decodeComponent, normalizeUrl } from '../snapshot/page-url.js';

/** What a URL is on the help site, by its path under the help root (`/Help`, or `/api/Help` on a virtual path). */

export type UrlKind =
  | { kind: 'index' }
  | { kind: 'group' }
  | { kind: 'endpoint'; id: string }
  | { kind: 'model'; id: string }
  | { kind: 'enum'; id: string }
  /** Any other page under the help root: prose unless its content says otherwise. */
  | { kind: 'other' }
  /** Not under the help root at all (e.g. `/swagger/docs/advertising`). */
  | { kind: 'outside' };

function modelName(url: URL): string | null {
  for (const [key, value] of url.searchParams)
    if (key.toLowerCase() === 'modelname' && value.trim() !== '') return value.trim();
  return null;
}

export function classifyUrl(pageUrl: string, helpRoot: string): UrlKind {
  const url = normalizeUrl(pageUrl)?.url;
  const root = normalizeUrl(helpRoot)?.url;
  if (url === undefined || root === undefined) return { kind: 'outside' };
  const rootPath = root.pathname.replace(/\/+$/, '').toLowerCase();
  const path = url.pathname.replace(/\/+$/, '');
  if (
    url.origin !== root.origin ||
    !(path.toLowerCase() === rootPath || path.toLowerCase().startsWith(`${rootPath}/`))
  ) {
    return { kind: 'outside' };
  }
  const rest = path.slice(rootPath.length).replace(/^\//, '');
  const head = rest.toLowerCase();
  if (head === '' || head === 'index') return { kind: 'index' };
  if (head === 'section' || head === 'category') return { kind: 'group' };
  const api = /^api\/(.+)$/i.exec(rest);
  if (api) return { kind: 'endpoint', id: decodeComponent(api[1]!) };
  const name = modelName(url);
  if (head === 'resourcemodel' && name !== null) return { kind: 'model', id: name };
  if (head === 'enumerationreference' && name !== null) return { kind: 'enum', id: name };
  return { kind: 'other' };
}
