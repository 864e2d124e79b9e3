/**
 * Which types clients send and which they read: a change to a type weighs differently on each side
 * (a new required property breaks senders, a new enum member surprises readers).
 */
import type { ApiIR, TypeDef, TypeRef } from '../ir/schema.js';
import { refIds } from '../ir/type-ref.js';

export interface TypeUsage {
  /** Reachable from a parameter or a request body. */
  request: boolean;
  /** Reachable from a response. */
  response: boolean;
}

export const UNUSED: TypeUsage = { request: false, response: false };

/** Walks refs through properties, collections and dictionaries; unknown ids are skipped. */
export function typeUsage(ir: ApiIR): Map<string, TypeUsage> {
  const types = new Map(ir.types.map((t) => [t.id, t] as const));
  const request = reachable(
    types,
    ir.operations.flatMap((op) => [
      ...op.parameters.flatMap((p) => [
        p.type,
        ...(p.boundFrom ? [{ kind: 'ref', id: p.boundFrom.typeId } as const] : []),
      ]),
      ...(op.body ? [op.body.type] : []),
    ]),
  );
  const response = reachable(
    types,
    ir.operations.flatMap((op) => [...(op.response.type ? [op.response.type] : []), ...op.response.alternatives]),
  );
  const usage = new Map<string, TypeUsage>();
  for (const id of new Set([...request, ...response]))
    usage.set(id, { request: request.has(id), response: response.has(id) });
  return usage;
}

function reachable(types: ReadonlyMap<string, TypeDef>, roots: readonly TypeRef[]): Set<string> {
  const seen = new Set<string>();
  const pending = roots.flatMap(refIds);
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const type = types.get(id);
    if (seen.has(id) || type === undefined) continue;
    seen.add(id);
    if (type.kind === 'complex') pending.push(...type.properties.flatMap((p) => refIds(p.type)));
  }
  return seen;
}

/** Either version's use counts: a client written against the old one may still use the new one. */
export function mergeUsage(
  a: ReadonlyMap<string, TypeUsage>,
  b: ReadonlyMap<string, TypeUsage>,
): Map<string, TypeUsage> {
  const merged = new Map<string, TypeUsage>();
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(id) ?? UNUSED;
    const y = b.get(id) ?? UNUSED;
    merged.set(id, { request: x.request || y.request, response: x.response || y.response });
  }
  return merged;
}
