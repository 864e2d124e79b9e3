/**
 * Which documented operation a request is for, matched the way ASP.NET Web API routes it: by method
 * and path shape, segments compared case-insensitively, a literal segment winning over a
 * placeholder at the first place two templates differ (`…/{customerId}/Company` before
 * `…/{customerId}/{contactId}`). Overloads of one route are told apart by the query keys sent.
 */
import type { Operation } from '../ir/schema.js';

interface Segment {
  /** Matches the whole (still %-encoded) segment. */
  pattern: RegExp;
  literal: boolean;
}

export interface MockRoute {
  op: Operation;
  segments: readonly Segment[];
  /** The operation's query keys, lower-cased: what tells overloads apart. */
  queryKeys: ReadonlySet<string>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function segment(text: string): Segment {
  const parts = text.split(/\{[^}]*\}/);
  return {
    pattern: new RegExp(`^${parts.map(escapeRegExp).join('[^/]+')}$`, 'i'),
    literal: parts.length === 1,
  };
}

function pathSegments(path: string): string[] {
  return path
    .split('?')[0]!
    .split('/')
    .filter((s) => s.length > 0);
}

export function mockRoutes(operations: readonly Operation[]): MockRoute[] {
  return operations.map((op) => ({
    op,
    segments: pathSegments(op.path).map(segment),
    queryKeys: new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name.toLowerCase())),
  }));
}

/** Negative when `a` is the more specific route: a literal where `b` has a placeholder, first from the left. */
function specificity(a: MockRoute, b: MockRoute): number {
  for (let i = 0; i < a.segments.length; i += 1) {
    const diff = Number(b.segments[i]!.literal) - Number(a.segments[i]!.literal);
    if (diff !== 0) return diff;
  }
  return 0;
}

function keysSent(route: MockRoute, query: URLSearchParams): number {
  let n = 0;
  for (const key of new Set([...query.keys()].map((k) => k.toLowerCase()))) if (route.queryKeys.has(key)) n += 1;
  return n;
}

/** The operation for a request, or null when no documented route matches. */
export function matchRoute(
  routes: readonly MockRoute[],
  method: string,
  pathname: string,
  query: URLSearchParams,
): Operation | null {
  const segments = pathSegments(pathname);
  const candidates = routes.filter(
    (r) =>
      r.op.method.toUpperCase() === method.toUpperCase() &&
      r.segments.length === segments.length &&
      r.segments.every((s, i) => s.pattern.test(segments[i]!)),
  );
  // Stable sort: among equals, the IR's order (by help id) decides.
  candidates.sort((a, b) => specificity(a, b) || keysSent(b, query) - keysSent(a, query));
  return candidates[0]?.op ?? null;
}
