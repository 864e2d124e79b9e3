/**
 * XML samples as the help site shows them: DataContractSerializer output, re-indented by
 * `XDocument.ToString()` (two spaces, `<x />` for empty elements, no XML declaration).
 *
 * The rules reproduced here (checked against the one real XML sample we have, the Notify page):
 * - the root element is named after the type and carries `xmlns:i` and the default namespace;
 *   a bare primitive root carries only the serialization namespace;
 * - members are elements named by their CLR name, in ordinal order, in the declaring type's
 *   namespace;
 * - a member whose content lives in a namespace not yet in scope declares it on the member element
 *   as `d{depth}p1` (root depth 1), and the content's elements use that prefix;
 * - collections are a wrapper element with one element per item; null is `i:nil="true"`;
 * - an object of a derived type written where its base type is declared keeps the base's element
 *   name and says its own type first: `<CrmContact i:type="CrmPersonContact" …>`.
 */
import { SERIALIZATION_NS, XSI_NS } from '../../ir/dotnet.js';

export const DATA_CONTRACT_NS_BASE = 'http://schemas.datacontract.org/2004/07/';

/** A serialized value: text for primitives and enums, nil, an object or a collection. */
export type XmlValue = XmlText | XmlNil | XmlObject | XmlCollection;
export interface XmlText {
  kind: 'text';
  text: string;
}
export interface XmlNil {
  kind: 'nil';
}
export interface XmlObject {
  kind: 'object';
  /** The data contract namespace of the object's type: its members' elements live there. */
  namespace: string;
  /** In any order: the writer sorts them ordinally, as DataContractSerializer does. */
  members: XmlMember[];
  /** The derived type's name when the element is named after a base type (same namespace, so bare). */
  xsiType?: string;
}
export interface XmlCollection {
  kind: 'collection';
  /** Element name of each item: the item type's name (`Category`, `string`, `int`). */
  itemName: string;
  /** Namespace of the item elements: the item type's, or the Arrays namespace for primitives. */
  itemNamespace: string;
  items: XmlValue[];
}
export interface XmlMember {
  name: string;
  value: XmlValue;
}

/** The root element: its name and namespace follow from the type (see `rootFor*`). */
export interface XmlRoot {
  name: string;
  namespace: string;
  value: XmlValue;
}

/** Data contract namespace of a CLR namespace. */
export function dataContractNamespace(clrNamespace: string): string {
  return `${DATA_CONTRACT_NS_BASE}${clrNamespace}`;
}

/** Root for a bare primitive (`boolean`, `string`, `int`, `base64Binary`, …). */
export function rootForPrimitive(xsdName: string, text: string): XmlRoot {
  return { name: xsdName, namespace: SERIALIZATION_NS, value: { kind: 'text', text } };
}

/** Root for an object of type `typeName`. */
export function rootForObject(typeName: string, value: XmlObject): XmlRoot {
  return { name: typeName, namespace: value.namespace, value };
}

/** Root for a collection: `ArrayOf{item}` in the items' namespace. */
export function rootForCollection(value: XmlCollection): XmlRoot {
  return { name: `ArrayOf${value.itemName}`, namespace: value.itemNamespace, value };
}

interface Scope {
  defaultNs: string;
  /** namespace -> prefix, for the prefixes declared on the ancestors. */
  prefixes: ReadonlyMap<string, string>;
}

const INDENT = '  ';

export function writeDataContractXml(root: XmlRoot): string {
  const lines: string[] = [];
  const scope: Scope = { defaultNs: root.namespace, prefixes: new Map([[XSI_NS, 'i']]) };
  const attrs =
    root.value.kind === 'text'
      ? [`xmlns="${escapeAttr(root.namespace)}"`]
      : [`xmlns:i="${XSI_NS}"`, `xmlns="${escapeAttr(root.namespace)}"`];
  writeElement(lines, 1, root.name, attrs, root.value, scope);
  return lines.join('\n');
}

function contentNamespace(value: XmlValue): string | null {
  if (value.kind === 'object') return value.namespace;
  if (value.kind === 'collection') return value.itemNamespace;
  return null;
}

function qualify(name: string, ns: string, scope: Scope, where: string): string {
  if (ns === scope.defaultNs) return name;
  const prefix = scope.prefixes.get(ns);
  if (prefix === undefined) throw new Error(`XML sample: no prefix in scope for namespace ${ns} at ${where}`);
  return `${prefix}:${name}`;
}

function writeElement(
  lines: string[],
  depth: number,
  qname: string,
  attrs: string[],
  value: XmlValue,
  scope: Scope,
): void {
  const pad = INDENT.repeat(depth - 1);
  let inner = scope;
  const ns = contentNamespace(value);
  const allAttrs = [...attrs];
  if (ns !== null && ns !== scope.defaultNs && !scope.prefixes.has(ns)) {
    const prefix = `d${depth}p1`;
    allAttrs.push(`xmlns:${prefix}="${escapeAttr(ns)}"`);
    inner = { defaultNs: scope.defaultNs, prefixes: new Map([...scope.prefixes, [ns, prefix]]) };
  }
  if (value.kind === 'nil') allAttrs.push('i:nil="true"');
  if (value.kind === 'object' && value.xsiType !== undefined) allAttrs.unshift(`i:type="${escapeAttr(value.xsiType)}"`);
  const open = allAttrs.length > 0 ? `${qname} ${allAttrs.join(' ')}` : qname;

  if (value.kind === 'text') {
    lines.push(`${pad}<${open}>${escapeText(value.text)}</${qname}>`);
    return;
  }
  const children: { qname: string; value: XmlValue }[] =
    value.kind === 'object'
      ? [...value.members]
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
          .map((m) => ({ qname: qualify(m.name, value.namespace, inner, qname), value: m.value }))
      : value.kind === 'collection'
        ? value.items.map((item) => ({
            qname: qualify(value.itemName, value.itemNamespace, inner, qname),
            value: item,
          }))
        : [];
  if (children.length === 0) {
    lines.push(`${pad}<${open} />`);
    return;
  }
  lines.push(`${pad}<${open}>`);
  for (const child of children) writeElement(lines, depth + 1, child.qname, [], child.value, inner);
  lines.push(`${pad}</${qname}>`);
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}
