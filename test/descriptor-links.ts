/**
 * Tests write descriptors by model name, as the registry once held them; the runtime walks links.
 * `linksTo` turns names into the runtime's thunks over a registry; `nameLinks` makes the emitter
 * write names where its links go, so that descriptor data compares as plain values.
 */
import type { DescLinks } from '../emitter/type-map.js';
import type { ComplexDesc, SchemaDesc, TypeDesc } from '../templates/runtime/schema.js';

interface Base {
  readonly xmlName?: string;
  readonly xmlNamespace?: string;
}

export function linksTo(registry: () => Readonly<Record<string, SchemaDesc>>): {
  ref: (name: string) => TypeDesc;
  oneOf: (names: readonly string[], base?: Base) => TypeDesc;
} {
  const get = (name: string): SchemaDesc => {
    const desc = registry()[name];
    if (desc === undefined) throw new Error(`test: no descriptor named ${name}`);
    return desc;
  };
  return {
    ref: (name) => ({ kind: 'ref', to: () => get(name) }),
    oneOf: (names, base = {}) => ({ kind: 'oneOf', of: () => names.map((n) => get(n) as ComplexDesc), ...base }),
  };
}

export const nameLinks: DescLinks = { to: (t) => t.name, of: (ts) => ts.map((t) => t.name) };
