/**
 * Tests write descriptors by model name, as the registry once held them; the runtime walks links.
 * `linksTo` turns names into the runtime's thunks over a registry; `nameLinks` makes the emitter
 * write names where its links and runtime functions go, so that descriptor data compares as plain values.
 */
import type { DescLinks } from '../emitter/type-map.js';
import { decodeBase64 } from '../templates/runtime/base64.js';
import type { ComplexDesc, SchemaDesc, TypeDesc } from '../templates/runtime/schema.js';
import { pickComplex } from '../templates/runtime/shapes.js';

/** Bytes, with the decoder the emitter writes beside them. */
export const binary: TypeDesc = { kind: 'binary', decode: decodeBase64 };

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
    oneOf: (names, base = {}) => ({
      kind: 'oneOf',
      of: () => names.map((n) => get(n) as ComplexDesc),
      pick: pickComplex,
      ...base,
    }),
  };
}

export const nameLinks: DescLinks = { to: (t) => t.name, of: (ts) => ts.map((t) => t.name), runtime: (fn) => fn };
