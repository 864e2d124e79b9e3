/**
 * DataContractSerializer naming: the element names and namespaces the API's XML uses for a type
 * when nothing on the page names them (collection items, primitive roots).
 */
import { ARRAYS_NS, BINARY_XML_NAME, GENERIC_NS, PRIMITIVE_XML_NAMES, SERIALIZATION_NS } from '../ir/dotnet.js';
import type { TypeRef, XmlInfo } from '../ir/schema.js';

export function isPrimitive(ref: TypeRef): boolean {
  return ref.kind === 'simple' || ref.kind === 'binary';
}

/** The data contract name of a type use (`string`, `Notification`, `ArrayOfstring`); null when unknowable. */
export function contractName(ref: TypeRef, xml: ReadonlyMap<string, XmlInfo>): string | null {
  switch (ref.kind) {
    case 'simple':
      return PRIMITIVE_XML_NAMES[ref.name];
    case 'binary':
      return BINARY_XML_NAME;
    case 'ref':
      return xml.get(ref.id)?.name ?? null;
    case 'collection': {
      const item = contractName(ref.items, xml);
      return item === null ? null : `ArrayOf${item}`;
    }
    case 'dictionary':
    case 'pair': {
      const key = contractName(ref.key, xml);
      const value = contractName(ref.value, xml);
      if (key === null || value === null) return null;
      return ref.kind === 'pair' ? `KeyValuePairOf${key}${value}` : `ArrayOfKeyValueOf${key}${value}`;
    }
    case 'unknown':
      return null;
  }
}

/** The namespace of a type use's root element; null when neither a sample nor the naming rule gives it. */
export function contractNamespace(ref: TypeRef, xml: ReadonlyMap<string, XmlInfo>): string | null {
  switch (ref.kind) {
    case 'simple':
    case 'binary':
      return SERIALIZATION_NS;
    case 'ref':
      return xml.get(ref.id)?.namespace ?? null;
    case 'collection':
      return isPrimitive(ref.items) ? ARRAYS_NS : contractNamespace(ref.items, xml);
    case 'dictionary':
      return ARRAYS_NS;
    case 'pair':
      return GENERIC_NS;
    case 'unknown':
      return null;
  }
}
