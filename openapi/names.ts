/** Component names: type ids made safe for `#/components/schemas/{name}`, unique, stable. */
import { compareCodeUnits } from '../ir/order.js';
import type { TypeDef } from '../ir/schema.js';

/** OpenAPI allows only these characters in a component key. */
const UNSAFE = /[^a-zA-Z0-9._-]/g;

export function sanitizeComponentName(id: string): string {
  const safe = id.replace(UNSAFE, '_');
  return safe.length > 0 ? safe : '_';
}

/**
 * Map every type id to its component name. Ids that sanitise to the same name get `-2`, `-3`, … in
 * id order, so the mapping depends only on the set of ids, never on the order types were met.
 */
export function componentNames(types: readonly TypeDef[]): Map<string, string> {
  const ids = types.map((t) => t.id).sort(compareCodeUnits);
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const id of ids) {
    const base = sanitizeComponentName(id);
    let name = base;
    for (let n = 2; taken.has(name); n += 1) name = `${base}-${n}`;
    taken.add(name);
    names.set(id, name);
  }
  return names;
}
