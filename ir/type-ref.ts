/** The one walk over a `TypeRef`, which every stage uses to find the models a type use names. */
import type { TypeRef } from './schema.js';

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
