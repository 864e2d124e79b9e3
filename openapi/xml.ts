/**
 * DataContractSerializer naming: the element names and namespaces the API's XML uses for a type
 * when nothing on the page names them (collection items, primitive roots).
 */
import { ARRAYS_NS, BINARY_XML_NAME, PRIMITIVE_XML_NAMES, SERIALIZATION_NS } from '../ir/dotnet.js';
import type { TypeDef, TypeRef } from '../ir/schema.js';

export function isPrimitive(ref: TypeRef): boolean {
  return ref.kind === 'simple' || ref.kind === 'binary';
}

/** The data contract name of a type use (`string`, `Notification`, `ArrayOfstring`); null when unknowable. */
export function contractName(ref: TypeRef, types: ReadonlyMap<string, TypeDef>): string | null {
  switch (ref.kind) {
    case 'simple':
      return PRIMITIVE_XML_NAMES[ref.name];
    case 'binary':
      return BINARY_XML_NAME;
    case 'ref':
      return types.get(ref.id)?.xml.name ?? null;
    case 'collection': {
      const item = contractName(ref.items, types);
      return item === null ? null : `ArrayOf${item}`;
    }
    case 'dictionary': {
      const key = contractName(ref.key, types);
      const value = contractName(ref.value, types);
      return key === null || value === null ? null : `ArrayOfKeyValueOf${key}${value}`;
    }
    case 'unknown':
      return null;
  }
}

/** The namespace of a type use's root element; null when no sample showed it. */
export function contractNamespace(ref: TypeRef, types: ReadonlyMap<string, TypeDef>): string | null {
  switch (ref.kind) {
    case 'simple':
    case 'binary':
      return SERIALIZATION_NS;
    case 'ref':
      return types.get(ref.id)?.xml.namespace ?? null;
    case 'collection':
      return isPrimitive(ref.items) ? ARRAYS_NS : contractNamespace(ref.items, types);
    case 'dictionary':
      return ARRAYS_NS;
    case 'unknown':
      return null;
  }
}
