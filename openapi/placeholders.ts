/**
 * The help site fills string members with made-up text (`sample string 4`) whatever their
 * constraints, so a JSON sample can break the page's own rules (a 2-letter country code). The
 * export cuts such a placeholder to the member's `maxLength`, so the sample is valid under the
 * schema the same page documents. Real-looking values are never touched.
 */
import type { Constraints, TypeDef, TypeRef } from '../ir/schema.js';
import { memberOrder } from './schemas.js';

const PLACEHOLDER = /^sample string \d+$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
      const members = memberOrder(def);
      return Object.fromEntries(
        Object.entries(value).map(([key, v]) => {
          // The first member on a JSON name is the one the schema describes (see `complexSchema`).
          const member = members.find((p) => p.jsonName === key);
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
