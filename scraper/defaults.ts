/** `Default value is X` typed by the member's type, so that the IR, OpenAPI and the SDK agree on it. */
import type { DefaultValue, TypeRef } from '../ir/schema.js';

const NUMBERS = new Set(['integer', 'decimal', 'double', 'float', 'byte']);

/**
 * The default as its type reads it, or null when the text does not fit the type (`Default value is
 * yes` on a boolean) or the type has no literal form (collections, dictionaries, objects).
 * Enum members are refs: their default is the member name, as the page shows it.
 */
export function typedDefault(text: string, type: TypeRef): DefaultValue | null {
  if (type.kind === 'ref') return text;
  if (type.kind !== 'simple') return null;
  if (type.name === 'boolean') return /^true$/i.test(text) ? true : /^false$/i.test(text) ? false : null;
  if (NUMBERS.has(type.name)) {
    // .NET prints the invariant culture; a site on a Swedish culture prints a decimal comma.
    const n = Number(text.replace(/^(-?\d+),(\d+)$/, '$1.$2'));
    return text.trim() !== '' && Number.isFinite(n) ? n : null;
  }
  return type.name === 'object' ? null : text;
}
