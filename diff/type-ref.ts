/** Comparing and naming type uses (`TypeRef`s). */
import type { TypeRef } from '../ir/schema.js';

export function sameType(a: TypeRef, b: TypeRef): boolean {
  switch (a.kind) {
    case 'simple':
      return b.kind === 'simple' && a.name === b.name;
    case 'binary':
      return b.kind === 'binary';
    case 'ref':
      return b.kind === 'ref' && a.id === b.id;
    case 'collection':
      return b.kind === 'collection' && sameType(a.items, b.items);
    case 'dictionary':
      return b.kind === 'dictionary' && sameType(a.key, b.key) && sameType(a.value, b.value);
    case 'unknown':
      return b.kind === 'unknown' && a.phrase === b.phrase;
  }
}

/** The help page's own wording: `Collection of string`, `Dictionary of string and integer`, a type id. */
export function typePhrase(type: TypeRef): string {
  switch (type.kind) {
    case 'simple':
      return type.name;
    case 'binary':
      return 'Collection of byte';
    case 'ref':
      return type.id;
    case 'collection':
      return `Collection of ${typePhrase(type.items)}`;
    case 'dictionary':
      return `Dictionary of ${typePhrase(type.key)} and ${typePhrase(type.value)}`;
    case 'unknown':
      return `"${type.phrase}" (not understood)`;
  }
}

/** Ids of the types a use refers to, nested ones included. */
export function refIds(type: TypeRef): string[] {
  switch (type.kind) {
    case 'ref':
      return [type.id];
    case 'collection':
      return refIds(type.items);
    case 'dictionary':
      return [...refIds(type.key), ...refIds(type.value)];
    default:
      return [];
  }
}
