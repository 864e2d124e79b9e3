/**
 * Wire names and XML facts. JSON names: the page's JSON samples are the authority (matched to CLR
 * names without regard to case, walking nested objects with the known types), Json.NET's camelCase
 * the fallback. XML: the samples, parsed namespace-aware, give root names, namespaces, element
 * names and DataContract member order. Code examples are never read (their JSON is naive camelCase).
 */
import { ARRAYS_NS, decodeXmlName, SERIALIZATION_NS } from '../ir/dotnet.js';
import type { SimpleName, TypeRef } from '../ir/schema.js';
import type { SampleElement as XmlElement } from './xml-sample.js';

/** The element names of the .NET types the page calls `decimal number`. */
const DECIMAL_KINDS: ReadonlyMap<string, SimpleName> = new Map([
  ['decimal', 'decimal'],
  ['double', 'double'],
  ['float', 'float'],
]);

/** The shape of a complex type as far as the walkers need it. */
export interface ShapeProperty {
  clrName: string;
  type: TypeRef;
}
export type Shape = { kind: 'complex'; properties: readonly ShapeProperty[] } | { kind: 'enum' };
export type ShapeLookup = (id: string) => Shape | undefined;

/** Receives what the samples show; the caller knows which page and sample it is walking. */
export interface WireObserver {
  jsonName(typeId: string, clrName: string, jsonName: string): void;
  /** A JSON member no property of the type matches. */
  jsonUnmatched(typeId: string, jsonName: string): void;
  xmlName(typeId: string, clrName: string, elementName: string): void;
  xmlUnmatched(typeId: string, elementName: string): void;
  /** CLR names in the order the sample writes them. */
  xmlOrder(typeId: string, clrNames: string[]): void;
  xmlNamespace(typeId: string, namespace: string): void;
  /** The element name the type is written as when it is a root or a collection item. */
  xmlTypeName(typeId: string, name: string): void;
  /** A property's type as the sample's element names refine it (`decimal` items named `double`). */
  xmlRefinedType(typeId: string, clrName: string, type: TypeRef): void;
}

interface PropertyIndex {
  /** The first property of each CLR name. */
  exact: Map<string, ShapeProperty>;
  /** The first property of each lower-cased CLR name. */
  folded: Map<string, ShapeProperty>;
}

/** Per shape, its properties by name: a sample names members over and over, and a search each compared them all. */
const indexes = new WeakMap<readonly ShapeProperty[], PropertyIndex>();

function indexOf(properties: readonly ShapeProperty[]): PropertyIndex {
  let index = indexes.get(properties);
  if (index === undefined) {
    index = { exact: new Map(), folded: new Map() };
    for (const p of properties) {
      if (!index.exact.has(p.clrName)) index.exact.set(p.clrName, p);
      const folded = p.clrName.toLowerCase();
      if (!index.folded.has(folded)) index.folded.set(folded, p);
    }
    indexes.set(properties, index);
  }
  return index;
}

/** The property a wire name is: the one of that CLR name, else the first whose name matches without regard to case. */
function propertyFor(shape: Shape | undefined, wireName: string): ShapeProperty | undefined {
  if (shape?.kind !== 'complex') return undefined;
  const index = indexOf(shape.properties);
  return index.exact.get(wireName) ?? index.folded.get(wireName.toLowerCase());
}

/** Walk a parsed JSON sample as a value of `type`. */
export function walkJson(value: unknown, type: TypeRef, lookup: ShapeLookup, observer: WireObserver): void {
  if (type.kind === 'collection') {
    if (Array.isArray(value)) for (const item of value) walkJson(item, type.items, lookup, observer);
    return;
  }
  if (type.kind === 'dictionary') {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const v of Object.values(value)) walkJson(v, type.value, lookup, observer);
    }
    return;
  }
  if (type.kind === 'pair') {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) {
        const member = k.toLowerCase() === 'key' ? type.key : k.toLowerCase() === 'value' ? type.value : null;
        if (member) walkJson(v, member, lookup, observer);
      }
    }
    return;
  }
  if (type.kind !== 'ref' || value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const shape = lookup(type.id);
  if (shape?.kind !== 'complex') return;
  for (const [key, member] of Object.entries(value)) {
    const property = propertyFor(shape, key);
    if (!property) {
      observer.jsonUnmatched(type.id, key);
      continue;
    }
    observer.jsonName(type.id, property.clrName, key);
    walkJson(member, property.type, lookup, observer);
  }
}

/** An element holding the members of complex type `typeId` (a root, a member, or a collection item). */
function walkXmlComplex(el: XmlElement, typeId: string, lookup: ShapeLookup, observer: WireObserver): void {
  const shape = lookup(typeId);
  if (shape?.kind !== 'complex') return;
  const members = el.children;
  // Members are written in their type's namespace, whatever the namespace of the element holding them.
  const namespace = members[0]?.namespaceURI;
  if (namespace) observer.xmlNamespace(typeId, namespace);
  const order: string[] = [];
  for (const member of members) {
    const name = member.localName;
    // DataContract writes a member name that is no XML name XmlConvert-encoded (`/*` as `_x002F__x002A_`).
    const property = propertyFor(shape, name) ?? propertyFor(shape, decodeXmlName(name));
    if (!property) {
      observer.xmlUnmatched(typeId, name);
      continue;
    }
    observer.xmlName(typeId, property.clrName, name);
    order.push(property.clrName);
    const refined = walkXmlValue(member, property.type, lookup, observer);
    if (refined !== property.type) observer.xmlRefinedType(typeId, property.clrName, refined);
  }
  if (members.length > 0) observer.xmlOrder(typeId, order);
}

/**
 * An element holding a value of `type`: its content, not the element's own name, is the value.
 * Returns `type` itself, or a refined copy when item element names say more than the page.
 */
function walkXmlValue(el: XmlElement, type: TypeRef, lookup: ShapeLookup, observer: WireObserver): TypeRef {
  if (type.kind === 'ref') {
    walkXmlComplex(el, type.id, lookup, observer);
  } else if (type.kind === 'collection') {
    const items = el.children.map((item) => walkXmlItem(item, type.items, lookup, observer));
    // Every item is written as the same type; the first one speaks for all.
    if (items[0] !== undefined && items[0] !== type.items) return { kind: 'collection', items: items[0] };
  } else if (type.kind === 'dictionary') {
    for (const pair of el.children) {
      const value = pair.children.find((c) => c.localName === 'Value');
      if (value) walkXmlValue(value, type.value, lookup, observer);
    }
  } else if (type.kind === 'pair') {
    for (const part of el.children) {
      const name = part.localName;
      if (name === 'key' || name === 'value') walkXmlValue(part, type[name], lookup, observer);
    }
  }
  return type;
}

/**
 * A primitive item or root is named after its .NET type: `decimal number` named `double` or
 * `float` is refined. (A member's own name says nothing, so scalar members stay `decimal`.)
 */
function refineSimple(el: XmlElement, type: TypeRef & { kind: 'simple' }): TypeRef {
  if (type.name !== 'decimal' || (el.namespaceURI !== ARRAYS_NS && el.namespaceURI !== SERIALIZATION_NS)) return type;
  const name = DECIMAL_KINDS.get(el.localName);
  return name === undefined || name === type.name ? type : { kind: 'simple', name };
}

/**
 * The `i:type` an element carries: the derived contract written under a declared base type's name.
 * The local name only (derived contracts here share their base's namespace).
 */
export function xsiTypeName(el: XmlElement): string | null {
  const attr = el.xsiType;
  if (attr === null || attr === '') return null;
  return attr.slice(attr.indexOf(':') + 1);
}

/** A collection item or a document root: its element name (or its `i:type`) is the item type's DataContract name. */
function walkXmlItem(el: XmlElement, type: TypeRef, lookup: ShapeLookup, observer: WireObserver): TypeRef {
  if (type.kind === 'simple') return refineSimple(el, type);
  if (type.kind === 'ref' && lookup(type.id)) {
    observer.xmlTypeName(type.id, xsiTypeName(el) ?? el.localName);
    if (lookup(type.id)?.kind === 'enum' && el.namespaceURI) observer.xmlNamespace(type.id, el.namespaceURI);
  }
  return walkXmlValue(el, type, lookup, observer);
}

/** Walk a parsed XML sample's root as a document of `type`; returns `type`, refined as the items show. */
export function walkXmlRoot(root: XmlElement, type: TypeRef, lookup: ShapeLookup, observer: WireObserver): TypeRef {
  // Under `i:type` the root is named and namespaced after the declared base; members still tell the namespace.
  if (type.kind === 'ref' && lookup(type.id)?.kind === 'complex' && root.namespaceURI && xsiTypeName(root) === null) {
    observer.xmlNamespace(type.id, root.namespaceURI);
  }
  return walkXmlItem(root, type, lookup, observer);
}
