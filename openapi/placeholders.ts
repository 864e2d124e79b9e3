/**
 * The help site fills string members with made-up text (`sample string 4`) whatever their
 * constraints, so a JSON sample can break the page's own rules (a 2-letter country code). The
 * export cuts such a placeholder to the member's `maxLength`, so the sample is valid under the
 * schema the same page documents. Real-looking values are never touched.
 */
import type { ComplexType, Constraints, Property, TypeDef, TypeRef } from '../ir/schema.js';
import { memberOrder } from './schemas.js';

const PLACEHOLDER = /^sample string \d+$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A complex type's members by JSON name, the first in member order winning (see `complexSchema`).
 * Built once per type: a sample's every object looked its keys up by a scan of all the members.
 */
const membersByJsonName = new WeakMap<ComplexType, ReadonlyMap<string, Property>>();

function memberOnJsonName(def: ComplexType, key: string): Property | undefined {
  let members = membersByJsonName.get(def);
  if (members === undefined) {
    const byName = new Map<string, Property>();
    for (const p of memberOrder(def)) if (!byName.has(p.jsonName)) byName.set(p.jsonName, p);
    membersByJsonName.set(def, byName);
    members = byName;
  }
  return members.get(key);
}

function fit(value: unknown, ref: TypeRef, types: ReadonlyMap<string, TypeDef>, constraints: Constraints): unknown {
  switch (ref.kind) {
    case 'simple': {
      const max = constraints.maxLength;
      if (typeof value !== 'string' || max === undefined || value.length <= max || !PLACEHOLDER.test(value)) {
        return value;
      }
      return value.slice(0, max);
    }
    case 'collection':
      return Array.isArray(value) ? value.map((v) => fit(v, ref.items, types, {})) : value;
    case 'dictionary':
      return isRecord(value)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fit(v, ref.value, types, {})]))
        : value;
    case 'ref': {
      const def = types.get(ref.id);
      if (def?.kind !== 'complex' || !isRecord(value)) return value;
      return Object.fromEntries(
        Object.entries(value).map(([key, v]) => {
          const member = memberOnJsonName(def, key);
          return [key, member ? fit(v, member.type, types, member.constraints) : v];
        }),
      );
    }
    case 'binary':
    case 'unknown':
      return value;
  }
}

/**
 * A parsed JSON sample with its placeholders fitted to every shape it may have (the alternatives
 * of a polymorphic result each get their say; fitting only ever shortens a placeholder).
 */
export function fitPlaceholders(value: unknown, shapes: readonly TypeRef[], types: ReadonlyMap<string, TypeDef>) {
  return shapes.reduce((v, shape) => fit(v, shape, types, {}), value);
}
