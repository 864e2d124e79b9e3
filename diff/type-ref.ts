/** Comparing and naming type uses (`TypeRef`s). */
import type { SimpleName, TypeRef } from '../ir/schema.js';

/**
 * `double` and `float` are `decimal` refined by a sample's XML element name: the page says
 * `decimal number` for all three on both sides, and the samples are regenerated on every load, so
 * a difference here is what we learnt, not what the API changed. Not a change for a client either:
 * all three are a `number` in the SDK, and the XML reader takes collection items by position.
 */
const DECIMAL_FAMILY: ReadonlySet<SimpleName> = new Set(['decimal', 'double', 'float']);

function sameSimple(a: SimpleName, b: SimpleName): boolean {
  return a === b || (DECIMAL_FAMILY.has(a) && DECIMAL_FAMILY.has(b));
}

export function sameType(a: TypeRef, b: TypeRef): boolean {
  switch (a.kind) {
    case 'simple':
      return b.kind === 'simple' && sameSimple(a.name, b.name);
    case 'binary':
      return b.kind === 'binary';
    case 'ref':
      return b.kind === 'ref' && a.id === b.id;
    case 'collection':
      return b.kind === 'collection' && sameType(a.items, b.items);
    case 'dictionary':
    case 'pair':
      return b.kind === a.kind && sameType(a.key, b.key) && sameType(a.value, b.value);
    case 'unknown':
      return b.kind === 'unknown' && a.phrase === b.phrase;
  }
}

/** The help page's own wording: `Collection of string`, `Dictionary of string and integer`, a type id. */
export function typePhrase(type: TypeRef): string {
  switch (type.kind) {
    case 'simple':
      return DECIMAL_FAMILY.has(type.name) && type.name !== 'decimal' ? `decimal (${type.name})` : type.name;
    case 'binary':
      return 'Collection of byte';
    case 'ref':
      return type.id;
    case 'collection':
      return `Collection of ${typePhrase(type.items)}`;
    case 'dictionary':
      return `Dictionary of ${typePhrase(type.key)} and ${typePhrase(type.value)}`;
    case 'pair':
      return `Pair of ${typePhrase(type.key)} and ${typePhrase(type.value)}`;
    case 'unknown':
      return `"${type.phrase}" (not understood)`;
  }
}
