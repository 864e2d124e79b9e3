/**
 * XML codec in the shape of .NET's DataContractSerializer, which the API's XML formatter uses.
 *
 * Writing: the root is named after the type (`Notification`, `ArrayOfstring`, `boolean`) in its
 * contract namespace, with `xmlns:i` on non-primitive roots; members in descriptor order (the
 * contract's member order); a member whose content is in a namespace not yet in scope declares it
 * as `d{depth}p1` on the member element (as the serializer does, root depth 1); collections are a
 * wrapper with one element per item; null is `i:nil="true"`; undefined members are left out. A
 * polymorphic value whose descriptor names a base contract is written under that name with
 * `i:type` naming its model.
 *
 * Reading: namespace-aware through the DOM (prefixes do not matter), in any member order, unknown
 * elements ignored; an `i:type` picks the model among those the declared type reaches (there is no
 * registry of all models: a bundle holds only the descriptors its operations need), and is
 * remembered for writing the value back. Members are matched by local name only: inherited members
 * live in the base contract's namespace, which a descriptor does not record. Documents with a
 * DOCTYPE are refused, so no entity declaration is ever expanded.
 *
 * The DOM comes from outside (`XmlDom`): saxes into a small tree on Node (`xml-dom-node.ts`), the platform's
 * `DOMParser` in browsers (`xml-dom-browser.ts`). Reached only through the SDK's `/xml` entry, so
 * JSON users never bundle any of it.
 */

import { encodeBase64 } from './base64.js';
import { CodecError } from './codec-error.js';
import type { ComplexDesc, PropertyDesc, SchemaDesc, SimpleKind, TypeDesc } from './schema.js';
import { rememberModel } from './shapes.js';
import { describe, isRecord, ownValue, setOwn } from './values.js';
import { XmlFragment } from './xml-fragment.js';

export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const SERIALIZATION_NS = 'http://schemas.microsoft.com/2003/10/Serialization/';
export const ARRAYS_NS = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';
/** Where DataContract puts `KeyValuePair` and its `key`/`value` members. */
export const GENERIC_NS = 'http://schemas.datacontract.org/2004/07/System.Collections.Generic';

/** The serializer's element names for primitives (roots and collection items); the generator's `ir/dotnet.ts` holds the same table (a drift test compares them). */
export const XSD_NAMES: Readonly<Record<SimpleKind, string>> = {
  string: 'string',
  integer: 'int',
  decimal: 'decimal',
  double: 'double',
  float: 'float',
  boolean: 'boolean',
  date: 'dateTime',
  guid: 'guid',
  timespan: 'duration',
  uri: 'anyURI',
  byte: 'unsignedByte',
  char: 'char',
  object: 'anyType',
};

/** The parts of a DOM element the reader uses: what browsers' DOMs have, and the Node entry's tree (`xml-tree.ts`). */
export interface XmlElement {
  readonly nodeType: number;
  readonly localName: string | null;
  readonly textContent: string | null;
  readonly firstChild: XmlElement | null;
  readonly nextSibling: XmlElement | null;
  getAttributeNS(namespace: string, localName: string): string | null;
  lookupNamespaceURI(prefix: string): string | null;
}

export interface XmlDocument {
  readonly doctype: unknown;
  readonly documentElement: XmlElement | null;
}

/** A DOM implementation: `parse` throws on text that is not well-formed; `serialize` writes an element back. */
export interface XmlDom {
  readonly parse: (text: string) => XmlDocument;
  readonly serialize: (element: XmlElement) => string;
}

/** An element name and the namespace it lives in ('' for none). */
interface Contract {
  readonly name: string;
  readonly ns: string;
}

/** The type of `value` with a `oneOf` settled to the model it fits. */
function settle(value: unknown, type: TypeDesc): TypeDesc {
  if (type.kind !== 'oneOf') return type;
  const desc = type.pick(value, type.of(), (p) => p.name);
  return desc === undefined ? { kind: 'unknown' } : { kind: 'ref', to: () => desc };
}

/** Name and namespace of an element holding a `type` value as a collection item (primitives in the Arrays namespace). */
function itemContract(type: TypeDesc, fallbackNs: string): Contract {
  switch (type.kind) {
    case 'simple':
      return { name: XSD_NAMES[type.name], ns: ARRAYS_NS };
    case 'binary':
      return { name: 'base64Binary', ns: ARRAYS_NS };
    case 'ref': {
      const desc = type.to();
      return { name: desc.xmlName, ns: desc.xmlNamespace ?? fallbackNs };
    }
    case 'collection': {
      const inner = itemContract(type.items, fallbackNs);
      return { name: `ArrayOf${inner.name}`, ns: inner.ns };
    }
    case 'dictionary':
      return { name: `ArrayOf${entryName(type)}`, ns: ARRAYS_NS };
    case 'pair':
      // DataContract appends a hash of the namespaces when an argument is not a primitive, which no page shows.
      return {
        name: `KeyValuePairOf${itemContract(type.key, '').name}${itemContract(type.value, '').name}`,
        ns: GENERIC_NS,
      };
    case 'unknown':
      // A linked model nobody documented: items are named by the model, in its guessed namespace or else the parent's.
      return type.xmlName === undefined
        ? { name: 'anyType', ns: ARRAYS_NS }
        : { name: type.xmlName, ns: type.xmlNamespace ?? fallbackNs };
    case 'oneOf':
      return type.xmlName === undefined
        ? { name: 'anyType', ns: ARRAYS_NS }
        : { name: type.xmlName, ns: type.xmlNamespace ?? fallbackNs };
  }
}

/** The element a value declared as `declared` is written as: a base contract's name, else its settled type's. */
function elementContract(declared: TypeDesc, settled: TypeDesc, fallbackNs: string): Contract {
  return itemContract(
    declared.kind === 'oneOf' && declared.xmlName !== undefined ? declared : settled,
    fallbackNs,
  );
}

function entryName(type: TypeDesc & { kind: 'dictionary' }): string {
  return `KeyValueOf${itemContract(type.key, '').name}${itemContract(type.value, '').name}`;
}

/** Namespace the children of a `type` element are in, or null for text content. */
function contentNamespace(type: TypeDesc, defaultNs: string): string | null {
  switch (type.kind) {
    case 'ref': {
      const desc = type.to();
      return desc.kind === 'complex' ? (desc.xmlNamespace ?? defaultNs) : null;
    }
    case 'collection':
      return itemContract(type.items, defaultNs).ns;
    case 'dictionary':
      return ARRAYS_NS;
    case 'pair':
      return GENERIC_NS;
    default:
      return null;
  }
}

interface Scope {
  readonly defaultNs: string;
  /** namespace -> prefix declared on an ancestor. */
  readonly prefixes: ReadonlyMap<string, string>;
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#xA;').replace(/\t/g, '&#x9;');
}

/** A TS value -> DataContract XML text. */
export function writeXml(value: unknown, type: TypeDesc, path = 'body'): string {
  const settled = settle(value, type);
  const primitive = settled.kind === 'simple' || settled.kind === 'binary';
  const root: Contract = primitive
    ? { name: settled.kind === 'simple' ? XSD_NAMES[settled.name] : 'base64Binary', ns: SERIALIZATION_NS }
    : elementContract(type, settled, '');
  const withXsi = !primitive || value === null || value === undefined;
  const attrs = [
    ...(withXsi ? [`xmlns:i="${XSI_NS}"`] : []),
    ...(root.ns === '' ? [] : [`xmlns="${escapeAttr(root.ns)}"`]),
  ];
  const scope: Scope = { defaultNs: root.ns, prefixes: new Map(withXsi ? [[XSI_NS, 'i']] : []) };
  const out: string[] = [];
  const qname = elementName(root.name, path);
  writeElement(out, { depth: 1, qname, attrs, scope }, value ?? null, type, path);
  return out.join('');
}

interface Place {
  readonly depth: number;
  readonly qname: string;
  readonly attrs: readonly string[];
  readonly scope: Scope;
}

/** `name` in `ns` as seen from `scope`: unprefixed, with a prefix in scope, or declaring one on the element itself. */
function qualify(
  name: string,
  ns: string,
  scope: Scope,
  depth: number,
): { qname: string; attrs: string[]; scope: Scope } {
  if (ns === scope.defaultNs) return { qname: name, attrs: [], scope };
  const prefix = scope.prefixes.get(ns);
  if (prefix !== undefined) return { qname: `${prefix}:${name}`, attrs: [], scope };
  const own = `d${depth}p1`;
  return {
    qname: `${own}:${name}`,
    attrs: [`xmlns:${own}="${escapeAttr(ns)}"`],
    scope: { defaultNs: scope.defaultNs, prefixes: new Map([...scope.prefixes, [ns, own]]) },
  };
}

// XML 1.0 (fifth edition) NameStartChar / NameChar without ':', which namespaces reserve for prefixes.
const NAME_START =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
// The combining marks (U+0300–U+036F) are a range of NameChar here, not a sequence to join.
// eslint-disable-next-line no-misleading-character-class
const NCNAME = new RegExp(`^[${NAME_START}][${NAME_CHAR}]*$`, 'u');
const checkedNames = new Set<string>();

/** An XML NCName; the generator's `ir/dotnet.ts` holds the same rule (a drift test compares them). */
export function isXmlName(name: string): boolean {
  return NCNAME.test(name);
}

/**
 * Element names come from the descriptors, which come from the documentation: a name that is not
 * an XML name would make the document ill-formed, so it is refused before anything is written.
 */
function elementName(name: string, path: string): string {
  if (checkedNames.has(name)) return name;
  if (!isXmlName(name))
    throw new CodecError(path, `${JSON.stringify(name)} is not an XML element name; expected an XML NCName`);
  checkedNames.add(name);
  return name;
}

function child(parent: Place, scope: Scope, name: string, ns: string, path: string): Place {
  const q = qualify(elementName(name, path), ns, scope, parent.depth + 1);
  return { depth: parent.depth + 1, qname: q.qname, attrs: q.attrs, scope: q.scope };
}

function writeElement(out: string[], place: Place, value: unknown, declared: TypeDesc, path: string): void {
  const { scope, qname } = place;
  if (value === null || value === undefined) {
    out.push(`<${[qname, ...place.attrs, 'i:nil="true"'].join(' ')}/>`);
    return;
  }
  const type = settle(value, declared);
  const attrs = [...place.attrs];
  let inner = scope;
  const ns = contentNamespace(type, scope.defaultNs);
  if (ns !== null && ns !== scope.defaultNs && !scope.prefixes.has(ns)) {
    // The serializer declares the content's namespace on the member element: d{depth}p1.
    const prefix = `d${place.depth}p${attrs.filter((a) => a.startsWith(`xmlns:d${place.depth}p`)).length + 1}`;
    attrs.push(`xmlns:${prefix}="${escapeAttr(ns)}"`);
    inner = { defaultNs: scope.defaultNs, prefixes: new Map([...scope.prefixes, [ns, prefix]]) };
  }
  if (declared.kind === 'oneOf' && declared.xmlName !== undefined && type.kind === 'ref') {
    attrs.unshift(...xsiType(type.to(), inner));
  }
  const here: Place = { ...place, scope: inner };
  const children: string[] = [];
  const text = content(children, here, value, type, path);
  const open = [qname, ...attrs].join(' ');
  if (text !== null) out.push(`<${open}>${escapeText(text)}</${qname}>`);
  else if (children.length === 0) out.push(`<${open}/>`);
  else out.push(`<${open}>`, ...children, `</${qname}>`);
}

/**
 * `i:type` naming model `desc` on an element whose content scope is `scope`: the model's namespace
 * is the content's, so it is the default or has a prefix there; `i` is declared if not in scope.
 */
function xsiType(desc: SchemaDesc, scope: Scope): string[] {
  const ns = desc.xmlNamespace ?? scope.defaultNs;
  const prefix = ns === scope.defaultNs ? undefined : scope.prefixes.get(ns);
  const qname = prefix === undefined ? desc.xmlName : `${prefix}:${desc.xmlName}`;
  const xsi = scope.prefixes.get(XSI_NS);
  return xsi === undefined
    ? [`i:type="${escapeAttr(qname)}"`, `xmlns:i="${XSI_NS}"`]
    : [`${xsi}:type="${escapeAttr(qname)}"`];
}

/** Writes child elements into `out` and returns null, or returns the element's text. */
function content(out: string[], place: Place, value: unknown, type: TypeDesc, path: string): string | null {
  const { scope } = place;
  switch (type.kind) {
    case 'simple':
      return formatSimple(value, type.name, path);
    case 'binary':
      if (!(value instanceof Uint8Array))
        throw new CodecError(path, `expected a Uint8Array, got ${describe(value)}`);
      return encodeBase64(value);
    case 'ref': {
      const desc = type.to();
      if (desc.kind === 'enum') {
        if (typeof value !== 'string')
          throw new CodecError(path, `expected a ${desc.name} member name, got ${describe(value)}`);
        return value;
      }
      writeMembers(out, place, value, desc, path);
      return null;
    }
    case 'collection': {
      if (!Array.isArray(value)) throw new CodecError(path, `expected an array, got ${describe(value)}`);
      value.forEach((item, i) => {
        const c = elementContract(type.items, settle(item, type.items), scope.defaultNs);
        const itemPath = `${path}[${i}]`;
        writeElement(out, child(place, scope, c.name, c.ns, itemPath), item, type.items, itemPath);
      });
      return null;
    }
    case 'dictionary': {
      if (!isRecord(value)) throw new CodecError(path, `expected an object, got ${describe(value)}`);
      const entry = entryName(type);
      for (const [key, v] of Object.entries(value)) {
        const entryPath = `${path}[${JSON.stringify(key)}]`;
        const entryPlace = child(place, scope, entry, ARRAYS_NS, entryPath);
        const parts: string[] = [];
        writeElement(
          parts,
          child(entryPlace, entryPlace.scope, 'Key', ARRAYS_NS, entryPath),
          key,
          { kind: 'simple', name: 'string' },
          entryPath,
        );
        writeElement(
          parts,
          child(entryPlace, entryPlace.scope, 'Value', ARRAYS_NS, entryPath),
          v,
          type.value,
          entryPath,
        );
        out.push(
          `<${[entryPlace.qname, ...entryPlace.attrs].join(' ')}>`,
          ...parts,
          `</${entryPlace.qname}>`,
        );
      }
      return null;
    }
    case 'pair': {
      if (!isRecord(value)) throw new CodecError(path, `expected an object, got ${describe(value)}`);
      const [key, val] = type.names;
      for (const [name, element, memberType] of [
        [key, 'key', type.key],
        [val, 'value', type.value],
      ] as const) {
        const memberPath = `${path}.${name}`;
        const v = ownValue(value, name);
        if (v !== undefined)
          writeElement(out, child(place, scope, element, GENERIC_NS, memberPath), v, memberType, memberPath);
      }
      return null;
    }
    case 'oneOf':
    case 'unknown':
      if (value instanceof XmlFragment) {
        out.push(...value.elements);
        return null;
      }
      return formatUnknown(value, path);
  }
}

function writeMembers(out: string[], place: Place, value: unknown, desc: ComplexDesc, path: string): void {
  if (!isRecord(value)) throw new CodecError(path, `expected a ${desc.name} object, got ${describe(value)}`);
  const ns = desc.xmlNamespace ?? place.scope.defaultNs;
  for (const p of desc.properties) {
    const v = ownValue(value, p.name);
    if (v === undefined) continue;
    const memberPath = `${path}.${p.name}`;
    writeElement(out, child(place, place.scope, p.xml, ns, memberPath), v, p.type, memberPath);
  }
}

function formatSimple(value: unknown, kind: SimpleKind, path: string): string {
  switch (kind) {
    case 'integer':
    case 'byte':
      if (typeof value !== 'number' || !Number.isInteger(value))
        throw new CodecError(path, `expected an integer, got ${describe(value)}`);
      return numberText(value);
    case 'decimal':
    case 'double':
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw new CodecError(path, `expected a number, got ${describe(value)}`);
      return numberText(value);
    case 'boolean':
      if (typeof value !== 'boolean')
        throw new CodecError(path, `expected a boolean, got ${describe(value)}`);
      return String(value);
    case 'char':
      // The serializer writes a char as its UTF-16 code, not as text.
      if (typeof value !== 'string' || value.length !== 1)
        throw new CodecError(path, `expected a one-character string, got ${describe(value)}`);
      return String(value.charCodeAt(0));
    case 'object':
      return formatUnknown(value, path);
    default:
      // Dates, guids, time spans and URIs go out exactly as given.
      if (typeof value !== 'string') throw new CodecError(path, `expected a string, got ${describe(value)}`);
      return value;
  }
}

/** Plain digits: xsd:int and xsd:decimal have no exponent form, which `String(1e-7)` would give. */
function numberText(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text;
  return Math.abs(n) >= 1 ? BigInt(n).toString() : n.toFixed(20).replace(/\.?0+$/, '');
}

function formatUnknown(value: unknown, path: string): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  throw new CodecError(
    path,
    `the documentation gives no type for this value, so it cannot be written as XML (got ${describe(value)})`,
  );
}

/** Parses XML safely: no DOCTYPE (so no entity declarations), errors thrown rather than logged. */
export function parseXml(text: string, dom: XmlDom, where = 'XML'): XmlDocument {
  if (/<!DOCTYPE/i.test(text))
    throw new CodecError(where, 'a DOCTYPE is not allowed in the XML (entity declarations are refused)');
  let doc: XmlDocument;
  try {
    doc = dom.parse(text);
  } catch (err) {
    throw new CodecError(where, `not well-formed XML: ${(err as Error).message}`);
  }
  if (doc.doctype !== null) throw new CodecError(where, 'a DOCTYPE is not allowed in the XML');
  if (doc.documentElement === null) throw new CodecError(where, 'expected an XML element, found none');
  return doc;
}

/** What reading one document needs besides the element: the models an `i:type` may name, and the DOM. */
interface Reading {
  readonly known: readonly SchemaDesc[];
  readonly dom: XmlDom;
}

/** DataContract XML text -> the TS value. */
export function readXml(text: string, type: TypeDesc, dom: XmlDom, path = 'response'): unknown {
  return readElement(parseXml(text, dom, path).documentElement!, type, { known: reachable(type), dom }, path);
}

const reachableCache = new WeakMap<TypeDesc, readonly SchemaDesc[]>();

/**
 * Every model `type` leads to, through members, items and alternatives: the models an `i:type` in
 * a document read as `type` may name. Cached per descriptor (the specs' descriptors live as long as
 * the SDK); the walk visits each model once, so cycles end it.
 */
function reachable(type: TypeDesc): readonly SchemaDesc[] {
  const cached = reachableCache.get(type);
  if (cached !== undefined) return cached;
  const found = new Set<SchemaDesc>();
  const pending: TypeDesc[] = [type];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.kind === 'collection') pending.push(next.items);
    else if (next.kind === 'dictionary' || next.kind === 'pair') pending.push(next.key, next.value);
    else if (next.kind === 'ref' || next.kind === 'oneOf') {
      for (const desc of next.kind === 'ref' ? [next.to()] : next.of()) {
        if (found.has(desc)) continue;
        found.add(desc);
        if (desc.kind === 'complex') pending.push(...desc.properties.map((p) => p.type));
      }
    }
  }
  const list = [...found];
  reachableCache.set(type, list);
  return list;
}

export function childElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n !== null; n = n.nextSibling) if (n.nodeType === 1) out.push(n);
  return out;
}

function isNil(el: XmlElement): boolean {
  const nil = el.getAttributeNS(XSI_NS, 'nil');
  return nil !== null && nil.trim() === 'true';
}

/** The model an `i:type="prefix:Name"` attribute names, if it is among the `known` ones. */
function declaredType(el: XmlElement, known: readonly SchemaDesc[]): SchemaDesc | null {
  const attr = el.getAttributeNS(XSI_NS, 'type');
  if (attr === null) return null;
  const colon = attr.indexOf(':');
  const local = colon < 0 ? attr : attr.slice(colon + 1);
  // An unprefixed QName is in the default namespace; a DOM finds that for '' (or null), the Node tree for ''.
  const ns = el.lookupNamespaceURI(colon < 0 ? '' : attr.slice(0, colon)) ?? '';
  return known.find((d) => d.xmlName === local && (d.xmlNamespace ?? ns) === ns) ?? null;
}

function readElement(el: XmlElement, declared: TypeDesc, reading: Reading, path: string): unknown {
  if (isNil(el)) return null;
  const named = declaredType(el, reading.known);
  const type: TypeDesc = named === null ? declared : { kind: 'ref', to: () => named };
  switch (type.kind) {
    case 'simple':
      return parseSimple(el.textContent ?? '', type.name, path);
    case 'binary':
      try {
        return type.decode(el.textContent ?? '');
      } catch (err) {
        throw new CodecError(path, (err as Error).message);
      }
    case 'ref': {
      const desc = type.to();
      if (desc.kind !== 'complex') return el.textContent ?? '';
      const value = readMembers(el, desc, reading, path);
      if (named !== null) rememberModel(value, desc);
      return value;
    }
    case 'collection':
      return childElements(el).map((item, i) => readElement(item, type.items, reading, `${path}[${i}]`));
    case 'dictionary': {
      const out: Record<string, unknown> = {};
      for (const entry of childElements(el)) {
        const parts = childElements(entry);
        const key = parts.find((p) => p.localName === 'Key');
        const value = parts.find((p) => p.localName === 'Value');
        if (key === undefined) continue;
        const k = key.textContent ?? '';
        setOwn(
          out,
          k,
          value === undefined
            ? null
            : readElement(value, type.value, reading, `${path}[${JSON.stringify(k)}]`),
        );
      }
      return out;
    }
    case 'pair': {
      const out: Record<string, unknown> = {};
      const [key, val] = type.names;
      for (const part of childElements(el)) {
        if (part.localName === 'key')
          setOwn(out, key, readElement(part, type.key, reading, `${path}.${key}`));
        else if (part.localName === 'value')
          setOwn(out, val, readElement(part, type.value, reading, `${path}.${val}`));
      }
      return out;
    }
    case 'oneOf': {
      const models = type.of();
      const desc =
        models.find((d) => d.xmlName === el.localName) ?? type.pick(memberNames(el), models, (p) => p.xml);
      return desc === undefined ? (el.textContent ?? '') : readMembers(el, desc, reading, path);
    }
    case 'unknown':
      return readUntyped(el, reading.dom);
  }
}

/** Untyped content: text as a string, child elements as an `XmlFragment` that writes back unchanged. */
function readUntyped(el: XmlElement, dom: XmlDom): string | XmlFragment {
  const children = childElements(el);
  if (children.length === 0) return el.textContent ?? '';
  return new XmlFragment(children.map((c) => dom.serialize(c)));
}

/** The child element names of `el` as an object's keys, to choose among the models of a `oneOf`. */
function memberNames(el: XmlElement): Record<string, true> {
  const names: Record<string, true> = {};
  for (const c of childElements(el)) if (c.localName !== null) setOwn(names, c.localName, true);
  return names;
}

const memberIndex = new WeakMap<ComplexDesc, ReadonlyMap<string, PropertyDesc>>();

function membersByXmlName(desc: ComplexDesc): ReadonlyMap<string, PropertyDesc> {
  let index = memberIndex.get(desc);
  if (index === undefined) {
    index = new Map(desc.properties.map((p) => [p.xml, p]));
    memberIndex.set(desc, index);
  }
  return index;
}

function readMembers(
  el: XmlElement,
  desc: ComplexDesc,
  reading: Reading,
  path: string,
): Record<string, unknown> {
  const index = membersByXmlName(desc);
  const out: Record<string, unknown> = {};
  for (const c of childElements(el)) {
    const p = c.localName === null ? undefined : index.get(c.localName);
    if (p !== undefined) setOwn(out, p.name, readElement(c, p.type, reading, `${path}.${p.name}`));
  }
  return out;
}

function parseSimple(text: string, kind: SimpleKind, path: string): unknown {
  const t = text.trim();
  switch (kind) {
    case 'integer':
    case 'byte':
    case 'decimal':
    case 'double':
    case 'float': {
      const n = Number(t);
      if (t === '' || !Number.isFinite(n))
        throw new CodecError(path, `expected a number, got ${describe(text)}`);
      return n;
    }
    case 'boolean':
      if (t === 'true' || t === '1') return true;
      if (t === 'false' || t === '0') return false;
      throw new CodecError(path, `expected true or false, got ${describe(text)}`);
    case 'char':
      return /^\d+$/.test(t) ? String.fromCharCode(Number(t)) : text;
    default:
      // Strings keep their whitespace; dates, guids, time spans and URIs are kept verbatim.
      return text;
  }
}
