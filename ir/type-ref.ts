/** The one walk over a `TypeRef`, which every stage uses to find the models a type use names. */
import type { ApiIR, JsonNaming, TypeRef } from './schema.js';

/** Ids of the models a type use refers to, nested ones included, in order (repeats kept). */
export function refIds(type: TypeRef): string[] {
  switch (type.kind) {
    case 'ref':
      return [type.id];
    case 'collection':
      return refIds(type.items);
    case 'dictionary':
    case 'pair':
      return [...refIds(type.key), ...refIds(type.value)];
    default:
      return [];
  }
}

/**
 * Ids of the complex models that operations naming JSON members by `naming` (`Operation.jsonNaming`)
 * write or read, directly or through other models' members: the models those operations need in
 * that casing.
 */
export function modelsWrittenIn(ir: ApiIR, naming: JsonNaming): Set<string> {
  const types = new Map(ir.types.map((t) => [t.id, t] as const));
  const queue = ir.operations
    .filter((op) => op.jsonNaming === naming)
    .flatMap((op) => [op.body?.type ?? null, op.response.type, ...op.response.alternatives])
    .flatMap((t) => (t === null ? [] : refIds(t)));
  const found = new Set<string>();
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    const t = types.get(id);
    if (t?.kind !== 'complex' || found.has(id)) continue;
    found.add(id);
    queue.push(...t.properties.flatMap((p) => refIds(p.type)));
  }
  return found;
}
