/**
 * Query keys as ASP.NET Web API binds them and as the page documents them:
 *
 * - The route template's query part (`api/x?paging.pageIndex={paging.pageIndex}&ids[0]={ids[0]}`)
 *   names the wire keys; where it has one for a parameter, that key wins over the table row's name
 *   (`PageIndex` -> `paging.pageIndex`). A row matches a template key by its whole name or by the
 *   key's last dotted segment, without regard to case (model binding ignores case).
 * - An indexed key (`ids[0]`) makes the parameter a list sent with indexed keys
 *   (`ids[0]=a&ids[1]=b`); any other list is sent as repeated keys (`ids=a&ids=b`). Both bind to a
 *   collection in Web API; the template says which form the site documents.
 * - A complex [FromUri] parameter binds its members without a prefix (`PageSize`), but a member that
 *   is itself complex binds only with its name as prefix: `paging.pageSize` (see `expandParameters`).
 */
import { jsonCamelCase } from '../ir/dotnet.js';
import type { Parameter, TypeRef } from '../ir/schema.js';

export interface TemplateKey {
  /** The wire key without an index: `paging.pageIndex`, `groupIds`. */
  key: string;
  /** True when the template writes it with an index (`groupIds[0]`). */
  indexed: boolean;
}

/** `a={a}&ids[0]={ids[0]}&ids[1]={ids[1]}` -> `a`, `ids` (indexed); each key once, in template order. */
export function templateKeys(query: string): TemplateKey[] {
  const keys: TemplateKey[] = [];
  for (const pair of query.split('&')) {
    const raw = pair.split('=')[0]!.trim();
    if (raw === '') continue;
    const indexed = /\[\d*\]$/.test(raw);
    const key = raw.replace(/\[\d*\]$/, '');
    const known = keys.find((k) => k.key.toLowerCase() === key.toLowerCase());
    if (known) known.indexed ||= indexed;
    else keys.push({ key, indexed });
  }
  return keys;
}

/** A placeholder name as a row names it: `{groupIds[0]}` -> `groupIds`. */
export function placeholderBase(name: string): string {
  return name.replace(/\[\d*\]$/, '');
}

const lastSegment = (key: string): string => key.slice(key.lastIndexOf('.') + 1).toLowerCase();

/** The template key a query parameter is documented under, if the template names it. */
function templateKeyOf(name: string, keys: readonly TemplateKey[]): TemplateKey | undefined {
  const exact = keys.find((k) => k.key.toLowerCase() === name.toLowerCase());
  if (exact) return exact;
  const bySegment = keys.filter((k) => lastSegment(k.key) === lastSegment(name));
  return bySegment.length === 1 ? bySegment[0] : undefined;
}

/** Query parameters renamed to the template's keys; indexed keys make the parameter a list. */
export function applyTemplateKeys(params: readonly Parameter[], keys: readonly TemplateKey[]): Parameter[] {
  if (keys.length === 0) return [...params];
  return params.map((p) => {
    if (p.in !== 'query') return p;
    const t = templateKeyOf(p.name, keys);
    if (!t) return p;
    const type: TypeRef = t.indexed && p.type.kind !== 'collection' ? { kind: 'collection', items: p.type } : p.type;
    return { ...p, name: t.key, type, ...(t.indexed ? { indexed: true } : {}) };
  });
}

/** The key of a member of a nested complex query object: `paging` + `PageSize` -> `paging.pageSize`. */
export function nestedKey(prefix: string, member: string): string {
  return `${prefix}.${jsonCamelCase(member)}`;
}
