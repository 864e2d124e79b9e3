/**
 * Routes: ASP.NET matches a request by method and path shape, not by placeholder names, so
 * `CRM/Image/{customerId}/{imageId}` and `…/{estateId}` are one route. Operations on one method and
 * route are overloads (told apart by query keys, or by route constraints the page does not show).
 */
import type { Operation } from './schema.js';

/** The route a path belongs to: its template with a leading slash and every placeholder name left out. */
export function routeKey(path: string): string {
  return `/${path.replace(/^\/+/, '')}`.replace(/\{[^}]*\}/g, '{}');
}

/** Operations by method and route, each list sorted by id as the IR is; only lists of two or more. */
export function overloadSets(operations: readonly Operation[]): Operation[][] {
  const sets = new Map<string, Operation[]>();
  for (const op of operations) {
    const key = `${op.method} ${routeKey(op.path)}`;
    sets.set(key, [...(sets.get(key) ?? []), op]);
  }
  return [...sets.values()].filter((ops) => ops.length > 1);
}
